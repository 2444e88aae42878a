/**
 * Communities of the visible graph: Louvain (graphology-communities-louvain) on the simple undirected projection,
 * edges weighted by supporting sentences, with a seeded random source so that a graph and a view always give the
 * same partition. Communities are numbered by size, largest first, ties by their first actor in graph order, so
 * colours stay put from one run to the next.
 */
import louvain from "graphology-communities-louvain";
import { createRng, hashString } from "../layout/rng.ts";
import type { ProjectedGraph } from "./visible-graph.ts";

/** The seed of Louvain's random choices (the order nodes are visited in). */
export const COMMUNITY_SEED = "entente-louvain";

export interface Communities {
  /** Community index of each visible actor: 0 is the largest community. */
  of: Map<string, number>;
  /** Number of actors in each community, by index. */
  sizes: number[];
  /** Modularity of the partition (Newman), from −½ to 1; 0 on a graph without edges. */
  modularity: number;
}

export function detectCommunities(projected: ProjectedGraph, seed: string = COMMUNITY_SEED): Communities {
  if (projected.order === 0) return { of: new Map(), sizes: [], modularity: 0 };
  if (projected.size === 0) {
    // Louvain needs at least one edge; without any, each actor is its own community.
    return {
      of: new Map(projected.nodes().map((node, i) => [node, i])),
      sizes: projected.nodes().map(() => 1),
      modularity: 0,
    };
  }
  const detailed = louvain.detailed(projected, { getEdgeWeight: "weight", rng: createRng(hashString(seed)) });
  // Renumber: by size (descending), then by the position of the community's first actor.
  const members = new Map<number, string[]>();
  for (const node of projected.nodes()) {
    const raw = detailed.communities[node]!;
    const list = members.get(raw) ?? [];
    list.push(node);
    members.set(raw, list);
  }
  const order = [...members.values()].sort((a, b) => b.length - a.length);
  const of = new Map<string, number>();
  order.forEach((list, index) => list.forEach((node) => of.set(node, index)));
  return { of, sizes: order.map((list) => list.length), modularity: detailed.modularity };
}
