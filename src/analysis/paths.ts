/**
 * Paths and neighbourhoods on the visible graph: every shortest path between two actors (through the visible
 * actors and edges only) and an actor's ego network of 1 to 3 hops. Hops are counted in pairs of actors: parallel
 * relations between the same two actors are one hop, listed together.
 */
import { bfsFromNode } from "graphology-traversal";
import { brandes } from "graphology-shortest-path/unweighted";
import type { ProjectedGraph } from "./visible-graph.ts";

/** How many shortest paths are listed at most: on dense graphs their number grows exponentially with length. */
export const MAX_PATHS = 12;

export interface PathResult {
  /** Number of hops of the shortest paths; null when the actors are not connected in the view. */
  length: number | null;
  /** The shortest paths, each a list of actors from `from` to `to`, sorted; at most `MAX_PATHS`. */
  paths: string[][];
  /** How many shortest paths there are in all (may exceed `paths.length`). */
  count: number;
  /** Every actor and every pair (`a\u0000b`, sorted) on any shortest path, for highlighting. */
  nodes: Set<string>;
  pairs: Set<string>;
}

/** Key of an unordered pair of actors. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Every shortest path from `from` to `to` in the projection (Brandes' predecessor lists from graphology). Throws
 * when an actor is not in the projection: the caller checks visibility first and says which actor is hidden.
 */
export function shortestPaths(graph: ProjectedGraph, from: string, to: string, limit = MAX_PATHS): PathResult {
  for (const node of [from, to])
    if (!graph.hasNode(node)) throw new Error(`analysis: actor "${node}" is not in the visible graph`);
  if (from === to) return { length: 0, paths: [[from]], count: 1, nodes: new Set([from]), pairs: new Set() };
  const [, predecessors, sigma] = brandes(graph, from);
  const count = sigma[to] ?? 0;
  if (count === 0) return { length: null, paths: [], count: 0, nodes: new Set(), pairs: new Set() };

  // Walk the predecessor lists back from `to`: every actor and pair reached lies on some shortest path.
  const nodes = new Set<string>([to]);
  const pairs = new Set<string>();
  const stack = [to];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const previous of predecessors[node] ?? []) {
      pairs.add(pairKey(previous, node));
      if (!nodes.has(previous)) {
        nodes.add(previous);
        stack.push(previous);
      }
    }
  }
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const previous of [...(predecessors[node] ?? [])].sort()) walk(previous, [node, ...suffix]);
  };
  walk(to, []);
  paths.sort(comparePaths);
  return { length: paths[0]!.length - 1, paths, count, nodes, pairs };
}

function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/** The actors within `depth` hops of `center` (itself included), mapped to their distance. */
export function egoNetwork(graph: ProjectedGraph, center: string, depth: number): Map<string, number> {
  if (!graph.hasNode(center)) throw new Error(`analysis: actor "${center}" is not in the visible graph`);
  if (!Number.isInteger(depth) || depth < 0)
    throw new Error(`analysis: depth must be a whole number ≥ 0, got ${depth}`);
  const distances = new Map<string, number>();
  bfsFromNode(graph, center, (node, _attributes, hops) => {
    if (hops > depth) return true;
    distances.set(node, hops);
    // Returning true stops the traversal below this node: nothing past the last ring is visited.
    return hops === depth;
  });
  return distances;
}
