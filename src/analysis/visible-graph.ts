/**
 * The simple undirected projection of what is visible: one node per visible actor, one edge per pair of actors joined
 * by at least one visible edge, weighted by the supporting sentences of those edges. Paths, neighbourhoods,
 * centralities and communities are all measured on it, so they describe the graph the user sees, not the file.
 */
import { UndirectedGraph } from "graphology";
import type { EntenteGraph } from "../model/types.ts";

/** Which actors and edges are visible, and how many sentences support each edge within the view. */
export interface VisibleSubset {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Supporting sentences of a visible edge in the view (e.g. within a date range); default: its `weight`. */
  weightOf?: (edge: string) => number;
}

/** A pair of actors in the projection: the visible edges that join them and their summed sentences. */
export interface PairAttributes {
  weight: number;
  /** Keys of the visible edges of the multigraph between the two actors, in graph order. */
  edges: string[];
}

export type ProjectedGraph = UndirectedGraph<Record<string, never>, PairAttributes>;

export interface ProjectionOptions {
  /** Whether leader → state links (`serves`) join actors too; they do by default, as they are drawn. */
  memberships?: boolean;
}

/** Everything in the graph is visible. */
export function wholeGraph(graph: EntenteGraph): VisibleSubset {
  return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
}

/**
 * Projects the visible part of `graph`. Node and edge order follow the graph's own order, so anything computed from
 * the projection is deterministic for a given graph file.
 */
export function projectVisible(
  graph: EntenteGraph,
  visible: VisibleSubset,
  options: ProjectionOptions = {},
): ProjectedGraph {
  const memberships = options.memberships ?? true;
  const weightOf = visible.weightOf ?? ((edge: string) => graph.getEdgeAttribute(edge, "weight"));
  const projected: ProjectedGraph = new UndirectedGraph();
  graph.forEachNode((node) => {
    if (visible.nodes.has(node)) projected.addNode(node);
  });
  // Pairs are gathered in a map first (one lookup per edge, lists grown in place), then added in first-seen order.
  const pairs = new Map<string, { source: string; target: string; attributes: PairAttributes }>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!visible.edges.has(edge) || source === target) return;
    if (!memberships && attributes.type === "serves") return;
    if (!projected.hasNode(source) || !projected.hasNode(target)) return;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const pair = pairs.get(key);
    if (pair === undefined) pairs.set(key, { source, target, attributes: { weight: weightOf(edge), edges: [edge] } });
    else {
      pair.attributes.weight += weightOf(edge);
      pair.attributes.edges.push(edge);
    }
  });
  for (const { source, target, attributes } of pairs.values()) projected.addEdge(source, target, attributes);
  return projected;
}
