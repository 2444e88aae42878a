/**
 * Node importance and display size, shared by the layout (overlap removal needs sizes), the explorer and the exports
 * (which draw them), so that what is spaced apart is exactly what is drawn, on screen, in Gephi and in an image.
 */
import type { EntenteGraph, NodeType } from "../model/types.ts";

/** Display size range in pixels per node type: states dominate, leaders stay readable but smaller. */
export const NODE_SIZE_RANGE: Readonly<Record<NodeType, readonly [number, number]>> = {
  state: [7, 22],
  leader: [4, 12],
};

/** Node sizes in pixels when sized by a measure: one range for every type, so states and leaders compare. */
export const MEASURE_SIZE_RANGE = [4, 24] as const;

/**
 * Importance of each node: the total weight (supporting sentences) of its relations, plus its mentions
 * as a tie-breaker for actors with few relations.
 */
export function computeImportance(graph: EntenteGraph): Map<string, number> {
  const importance = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    let total = 0;
    graph.forEachEdge(key, (_edge, edgeAttributes) => {
      total += edgeAttributes.type === "serves" ? 0 : edgeAttributes.weight;
    });
    importance.set(key, total + Math.log1p(attributes.mentions));
  });
  return importance;
}

/**
 * Display size of each node: square-root scaling of importance within its type's range, so area (not radius)
 * grows with importance and one very central actor does not flatten all the others.
 */
export function computeNodeSizes(graph: EntenteGraph): Map<string, number> {
  const importance = computeImportance(graph);
  const max: Record<NodeType, number> = { state: 0, leader: 0 };
  graph.forEachNode((key, attributes) => {
    max[attributes.type] = Math.max(max[attributes.type], importance.get(key) ?? 0);
  });
  const sizes = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const [low, high] = NODE_SIZE_RANGE[attributes.type];
    const top = max[attributes.type];
    const ratio = top > 0 ? Math.sqrt((importance.get(key) ?? 0) / top) : 0;
    sizes.set(key, low + (high - low) * ratio);
  });
  return sizes;
}
