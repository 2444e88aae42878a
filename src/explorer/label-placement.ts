/**
 * Which labels to draw so that no two overlap: a greedy pass in priority order (labels the user asked for first —
 * the hovered and highlighted actors, then forced labels, then the larger nodes), each kept only if its box meets
 * no box kept before. Sigma's label grid thins ordinary labels by cell but lets neighbouring cells' labels and every
 * forced label overlap; this pass settles both. Pure: boxes in, keys out.
 */

/** An axis-aligned box in viewport pixels. */
export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  key: string;
  box: LabelBox;
  /** Higher first: 2 = hovered or highlighted, 1 = forced, 0 = ordinary. */
  rank: number;
  /** Drawn node size in pixels: larger nodes' labels win ties. */
  size: number;
}

export function boxesIntersect(a: LabelBox, b: LabelBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Candidates in drawing priority: rank, then size, then key (deterministic). */
export function byLabelPriority(a: LabelCandidate, b: LabelCandidate): number {
  return b.rank - a.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Grid cell side for the collision index, in pixels: about a label's height times a few. */
const CELL = 64;

/** The candidates to draw, in priority order, none of whose boxes intersect. */
export function placeLabels(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  const kept: LabelCandidate[] = [];
  const cells = new Map<string, LabelBox[]>();
  const cellsOf = (box: LabelBox): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++)
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  for (const candidate of [...candidates].sort(byLabelPriority)) {
    const keys = cellsOf(candidate.box);
    if (keys.some((cell) => cells.get(cell)?.some((box) => boxesIntersect(box, candidate.box)))) continue;
    kept.push(candidate);
    for (const cell of keys) {
      const list = cells.get(cell);
      if (list === undefined) cells.set(cell, [candidate.box]);
      else list.push(candidate.box);
    }
  }
  return kept;
}
