/**
 * Curvature of each edge so parallel edges between the same pair (Russia–Japan: cooperation and dispute) are
 * drawn as distinct curves. Pure and deterministic: edges of a pair are ordered by type, and the sign is taken
 * relative to a canonical direction since the curve program bends relative to source → target.
 */
import { EDGE_TYPES, type EntenteGraph } from "../model/types.ts";

/** Curvature step between neighbouring parallel edges (the curve program's unit). */
export const CURVATURE_STEP = 0.3;

/** Maps every edge to its curvature; 0 means a straight line. */
export function computeEdgeCurvatures(graph: EntenteGraph): Map<string, number> {
  const groups = new Map<string, { key: string; rank: number; flipped: boolean }[]>();
  graph.forEachEdge((key, attributes, source, target) => {
    const flipped = source > target;
    const pair = flipped ? `${target}\u0000${source}` : `${source}\u0000${target}`;
    const group = groups.get(pair) ?? [];
    group.push({ key, rank: EDGE_TYPES.indexOf(attributes.type), flipped });
    groups.set(pair, group);
  });
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    // Membership ("serves") sorts last in EDGE_TYPES; put it first so it keeps the straight middle slot.
    group.sort((a, b) => rankForSlot(a.rank) - rankForSlot(b.rank) || (a.key < b.key ? -1 : 1));
    const straightFirst = group.length % 2 === 1;
    group.forEach((edge, i) => {
      const curvature = slotCurvature(i, straightFirst);
      curvatures.set(edge.key, edge.flipped ? -curvature : curvature);
    });
  }
  return curvatures;
}

function rankForSlot(rank: number): number {
  return rank === EDGE_TYPES.indexOf("serves") ? -1 : rank;
}

/** Slots alternate sides: 0, +1, −1, +2, −2… (odd groups), or +½, −½, +1½… (even groups), in steps. */
function slotCurvature(index: number, straightFirst: boolean): number {
  if (straightFirst) {
    if (index === 0) return 0;
    const level = Math.ceil(index / 2);
    return (index % 2 === 1 ? 1 : -1) * level * CURVATURE_STEP;
  }
  const level = Math.floor(index / 2) + 0.5;
  return (index % 2 === 0 ? 1 : -1) * (level + 0.3) * CURVATURE_STEP;
}
