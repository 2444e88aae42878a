/**
 * Reading a graph file the user opens from the page: an Entente `graph.json` (validated with the model's schema) or
 * any GEXF file (read with graphology-gexf) turned into a display graph that shows whatever it has — its colours,
 * sizes and positions when present, Entente types in their colours, every other attribute as text. No DOM here but
 * the XML parser, which is passed in (the browser's `DOMParser`, or xmldom in Node tests).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph, Attributes } from "graphology-types";
import { EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from "../appearance/index.ts";
import { GraphFileError, parseGraphFile } from "../model/graph-io.ts";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type EntenteGraph, type NodeType } from "../model/types.ts";
import { t } from "./i18n/index.ts";

/** Colour of nodes without an Entente type or a colour of their own: a grey that reads on the light stage. */
export const NEUTRAL_NODE_COLOR = "#7b8494";
/** Colour of plain edges (no relation type, no colour of their own). */
export const PLAIN_EDGE_COLOR = "#b4bac4";
/** Range of drawn node sizes, in pixels, GEXF sizes are scaled into (Gephi writes anything from 1 to 100s). */
export const FOREIGN_SIZE_RANGE: readonly [number, number] = [3, 16];
/** Size of every node when the file has none. */
export const DEFAULT_FOREIGN_SIZE = 5;
/** Files larger than this are refused before reading: the page would freeze parsing them. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A node of a display graph read from GEXF: what sigma draws, and the file's own attributes as text. */
export interface ForeignNode extends Attributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The Entente node type when the file carries one (`nodeType`, as our export writes it, or `type`). */
  ententeType: NodeType | null;
  /** Every attribute of the file but the drawing ones, as text, in the file's order. */
  attributes: [string, string][];
}

export interface ForeignEdge extends Attributes {
  size: number;
  color: string;
  label: string | null;
  /** The Entente edge type when the file carries one (`relation`, as our export writes it, `kind` or `type`). */
  ententeType: EdgeType | null;
  attributes: [string, string][];
}

export type ForeignGraph = AbstractGraph<ForeignNode, ForeignEdge>;

export type OpenedGraph =
  | { kind: "entente"; name: string; graph: EntenteGraph }
  | { kind: "gexf"; name: string; graph: ForeignGraph; positioned: boolean };

/**
 * Options of graphology-gexf's `parse`: attributes a file uses without declaring them (Gephi's dynamic exports
 * declare them in a second block the parser does not see) are kept rather than refusing the whole file.
 */
export const GEXF_PARSE_OPTIONS = { allowUndeclaredAttributes: true } as const;

/** How to read XML and GEXF: the browser's or Node's implementations. */
export interface GexfReader {
  /** Parses XML text; returns a document, possibly holding a `parsererror` element (browsers) or throws (xmldom). */
  parseXml(text: string): Document;
  /** graphology-gexf's `parse` for this environment, called with `GEXF_PARSE_OPTIONS`. */
  parseGexf(document: Document): AbstractGraph;
}

/** Reads an opened file; throws a `GraphFileError` naming the file and what is wrong with it. */
export function readGraphFile(name: string, text: string, reader: GexfReader): OpenedGraph {
  const source = t("openFile.source", { name });
  const format = formatOf(name, text);
  if (format === null) throw new GraphFileError(t("openFile.unknownFormat", { source }));
  if (format === "json") return { kind: "entente", name, graph: parseGraphFile(text, source) };
  const parsed = parseGexfText(text, source, reader);
  const { graph, positioned } = gexfToDisplay(parsed);
  return { kind: "gexf", name, graph, positioned };
}

function formatOf(name: string, text: string): "json" | "gexf" | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".gexf") || lower.endsWith(".xml")) return "gexf";
  const start = text.trimStart()[0];
  return start === "{" ? "json" : start === "<" ? "gexf" : null;
}

/** XML and GEXF structure errors, turned into one message naming the file. */
export function parseGexfText(text: string, source: string, reader: GexfReader): AbstractGraph {
  let document: Document;
  try {
    document = reader.parseXml(text);
  } catch (error) {
    throw new GraphFileError(t("openFile.badXml", { source, why: firstLine(error) }));
  }
  const failure = document.getElementsByTagName("parsererror")[0];
  // Chromium wraps the parser's message in a sentence before and after it, inside a <div>.
  if (failure !== undefined)
    throw new GraphFileError(
      t("openFile.badXml", {
        source,
        why: firstLine(failure.getElementsByTagName("div")[0]?.textContent ?? failure.textContent ?? ""),
      }),
    );
  const root = document.documentElement;
  if (root === null || root.localName !== "gexf")
    throw new GraphFileError(
      t("openFile.notGexf", { source, root: `<${root?.localName ?? "none"}>`, expected: "<gexf>" }),
    );
  if (document.getElementsByTagName("graph").length === 0)
    throw new GraphFileError(t("openFile.noGraph", { source, element: "<graph>" }));
  try {
    return reader.parseGexf(document);
  } catch (error) {
    throw new GraphFileError(t("openFile.unreadable", { source, why: danglingEdge(document) ?? firstLine(error) }));
  }
}

/** The first edge whose end is not a node of the file, said plainly (graphology-gexf does not name it). */
function danglingEdge(document: Document): string | null {
  const ids = new Set<string>();
  const nodes = document.getElementsByTagName("node");
  for (let i = 0; i < nodes.length; i++) ids.add(nodes[i]!.getAttribute("id") ?? "");
  const edges = document.getElementsByTagName("edge");
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    for (const end of ["source", "target"]) {
      const node = edge.getAttribute(end) ?? "";
      if (!ids.has(node))
        return t(end === "source" ? "openFile.danglingSource" : "openFile.danglingTarget", {
          edge: edge.getAttribute("id") ?? String(i),
          node,
        });
    }
  }
  return null;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n")[0]!.slice(0, 300);
}

