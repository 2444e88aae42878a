/**
 * Small pure geometry over positioned graphs: bounding box, scaling to a fixed extent, and how far nodes moved
 * between two snapshots (the live layout's "has it settled?" measure).
 */
import type { AbstractGraph, Attributes } from "graphology-types";

/** Any graph whose nodes carry (possibly absent) `x`/`y`. */
type PositionedGraph = AbstractGraph<Attributes & { x?: number; y?: number }>;

export interface BoundingBox {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Output precision: rounding hides last-bit differences of `Math.log` between JavaScript engines. */
const ROUND = 1000;

export function roundCoordinate(value: number): number {
  return Math.round(value * ROUND) / ROUND;
}

/** Bounding box of the finite positions, or null when no node has one. */
export function boundingBox(graph: PositionedGraph): BoundingBox | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, { x, y }) => {
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) return;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Number.isFinite(minX) ? { minX, maxX, minY, maxY } : null;
}

/**
 * Centres the layout on the origin and scales it so its larger half-side equals `extent`, rounding coordinates.
 * After this, layout units are comparable to pixels, so overlap removal can use display sizes directly.
 */
export function scaleToExtent(graph: PositionedGraph, extent: number): void {
  const box = boundingBox(graph);
  if (box === null) return;
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  const half = Math.max(box.maxX - box.minX, box.maxY - box.minY) / 2;
  const factor = half > 0 ? extent / half : 1;
  graph.updateEachNodeAttributes(
    (_key, attributes) => {
      if (typeof attributes.x !== "number" || typeof attributes.y !== "number") return attributes;
      return {
        ...attributes,
        x: roundCoordinate((attributes.x - cx) * factor),
        y: roundCoordinate((attributes.y - cy) * factor),
      };
    },
    { attributes: ["x", "y"] },
  );
}

/** Positions of all nodes, to compare with a later snapshot. */
export function snapshotPositions(graph: PositionedGraph): Map<string, { x: number; y: number }> {
  const snapshot = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, { x, y }) => snapshot.set(key, { x: x ?? 0, y: y ?? 0 }));
  return snapshot;
}

/**
 * Mean displacement of the nodes between two snapshots, relative to the diagonal of the later layout's bounding
 * box: a scale-free measure, since ForceAtlas2 freely grows or shrinks the whole layout.
 */
export function relativeMovement(
  before: ReadonlyMap<string, { x: number; y: number }>,
  after: ReadonlyMap<string, { x: number; y: number }>,
): number {
  let total = 0;
  let count = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [key, p] of after) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    const q = before.get(key);
    if (q === undefined) continue;
    total += Math.hypot(p.x - q.x, p.y - q.y);
    count++;
  }
  const diagonal = Math.hypot(maxX - minX, maxY - minY);
  if (count === 0 || diagonal === 0 || !Number.isFinite(diagonal)) return 0;
  return total / count / diagonal;
}

/** Layout units of half-width per √node: enough room for every node's disc and margin once overlaps are removed. */
const UNITS_PER_SQRT_NODE = 12;
/** Overlap-removal work (nodes × iterations): about 0.25 s per iteration at 10k nodes, so 20 iterations there. */
const NOVERLAP_WORK_BUDGET = 200_000;

/**
 * The half-width to scale a graph of `order` nodes to: the configured extent, grown with √order so a large graph's
 * discs fit in the square (otherwise overlap removal never converges and runs for minutes).
 */
export function extentFor(order: number, extent: number): number {
  return Math.max(extent, UNITS_PER_SQRT_NODE * Math.sqrt(order));
}

/** Overlap-removal iterations for a graph of `order` nodes: the configured cap, lowered on large graphs (deterministic). */
export function noverlapIterationsFor(order: number, iterations: number): number {
  return Math.max(1, Math.min(iterations, Math.round(NOVERLAP_WORK_BUDGET / Math.max(order, 1))));
}
