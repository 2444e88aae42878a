/**
 * Centrality measures of the actors of the visible graph: relation count, weighted degree (supporting sentences),
 * betweenness and PageRank. Each is a pure function of the graph and what is visible, returning a map from actor to
 * value; graphology-metrics does the graph theory.
 */
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import { createRng, hashString } from "../layout/rng.ts";
import type { EntenteGraph } from "../model/types.ts";
import { projectVisible, type ProjectedGraph, type VisibleSubset } from "./visible-graph.ts";

export const MEASURES = ["relations", "weighted", "betweenness", "pagerank"] as const;
/** A node measure the explorer can size by. */
export type Measure = (typeof MEASURES)[number];

export function isMeasure(value: unknown): value is Measure {
  return typeof value === "string" && (MEASURES as readonly string[]).includes(value);
}

/** Number of visible relations of each visible actor (parallel relations counted apart, `serves` links not). */
export function relationCount(graph: EntenteGraph, visible: VisibleSubset): Map<string, number> {
  return sumOverRelations(graph, visible, () => 1);
}

/** Supporting sentences of the visible relations of each visible actor (`serves` links not counted). */
export function weightedDegree(graph: EntenteGraph, visible: VisibleSubset): Map<string, number> {
  const weightOf = visible.weightOf ?? ((edge: string) => graph.getEdgeAttribute(edge, "weight"));
  return sumOverRelations(graph, visible, weightOf);
}

function sumOverRelations(
  graph: EntenteGraph,
  visible: VisibleSubset,
  valueOf: (edge: string) => number,
): Map<string, number> {
  const values = new Map<string, number>();
  graph.forEachNode((node) => {
    if (visible.nodes.has(node)) values.set(node, 0);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!visible.edges.has(edge) || attributes.type === "serves") return;
    const value = valueOf(edge);
    for (const end of source === target ? [source] : [source, target])
      if (values.has(end)) values.set(end, values.get(end)! + value);
  });
  return values;
}

/** Up to this many actors, betweenness is exact; above, it is estimated from `BETWEENNESS_SAMPLES` sources. */
export const EXACT_BETWEENNESS_LIMIT = 2_000;
/** Sources of the estimate: its cost is this many breadth-first searches instead of one per actor. */
export const BETWEENNESS_SAMPLES = 200;

export interface BetweennessOptions {
  /** Exact up to this many actors (default `EXACT_BETWEENNESS_LIMIT`). */
  exactLimit?: number;
  /** Sources sampled above it (default `BETWEENNESS_SAMPLES`). */
  samples?: number;
  /** Seed of the sample, so an estimate is the same on every run. */
  seed?: string;
}

/**
 * Betweenness centrality on the projection, counting hops (not sentences: a well-documented relation is no shorter),
 * normalised to [0, 1] by the number of pairs of other actors. Exact (graphology-metrics) up to `exactLimit` actors;
 * above, Brandes' accumulation from a seeded random sample of sources, scaled by actors / samples (the estimator of
 * Brandes and Pich, 2007, which networkx's `k` also uses): exact betweenness costs one search per actor, over two
 * minutes at 10,000 actors.
 */
export function betweenness(projected: ProjectedGraph, options: BetweennessOptions = {}): Map<string, number> {
  const n = projected.order;
  if (n === 0) return new Map();
  const exactLimit = options.exactLimit ?? EXACT_BETWEENNESS_LIMIT;
  const samples = options.samples ?? BETWEENNESS_SAMPLES;
  if (n <= exactLimit)
    return toMap(projected, betweennessCentrality(projected, { getEdgeWeight: null, normalized: true }));
  // With every actor as a source the estimate is the exact value.
  return sampledBetweenness(projected, Math.min(samples, n), options.seed ?? "entente-betweenness");
}

function sampledBetweenness(projected: ProjectedGraph, samples: number, seed: string): Map<string, number> {
  const n = projected.order;
  const brandes = createUnweightedIndexedBrandes(projected);
  // A partial Fisher–Yates shuffle of the indices: `samples` distinct sources, the same for the same seed.
  const rng = createRng(hashString(seed));
  const indices = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  for (let k = 0; k < samples; k++) {
    const source = indices[k]!;
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
    }
  }
  // Scale the sample up to all sources, then normalise as the exact function does (ordered pairs, undirected).
  const scale = n / samples / ((n - 1) * (n - 2));
  return new Map(projected.nodes().map((node, i) => [node, centralities[i]! * scale]));
}

/** PageRank on the projection, edges weighted by their supporting sentences; sums to 1 over the visible actors. */
export function pageRank(projected: ProjectedGraph): Map<string, number> {
  if (projected.order === 0) return new Map();
  if (projected.size === 0) {
    // graphology's pagerank returns zeros on a graph without edges; with no link to follow, every actor is alike.
    return new Map(projected.nodes().map((node) => [node, 1 / projected.order]));
  }
  return toMap(projected, pagerank(projected, { getEdgeWeight: "weight", alpha: 0.85 }));
}

function toMap(projected: ProjectedGraph, values: Record<string, number>): Map<string, number> {
  return new Map(projected.nodes().map((node) => [node, values[node] ?? 0]));
}

/** One measure for every visible actor. */
export function computeMeasure(graph: EntenteGraph, visible: VisibleSubset, measure: Measure): Map<string, number> {
  switch (measure) {
    case "relations":
      return relationCount(graph, visible);
    case "weighted":
      return weightedDegree(graph, visible);
    case "betweenness":
      return betweenness(projectVisible(graph, visible));
    case "pagerank":
      return pageRank(projectVisible(graph, visible));
  }
}
