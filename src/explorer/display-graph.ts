/**
 * The graph sigma draws: a copy of the shown graph that owns the positions. When the shown graph changes (a
 * decision applied, an article added), `syncDisplayGraph` brings the copy in line in place — gone items removed,
 * attributes refreshed, positions kept — and places new actors near their neighbours for the layout to settle.
 * The shown graph itself is never written, by hover, selection or layout.
 */
import { rngFor } from "../layout/rng.ts";
import { createGraph } from "../model/graph-io.ts";
import type { EntenteGraph } from "../model/types.ts";

/**
 * A fresh display copy of `graph`, positions included. Actors without a position are left without one when
 * `place` is false (the caller lays the whole graph out instead).
 */
export function createDisplayGraph(graph: EntenteGraph, place = true): EntenteGraph {
  const display = createGraph();
  syncDisplayGraph(display, graph, place);
  return display;
}

/** Result of a sync: the actors that were new and got a position. */
export interface SyncResult {
  placed: string[];
}

/** Makes `display` hold the nodes and edges of `source`, keeping the positions `display` already has. */
export function syncDisplayGraph(display: EntenteGraph, source: EntenteGraph, place = true): SyncResult {
  display.replaceAttributes({ ...source.getAttributes() });
  for (const edge of display.edges()) if (!source.hasEdge(edge)) display.dropEdge(edge);
  for (const node of display.nodes()) if (!source.hasNode(node)) display.dropNode(node);

  const placed: string[] = [];
  source.forEachNode((node, attributes) => {
    if (display.hasNode(node)) {
      const { x, y } = display.getNodeAttributes(node);
      display.replaceNodeAttributes(node, { ...attributes, x, y });
    } else {
      display.addNode(node, { ...attributes });
      if (!isFinitePoint(attributes.x, attributes.y)) placed.push(node);
    }
  });
  source.forEachEdge((edge, attributes, sourceNode, target) => {
    if (display.hasEdge(edge)) display.replaceEdgeAttributes(edge, { ...attributes });
    else display.addEdgeWithKey(edge, sourceNode, target, { ...attributes });
  });
  if (!place) return { placed: [] };
  placeNearNeighbours(display, placed);
  return { placed };
}

function isFinitePoint(x: unknown, y: unknown): x is number {
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y);
}

/**
 * Gives each of `nodes` a position: the mean of its already placed neighbours plus a small deterministic offset,
 * or a spot on the graph's rim when it has none. Nodes placed earlier in the list count as placed for later ones.
 */
function placeNearNeighbours(graph: EntenteGraph, nodes: readonly string[]): void {
  if (nodes.length === 0) return;
  const pending = new Set(nodes);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((node, { x, y }) => {
    if (pending.has(node) || !isFinitePoint(x, y)) return;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y!);
    maxY = Math.max(maxY, y!);
  });
  const empty = minX === Infinity;
  const span = empty ? 100 : Math.max(maxX - minX, maxY - minY, 1);
  const center = empty ? { x: 0, y: 0 } : { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // Neighbours first: a new leader next to a known state lands beside it, not on the rim.
  const order = [...nodes].sort(
    (a, b) =>
      placedNeighbours(graph, b, pending).length - placedNeighbours(graph, a, pending).length || (a < b ? -1 : 1),
  );
  for (const node of order) {
    const random = rngFor("entente-place", node);
    const neighbours = placedNeighbours(graph, node, pending);
    let x: number;
    let y: number;
    if (neighbours.length > 0) {
      x = neighbours.reduce((sum, n) => sum + n.x, 0) / neighbours.length;
      y = neighbours.reduce((sum, n) => sum + n.y, 0) / neighbours.length;
      const angle = random() * 2 * Math.PI;
      const distance = span * (0.04 + 0.04 * random());
      x += Math.cos(angle) * distance;
      y += Math.sin(angle) * distance;
    } else {
      const angle = random() * 2 * Math.PI;
      x = center.x + Math.cos(angle) * span * 0.4;
      y = center.y + Math.sin(angle) * span * 0.4;
    }
    graph.mergeNodeAttributes(node, { x, y });
    pending.delete(node);
  }
}

function placedNeighbours(graph: EntenteGraph, node: string, pending: ReadonlySet<string>): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  graph.forEachNeighbor(node, (neighbour, { x, y }) => {
    if (!pending.has(neighbour) && isFinitePoint(x, y)) points.push({ x, y: y! });
  });
  return points;
}
