/**
 * A scene for the SVG writer drawn from the graph alone, without a browser (`entente export --format svg`): the
 * layout's positions fitted into the image, the explorer's default look (sizes by importance, colours by type,
 * widths by sentences, parallel relations as curves), state labels always and other labels where they fit, and the
 * legend of node and relation types. The explorer's own export draws what sigma shows instead (`explorer/svg-view.ts`).
 */
import { computeAppearance, EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from "../appearance/index.ts";
import { assignInitialLayout } from "../layout/index.ts";
import { compareCodeUnits as byKey } from "../model/text-keys.ts";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type EntenteGraph, type NodeType } from "../model/types.ts";
import type { SvgEdge, SvgLegendGroup, SvgNode, SvgScene } from "./svg.ts";

/** Interface strings of the image (legend), in one place for the message catalogues. */
export const SVG_LABELS = {
  actors: "Actors",
  relations: "Relations",
  nodeTypes: { state: "State", leader: "Leader" } satisfies Record<NodeType, string>,
  edgeTypes: {
    cooperation: "Cooperation",
    dispute: "Dispute",
    alliance: "Alliance",
    serves: "Leader serves state",
  } satisfies Record<EdgeType, string>,
};

export const DEFAULT_FONT = {
  family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  size: 13,
  weight: "600",
  color: "#1d2433",
};

export interface LayoutSceneOptions {
  width: number;
  height: number;
  /** Room kept around the drawing, in pixels (labels stand right of their node). */
  padding: number;
  legend: boolean;
}

export const DEFAULT_LAYOUT_SCENE_OPTIONS: LayoutSceneOptions = { width: 1200, height: 900, padding: 60, legend: true };

/** The legend of the default look: node types and the edge types present in the graph. */
export function typeLegend(graph: EntenteGraph): SvgLegendGroup[] {
  const nodeTypes = new Set(graph.mapNodes((_, a) => a.type));
  const edgeTypes = new Set(graph.mapEdges((_, a) => a.type));
  return [
    {
      title: SVG_LABELS.actors,
      items: NODE_TYPES.filter((t) => nodeTypes.has(t)).map((t) => ({
        kind: "dot" as const,
        color: NODE_TYPE_COLORS[t],
        label: SVG_LABELS.nodeTypes[t],
      })),
    },
    {
      title: SVG_LABELS.relations,
      items: EDGE_TYPES.filter((t) => edgeTypes.has(t)).map((t) => ({
        kind: "line" as const,
        color: EDGE_TYPE_COLORS[t],
        label: SVG_LABELS.edgeTypes[t],
      })),
    },
  ].filter((group) => group.items.length > 0);
}

/**
 * Labels that do not cover one another: candidates in priority order, each kept if its box (estimated from the font
 * size and the number of characters) overlaps no box kept before it. Returns the keys kept.
 */
export function placeLabels(
  candidates: readonly { key: string; x: number; y: number; radius: number; label: string; force?: boolean }[],
  fontSize: number,
): Set<string> {
  const boxes: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const kept = new Set<string>();
  for (const c of candidates) {
    const x0 = c.x + c.radius + 2;
    const box = {
      x0,
      y0: c.y - fontSize * 0.65,
      x1: x0 + [...c.label].length * fontSize * 0.6,
      y1: c.y + fontSize * 0.65,
    };
    const overlaps = boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
    if (overlaps && !c.force) continue;
    boxes.push(box);
    kept.add(c.key);
  }
  return kept;
}

/**
 * The scene of the whole `graph` (filter it first) at its layout positions. A graph without positions (hand-made, or
 * built with `--no-layout`) gets the deterministic initial layout the explorer would give it, on a copy.
 */
export function sceneFromLayout(input: EntenteGraph, partial: Partial<LayoutSceneOptions> = {}): SvgScene {
  const options = { ...DEFAULT_LAYOUT_SCENE_OPTIONS, ...partial };
  let graph = input;
  if (input.someNode((_, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y))) {
    graph = input.copy();
    assignInitialLayout(graph);
  }
  const look = computeAppearance(graph);
  const nodeLook = (key: string) => look.nodes.get(key)!; // computeAppearance gives every node a look
  const placed = graph.filterNodes((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const key of placed) {
    const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const room = Math.min(options.width, options.height) - 2 * options.padding;
  const scale = placed.length <= 1 ? 1 : room / span;
  // Graph y points up (as in sigma), image y down; the drawing is centred.
  const offsetX = options.width / 2 - ((minX + maxX) / 2) * scale;
  const offsetY = options.height / 2 + ((minY + maxY) / 2) * scale;
  const point = (key: string) => {
    const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
    return { x: offsetX + x * scale, y: offsetY - y * scale };
  };
  const order = [...placed].sort(byKey);
  // States over leaders, larger over smaller: the label priority, as in the explorer (state labels always show).
  const priority = [...order].sort(
    (a, b) =>
      Number(graph.getNodeAttribute(b, "type") === "state") - Number(graph.getNodeAttribute(a, "type") === "state") ||
      nodeLook(b).size - nodeLook(a).size ||
      byKey(a, b),
  );
  const labelled = placeLabels(
    priority.map((key) => ({
      key,
      ...point(key),
      radius: nodeLook(key).size,
      label: graph.getNodeAttribute(key, "label"),
      force: graph.getNodeAttribute(key, "type") === "state",
    })),
    DEFAULT_FONT.size,
  );
  const nodes: SvgNode[] = order.map((key) => {
    const a = graph.getNodeAttributes(key);
    return {
      key,
      ...point(key),
      radius: nodeLook(key).size,
      color: nodeLook(key).color,
      label: labelled.has(key) ? a.label : null,
    };
  });
  const placedSet = new Set(placed);
  const edges: SvgEdge[] = graph
    .edges()
    .sort(byKey)
    .filter((key) => graph.extremities(key).every((end) => placedSet.has(end)))
    .map((key) => {
      const edgeLook = look.edges.get(key)!; // computeAppearance gives every edge a look
      const [source, target] = graph.extremities(key);
      return {
        key,
        source: point(source),
        target: point(target),
        color: edgeLook.color,
        width: edgeLook.size,
        curvature: edgeLook.curvature,
      };
    });
  return {
    width: options.width,
    height: options.height,
    background: "#ffffff",
    nodes,
    edges,
    legend: options.legend ? typeLegend(graph) : [],
    title: graph.getAttribute("name") || "Entente graph",
    font: DEFAULT_FONT,
  };
}
