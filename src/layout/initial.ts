/**
 * The deterministic initial layout: seeded positions, synchronous ForceAtlas2 with settings inferred from the
 * graph, scaling to a fixed extent, then overlap removal. Pure — it works on a private copy and returns a
 * mapping — so it runs at build time in Node and on load in the browser; `assignInitialLayout` writes it.
 */
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { EntenteGraph } from "../model/types.ts";
import { extentFor, noverlapIterationsFor, roundCoordinate, scaleToExtent } from "./geometry.ts";
import { computeNodeSizes } from "../appearance/index.ts";
import { resolveInitialLayoutOptions, type InitialLayoutOptions } from "./options.ts";
import { rngFor } from "./rng.ts";
import { layoutEdgeWeight } from "./weights.ts";

/** A position in layout units. */
export interface Point {
  x: number;
  y: number;
}

interface LayoutNode {
  x: number;
  y: number;
  size: number;
}

interface LayoutEdge {
  weight: number;
}

/** Radius of the disk the seeded positions are drawn in; FA2 rescales anyway, it only fixes the starting spread. */
const SEED_RADIUS = 100;
/** Leaders start close to their state so ForceAtlas2 does not have to drag them across the map. */
const LEADER_JITTER = 8;

/**
 * Computes positions for every node of `graph`, keyed by node key (in sorted key order).
 * Same graph content and options → same output, whatever order the graph was built in.
 */
export function computeInitialLayout(
  graph: EntenteGraph,
  options: Partial<InitialLayoutOptions> = {},
): Map<string, Point> {
  const resolved = resolveInitialLayoutOptions(options);
  const work = buildWorkGraph(graph, resolved);
  if (work.order === 0) return new Map();

  if (resolved.iterations > 0 && work.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(work), ...resolved.settings };
    forceAtlas2.assign(work, { iterations: resolved.iterations, settings, getEdgeWeight: "weight" });
  }
  placeIsolatedNodes(work, resolved.seed);
  scaleToExtent(work, extentFor(work.order, resolved.extent));
  if (resolved.noverlap && resolved.noverlapIterations > 0)
    noverlap.assign(work, {
      maxIterations: noverlapIterationsFor(work.order, resolved.noverlapIterations),
      settings: { margin: resolved.margin, ratio: 1, expansion: 1.1 },
    });

  const positions = new Map<string, Point>();
  work.forEachNode((key, attributes) => {
    const seeded = seedPosition(graph, key, resolved.seed);
    positions.set(key, {
      x: finiteOr(attributes.x, seeded.x),
      y: finiteOr(attributes.y, seeded.y),
    });
  });
  return positions;
}

/** Computes the initial layout and writes `x` and `y` on every node of `graph`. */
export function assignInitialLayout(graph: EntenteGraph, options: Partial<InitialLayoutOptions> = {}): void {
  for (const [key, point] of computeInitialLayout(graph, options)) graph.mergeNodeAttributes(key, point);
}

/**
 * A simple weighted copy with sorted nodes and edges: FA2's result depends on iteration order, so sorting makes
 * it independent of how the source graph was built. Parallel edges merge into one, their weights summed.
 */
function buildWorkGraph(graph: EntenteGraph, options: InitialLayoutOptions): UndirectedGraph<LayoutNode, LayoutEdge> {
  const work = new UndirectedGraph<LayoutNode, LayoutEdge>();
  const sizes = computeNodeSizes(graph);
  for (const key of [...graph.nodes()].sort()) {
    const { x, y } = seedPosition(graph, key, options.seed);
    work.addNode(key, { x, y, size: sizes.get(key) ?? 1 });
  }
  const edges = graph
    .mapEdges((_key, attributes, source, target) => {
      const [a, b] = source <= target ? [source, target] : [target, source];
      return { a, b, weight: layoutEdgeWeight(attributes.type, attributes.weight) };
    })
    .sort((p, q) => (p.a === q.a ? (p.b < q.b ? -1 : p.b > q.b ? 1 : 0) : p.a < q.a ? -1 : 1));
  for (const { a, b, weight } of edges) {
    if (a === b) continue;
    if (work.hasEdge(a, b)) work.updateEdgeAttribute(a, b, "weight", (w) => (w ?? 0) + weight);
    else work.addEdge(a, b, { weight });
  }
  return work;
}

/** Isolated actors sit on a ring just outside the connected part, spaced evenly in key order. */
const ISOLATED_RING = 1.15;

/**
 * ForceAtlas2 repels unconnected nodes far away, so a few actors without relations would shrink everything else
 * to a corner once the view is fitted. They carry no structure: put them on a ring around the connected part.
 */
function placeIsolatedNodes(work: UndirectedGraph<LayoutNode, LayoutEdge>, seed: string | number): void {
  const isolated = work.filterNodes((key) => work.degree(key) === 0);
  if (isolated.length === 0 || isolated.length === work.order) return;
  let cx = 0;
  let cy = 0;
  let n = 0;
  work.forEachNode((key, { x, y }) => {
    if (work.degree(key) === 0) return;
    cx += x;
    cy += y;
    n++;
  });
  cx /= n;
  cy /= n;
  let radius = 0;
  work.forEachNode((key, { x, y }) => {
    if (work.degree(key) > 0) radius = Math.max(radius, Math.hypot(x - cx, y - cy));
  });
  radius = Math.max(radius, 1) * ISOLATED_RING;
  const start = rngFor(seed, "isolated")() * 2 * Math.PI;
  isolated.forEach((key, i) => {
    const angle = start + (2 * Math.PI * i) / isolated.length;
    work.mergeNodeAttributes(key, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
}

/** Seeded starting point: states on a disk from a hash of their key, leaders jittered around their state. */
function seedPosition(graph: EntenteGraph, key: string, seed: string | number): Point {
  const attributes = graph.getNodeAttributes(key);
  if (attributes.type === "leader" && graph.hasNode(attributes.state)) {
    const anchor = seedPosition(graph, attributes.state, seed);
    const rng = rngFor(seed, key);
    const angle = rng() * 2 * Math.PI;
    return { x: anchor.x + LEADER_JITTER * Math.cos(angle), y: anchor.y + LEADER_JITTER * Math.sin(angle) };
  }
  const rng = rngFor(seed, key);
  // Square root of a uniform radius spreads points evenly over the disk's area.
  const radius = SEED_RADIUS * Math.sqrt(rng());
  const angle = rng() * 2 * Math.PI;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? roundCoordinate(value) : roundCoordinate(fallback);
}