/** Attributes graphology-gexf derives from `viz:` and the element itself, drawn rather than listed. */
const DRAWN_NODE_KEYS = new Set(["x", "y", "z", "size", "color", "label", "shape"]);
const DRAWN_EDGE_KEYS = new Set(["size", "color", "label", "thickness", "shape"]);

/** An attribute value as text: strings as they are, lists and objects as JSON, never markup. */
export function attributeText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return JSON.stringify(value) ?? String(value);
}

function finite(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function enumValue<T extends string>(allowed: readonly T[], ...values: unknown[]): T | null {
  for (const value of values) if ((allowed as readonly unknown[]).includes(value)) return value as T;
  return null;
}

/** Colours as GEXF readers give them (`#rrggbb`, `rgb(…)`, `rgba(…)`); anything else is not trusted. */
const COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*[\d.]+\s*)?\))$/i;

function colorOf(value: unknown): string | null {
  return typeof value === "string" && COLOR.test(value.trim()) ? value.trim() : null;
}

/**
 * The display graph of a parsed GEXF graph, keeping its structure (directed, mixed, parallel edges, keys). Node
 * colour: its Entente type's, else the file's, else neutral; size: the file's scaled into `FOREIGN_SIZE_RANGE`;
 * position: the file's when every node has one, else a deterministic ForceAtlas2 layout from a spiral.
 */
export function gexfToDisplay(parsed: AbstractGraph): { graph: ForeignGraph; positioned: boolean } {
  const graph: ForeignGraph = new Graph<ForeignNode, ForeignEdge>({
    type: parsed.type,
    multi: parsed.multi,
    allowSelfLoops: true,
  });
  const sizes: number[] = [];
  parsed.forEachNode((_key, attributes) => {
    const size = finite(attributes.size);
    if (size !== null && size > 0) sizes.push(size);
  });
  const low = Math.min(...sizes);
  const high = Math.max(...sizes);
  const [smallest, largest] = FOREIGN_SIZE_RANGE;
  const scaleSize = (size: number | null): number => {
    if (size === null || size <= 0) return DEFAULT_FOREIGN_SIZE;
    if (high === low) return Math.min(largest, Math.max(smallest, size));
    // Square root, as for Entente sizes: area grows with the value.
    return smallest + (largest - smallest) * Math.sqrt((size - low) / (high - low));
  };

  let positioned = parsed.order > 0;
  const placed = new Set<string>();
  parsed.forEachNode((key, attributes) => {
    const x = finite(attributes.x);
    const y = finite(attributes.y);
    if (x === null || y === null) positioned = false;
    else placed.add(key);
    const ententeType = enumValue(NODE_TYPES, attributes.nodeType, attributes.type);
    graph.addNode(key, {
      x: x ?? 0,
      y: y ?? 0,
      size: scaleSize(finite(attributes.size)),
      color: ententeType !== null ? NODE_TYPE_COLORS[ententeType] : (colorOf(attributes.color) ?? NEUTRAL_NODE_COLOR),
      label: typeof attributes.label === "string" && attributes.label !== "" ? attributes.label : key,
      ententeType,
      attributes: Object.entries(attributes)
        .filter(([name]) => !DRAWN_NODE_KEYS.has(name))
        .map(([name, value]) => [name, attributeText(value)]),
    });
  });
  parsed.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const ententeType = enumValue(EDGE_TYPES, attributes.relation, attributes.kind, attributes.type);
    const thickness = finite(attributes.thickness) ?? finite(attributes.size);
    const edge: ForeignEdge = {
      size: thickness !== null && thickness > 0 ? Math.min(6, Math.max(0.5, thickness)) : 1,
      color: ententeType !== null ? EDGE_TYPE_COLORS[ententeType] : (colorOf(attributes.color) ?? PLAIN_EDGE_COLOR),
      label: typeof attributes.label === "string" && attributes.label !== "" ? attributes.label : null,
      ententeType,
      attributes: Object.entries(attributes)
        .filter(([name]) => !DRAWN_EDGE_KEYS.has(name))
        .map(([name, value]) => [name, attributeText(value)]),
    };
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, edge);
    else graph.addDirectedEdgeWithKey(key, source, target, edge);
  });
  if (!positioned) layoutForeign(graph, placed);
  return { graph, positioned };
}

/** Golden angle: a spiral of nodes with no two on one spot, the same for the same file. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Deterministic positions for the nodes the file leaves unplaced: a spiral in file order around the placed nodes'
 * centre (at their scale), then synchronous ForceAtlas2 moving only those, the placed ones held where the file puts them.
 */
function layoutForeign(graph: ForeignGraph, placed: ReadonlySet<string>): void {
  let cx = 0;
  let cy = 0;
  let spread = 10;
  if (placed.size > 0) {
    const xs = [...placed].map((key) => graph.getNodeAttribute(key, "x"));
    const ys = [...placed].map((key) => graph.getNodeAttribute(key, "y"));
    cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (side > 0) spread = side / (2 * Math.sqrt(graph.order));
  }
  let index = 0;
  graph.updateEachNodeAttributes(
    (key, attributes) => {
      if (placed.has(key)) return attributes;
      const radius = spread * Math.sqrt(index + 0.5);
      const angle = index++ * GOLDEN_ANGLE;
      return { ...attributes, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
    },
    { attributes: ["x", "y"] },
  );
  if (graph.size === 0 || graph.order > 5000) return;
  // ForceAtlas2 leaves nodes marked `fixed` where they are; the mark is removed afterwards.
  for (const key of placed) graph.setNodeAttribute(key, "fixed", true);
  forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null });
  for (const key of placed) graph.removeNodeAttribute(key, "fixed");
}
