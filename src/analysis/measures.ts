/**
 * Centrality measures of the actors of the visible graph: relation count, weighted degree (supporting sentences),
 * betweenness and PageRank. Each is a pure function of the graph and what is visible, returning a map from actor to
 * value; graphology-metrics does the graph theory.
 */
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
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

/**
 * Betweenness centrality on the projection, counting hops (not sentences: a well-documented relation is no shorter),
 * normalised to [0, 1] by the number of pairs of other actors.
 */
export function betweenness(projected: ProjectedGraph): Map<string, number> {
  if (projected.order === 0) return new Map();
  const raw = betweennessCentrality(projected, { getEdgeWeight: null, normalized: true });
  return toMap(projected, raw);
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
