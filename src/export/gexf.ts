/**
 * The GEXF 1.3 writer: turns an Entente graph into a file Gephi, Gephi Lite, networkx and graphology-gexf read whole.
 * Pure (no fs, no DOM, no clock), so the CLI and the explorer's download button share it; the same graph and options
 * always give the same bytes.
 *
 * Choices that keep every relation in Gephi: all edges undirected (`defaultedgetype="undirected"`, no per-edge `type`,
 * since Gephi drops edges contradicting the default and networkx cannot read mixed graphs); every edge has its own id
 * and `kind` = its type, and (pair, kind) is unique, so Gephi does not merge cooperation and dispute between the same
 * states; weights are always > 0 (Gephi deletes zero-weight edges).
 */
import XMLWriter from "xml-writer";
import { computeAppearance, hexToRgb } from "../appearance/index.ts";
import type { DayInterval } from "../model/dates.ts";
import type { ViewFilter } from "../model/filter.ts";
import { EDGE_TYPES, NODE_TYPES, type EntenteGraph } from "../model/types.ts";
import { compareCodeUnits as byKey } from "../model/text-keys.ts";
import { EDGE_COLUMNS, NODE_COLUMNS, type AttributeColumn } from "./gexf-attributes.ts";
import { graphTimeline, latestArticleDay, type Presence, type UndatedPolicy } from "./gexf-time.ts";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

export interface GexfOptions {
  /**
   * true: `mode="dynamic"`, `timeformat="date"`, and each node and edge carries when it exists (start/end or spells).
   * false: a static file without any time data.
   */
  dynamic: boolean;
  /** How evidence from undated articles shapes the timeline: see `src/export/gexf-time.ts`. */
  undated: UndatedPolicy;
  /** The `<meta><description>`; null derives one from the graph (`describeGraph`). */
  description: string | null;
  /** Indent the XML (two spaces, one element a line); false writes it on one line. */
  pretty: boolean;
}

export const DEFAULT_GEXF_OPTIONS: Readonly<GexfOptions> = {
  dynamic: true,
  undated: "always",
  description: null,
  pretty: true,
};

/** Raised for invalid options or a graph that cannot be exported faithfully; the message names the field or element. */
export class GexfExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GexfExportError";
  }
}

/** Throws a `GexfExportError` naming the first invalid field. */
export function validateGexfOptions(options: GexfOptions): void {
  if (typeof options.dynamic !== "boolean")
    throw new GexfExportError(`gexf: options.dynamic must be a boolean, got ${String(options.dynamic)}`);
  if (options.undated !== "always" && options.undated !== "ignore")
    throw new GexfExportError(`gexf: options.undated must be "always" or "ignore", got "${String(options.undated)}"`);
  if (options.description !== null && typeof options.description !== "string")
    throw new GexfExportError(`gexf: options.description must be a string or null`);
  if (typeof options.pretty !== "boolean")
    throw new GexfExportError(`gexf: options.pretty must be a boolean, got ${String(options.pretty)}`);
}

