/**
 * Overlap removal after the live layout: `graphology-layout-noverlap` driven one iteration at a time so that fixed
 * (dragged) actors stay exactly where they were dropped, with coincident positions split deterministically first
 * (the library jitters them with `Math.random`), and an exact check of what overlap is left. Pure: no DOM, no clock.
 */
import Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import type { AbstractGraph, Attributes } from "graphology-types";

/** Any graph whose nodes carry (possibly absent) `x`/`y` and the display flag `fixed`. */
type PositionedGraph = AbstractGraph<Attributes & { x?: number; y?: number; fixed?: boolean }>;

export interface OverlapRemovalOptions {
  /** Radius of a node's disc as drawn, in layout units (≈ pixels once scaled by `scaleToExtent`). */
  sizeOf: (node: string) => number;
  /** Free space kept on each side of every disc, so two discs end at least `2 × margin` apart. */
  margin: number;
  /** Iteration cap (each iteration is one noverlap step). */
  maxIterations: number;
  /** Whether a node must not move; the default reads the display attribute `fixed` that dragging sets. */
  isFixed?: (node: string) => boolean;
}

export interface OverlapRemovalResult {
  iterations: number;
  /** Pairs of discs (with margins) still overlapping when the pass ended: 0 unless the cap was hit or two fixed actors overlap. */
  overlaps: number;
}

interface Disc {
  key: string;
  x: number;
  y: number;
  radius: number;
}

/** Golden angle: successive offsets of coincident nodes spread around a circle without repeating. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Pairs of discs closer than the sum of their radii (plus `2 × margin`), found by a sweep along x: exact, and
 * O(n log n + pairs checked) rather than every pair.
 */
export function overlappingPairs(discs: readonly Disc[], margin = 0): [string, string][] {
  const sorted = [...discs].sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : 1));
  const maxRadius = sorted.reduce((max, d) => Math.max(max, d.radius), 0);
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x - a.x >= a.radius + maxRadius + 2 * margin) break;
      const reach = a.radius + b.radius + 2 * margin;
      if (Math.hypot(b.x - a.x, b.y - a.y) < reach) pairs.push(a.key < b.key ? [a.key, b.key] : [b.key, a.key]);
    }
  }
  return pairs;
}

/** The discs of a positioned graph (nodes without finite positions are left out). */
export function discsOf(graph: PositionedGraph, sizeOf: (node: string) => number): Disc[] {
  const discs: Disc[] = [];
  graph.forEachNode((key, { x, y }) => {
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y))
      discs.push({ key, x, y, radius: sizeOf(key) });
  });
  return discs;
}

/**
 * Moves the free nodes of `graph` (in place) until no two discs overlap, fixed nodes untouched; deterministic for
 * the same graph and options. Nodes without finite positions are ignored.
 */
export function removeOverlaps(graph: PositionedGraph, options: OverlapRemovalOptions): OverlapRemovalResult {
  const isFixed = options.isFixed ?? ((node: string) => graph.getNodeAttribute(node, "fixed") === true);
  const discs = discsOf(graph, options.sizeOf);
  if (discs.length < 2) return { iterations: 0, overlaps: 0 };

  // noverlap only moves the later node of an overlapping pair: fixed nodes go first in the working graph, so a free
  // node overlapping a fixed one is the one pushed away. Positions are kept in float32, as noverlap holds them,
  // so "nothing moved" is an exact comparison.
  const fixed = discs.filter((d) => isFixed(d.key));
  const free = discs.filter((d) => !isFixed(d.key));
  const work = new Graph();
  const seen = new Map<string, number>();
  for (const disc of [...fixed, ...free]) {
    let { x, y } = disc;
    const spot = `${x},${y}`;
    const count = seen.get(spot) ?? 0;
    seen.set(spot, count + 1);
    if (count > 0 && !isFixed(disc.key)) {
      // Split coincident nodes on a golden-angle spiral instead of noverlap's random jitter.
      const step = Math.max(0.5, disc.radius / 4) * Math.sqrt(count);
      x += step * Math.cos(count * GOLDEN_ANGLE);
      y += step * Math.sin(count * GOLDEN_ANGLE);
    }
    work.addNode(disc.key, { x: Math.fround(x), y: Math.fround(y), size: disc.radius });
  }

  const settings = { margin: options.margin, ratio: 1, expansion: 1.1 };
  let iterations = 0;
  while (iterations < options.maxIterations) {
    const next = noverlap(work, { maxIterations: 1, settings });
    iterations++;
    let moved = false;
    for (const disc of free) {
      const position = next[disc.key]!;
      const current = work.getNodeAttributes(disc.key);
      if (position.x === current.x && position.y === current.y) continue;
      moved = true;
      work.mergeNodeAttributes(disc.key, { x: position.x, y: position.y });
    }
    if (!moved) break;
  }

  for (const disc of free) {
    const { x, y } = work.getNodeAttributes(disc.key);
    graph.mergeNodeAttributes(disc.key, { x, y });
  }
  const left = overlappingPairs(discsOf(graph, options.sizeOf), options.margin).length;
  return { iterations, overlaps: left };
}
