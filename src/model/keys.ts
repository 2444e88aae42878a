/** Node and edge keys: stable, readable, derived only from the data so that builds are deterministic. */
import type { EdgeType } from "./types.ts";

export function stateKey(code: string): string {
  return `state:${code}`;
}

/** `slug` is an ASCII, lower-case, hyphenated form of the leader's canonical name. */
export function leaderKey(slug: string): string {
  return `leader:${slug}`;
}

/** Relation edges are undirected: the key orders the endpoints so the same pair always gets the same key. */
export function edgeKey(type: EdgeType, a: string, b: string): string {
  const [first, second] = type === "serves" || a <= b ? [a, b] : [b, a];
  return `${type}:${first}|${second}`;
}