/** Merges a partial over the defaults and validates the result. */
export function resolveGexfOptions(partial: Partial<GexfOptions> = {}): GexfOptions {
  const options = { ...DEFAULT_GEXF_OPTIONS, ...partial };
  validateGexfOptions(options);
  return options;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** A one-line summary of the graph's content, used as the default `<description>`. */
export function describeGraph(graph: EntenteGraph): string {
  const nodeCounts = NODE_TYPES.map((t) => plural(graph.filterNodes((_, a) => a.type === t).length, t));
  const edgeCounts = EDGE_TYPES.map((t) => `${graph.filterEdges((_, a) => a.type === t).length} ${t}`);
  const articles = graph.getAttribute("articles").length;
  return `${graph.getAttribute("name")}: ${nodeCounts.join(", ")}; edges: ${edgeCounts.join(", ")}; from ${plural(articles, "article")}. Written by Entente.`;
}

/** A view filter in words, for the description of a filtered export (CLI and explorer alike), so a file says which view it holds. */
export function describeFilter(filter: ViewFilter): string {
  const parts = [
    `edge types ${filter.edgeTypes.join(", ") || "(none)"}`,
    `node types ${filter.nodeTypes.join(", ") || "(none)"}`,
  ];
  if (filter.from !== null || filter.to !== null) {
    parts.push(`dates ${filter.from ?? "…"} to ${filter.to ?? "…"}`);
    parts.push(filter.includeUndated ? "undated evidence kept" : "undated evidence dropped");
  }
  if (filter.minWeight > 1) parts.push(`relations with at least ${filter.minWeight} sentences`);
  if ((filter.minConfidence ?? 0) > 0) parts.push(`relations with confidence at least ${filter.minConfidence}`);
  return `Filtered view: ${parts.join("; ")}.`;
}

/** XML 1.0 forbids most control characters and lone surrogates; they become U+FFFD rather than an unreadable file. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD");
}

/** Thin layer over xml-writer that sanitises every value and never silently drops one. */
class GexfXml {
  private readonly xml: XMLWriter;

  constructor(pretty: boolean) {
    this.xml = new XMLWriter(pretty ? "  " : false);
    this.xml.startDocument("1.0", "UTF-8");
  }

  open(name: string, attributes: Record<string, string | null> = {}): this {
    this.xml.startElement(name);
    for (const [attribute, value] of Object.entries(attributes)) {
      // xml-writer drops empty values anyway. Required attributes are never empty here (graph keys are non-empty,
      // empty attvalues are filtered out before), so only optional ones such as an empty label can be omitted.
      if (value !== null && value !== "") this.xml.writeAttribute(attribute, xmlSafe(value));
    }
    return this;
  }

  close(): this {
    this.xml.endElement();
    return this;
  }

  leaf(name: string, attributes: Record<string, string | null> = {}): this {
    return this.open(name, attributes).close();
  }

  text(name: string, content: string): this {
    this.xml.writeElement(name, xmlSafe(content));
    return this;
  }

  toString(): string {
    this.xml.endDocument();
    return `${this.xml.toString()}\n`;
  }
}

function writeColumns(xml: GexfXml, cls: "node" | "edge", columns: readonly AttributeColumn<never>[]): void {
  xml.open("attributes", { class: cls });
  for (const column of columns) xml.leaf("attribute", { id: column.id, title: column.title, type: column.type });
  xml.close();
}

function writeAttvalues<A>(xml: GexfXml, columns: readonly AttributeColumn<A>[], attributes: A): void {
  const values = columns
    .map((column) => [column.id, column.value(attributes)] as const)
    .filter(([, v]) => v !== null && v !== "");
  if (values.length === 0) return;
  xml.open("attvalues");
  for (const [id, value] of values) xml.leaf("attvalue", { for: id, value });
  xml.close();
}

/** One interval as start/end attributes; several as `<spells>`; none when the element is always present. */
function timeAttributes(presence: Presence | undefined): Record<string, string> {
  if (presence === undefined || presence === "always" || presence.length !== 1) return {};
  return { start: presence[0]!.start, end: presence[0]!.end };
}

function writeSpells(xml: GexfXml, presence: Presence | undefined): void {
  if (presence === undefined || presence === "always" || presence.length < 2) return;
  xml.open("spells");
  for (const interval of presence as readonly DayInterval[])
    xml.leaf("spell", { start: interval.start, end: interval.end });
  xml.close();
}

function writeColor(xml: GexfXml, hex: string): void {
  const { r, g, b } = hexToRgb(hex);
  xml.leaf("viz:color", { r: String(r), g: String(g), b: String(b) });
}

/**
 * Throws when an edge would not survive Gephi's import: two edges sharing (unordered pair, kind) are merged into one
 * with summed weights, and an edge of weight ≤ 0 is deleted.
 */
function assertExportable(graph: EntenteGraph): void {
  const seen = new Map<string, string>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (!(attributes.weight > 0) || !Number.isFinite(attributes.weight))
      throw new GexfExportError(
        `gexf: edge "${key}" has weight ${attributes.weight}; Gephi deletes edges whose weight is not > 0.`,
      );
    const [a, b] = source < target ? [source, target] : [target, source];
    const signature = `${attributes.type}\u0000${a}\u0000${b}`;
    const other = seen.get(signature);
    if (other !== undefined)
      throw new GexfExportError(
        `gexf: edges "${other}" and "${key}" are both "${attributes.type}" between "${a}" and "${b}"; Gephi would merge them. Rebuild the graph.`,
      );
    seen.set(signature, key);
  });
}

/**
 * Writes the graph as a GEXF 1.3 document (UTF-8 text, ending with a newline).
 * Nodes and edges are written in key order, so the output does not depend on insertion order.
 */
export function writeGexf(graph: EntenteGraph, options: Partial<GexfOptions> = {}): string {
  const resolved = resolveGexfOptions(options);
  assertExportable(graph);
  const timeline = resolved.dynamic ? graphTimeline(graph, resolved.undated) : null;

  // The explorer's default look, so Gephi draws the same colours and hierarchy.
  const look = computeAppearance(graph);

  const xml = new GexfXml(resolved.pretty);
  xml.open("gexf", { xmlns: GEXF_NAMESPACE, "xmlns:viz": GEXF_VIZ_NAMESPACE, version: "1.3" });
  xml.open("meta", { lastmodifieddate: latestArticleDay(graph.getAttribute("articles")) });
  xml.text("creator", "Entente");
  xml.text("description", resolved.description ?? describeGraph(graph));
  xml.close();

  xml.open("graph", {
    defaultedgetype: "undirected",
    idtype: "string",
    mode: resolved.dynamic ? "dynamic" : "static",
    timeformat: resolved.dynamic ? "date" : null,
    timezone: resolved.dynamic ? "UTC" : null,
  });
  writeColumns(xml, "node", NODE_COLUMNS);
  writeColumns(xml, "edge", EDGE_COLUMNS);

  xml.open("nodes", { count: String(graph.order) });
  for (const key of [...graph.nodes()].sort(byKey)) {
    const attributes = graph.getNodeAttributes(key);
    const presence = timeline?.nodes.get(key);
    xml.open("node", { id: key, label: attributes.label, ...timeAttributes(presence) });
    writeAttvalues(xml, NODE_COLUMNS, attributes);
    writeSpells(xml, presence);
    const nodeLook = look.nodes.get(key)!; // computeAppearance gives every node a look
    writeColor(xml, nodeLook.color);
    // Rounded so the bytes do not depend on float noise.
    xml.leaf("viz:size", { value: String(Math.round(nodeLook.size * 100) / 100) });
    const { x, y } = attributes;
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y))
      xml.leaf("viz:position", { x: String(x), y: String(y) });
    xml.close();
  }
  xml.close();

  xml.open("edges", { count: String(graph.size) });
  for (const key of [...graph.edges()].sort(byKey)) {
    const attributes = graph.getEdgeAttributes(key);
    const presence = timeline?.edges.get(key);
    xml.open("edge", {
      id: key,
      source: graph.source(key),
      target: graph.target(key),
      kind: attributes.type,
      label: attributes.type,
      weight: String(attributes.weight),
      ...timeAttributes(presence),
    });
    writeAttvalues(xml, EDGE_COLUMNS, attributes);
    writeSpells(xml, presence);
    writeColor(xml, look.edges.get(key)!.color); // and every edge
    xml.close();
  }
  xml.close();

  xml.close();
  xml.close();
  return xml.toString();
}
