/** Small Entente graphs of known shape (path, star, two cliques and a bridge) for the analysis tests. */
import { createGraph } from "../../../src/model/graph-io.ts";
import type { EntenteGraph, RelationType } from "../../../src/model/types.ts";

/** A graph of states joined by relations: `[a, b]` or `[a, b, type, weight]`. */
export function relationGraph(
  nodes: readonly string[],
  edges: readonly (readonly [string, string, RelationType?, number?])[],
): EntenteGraph {
  const graph = createGraph();
  graph.replaceAttributes({ name: "fixture", articles: [] });
  for (const node of nodes)
    graph.addNode(node, {
      type: "state",
      label: node.toUpperCase(),
      aliases: [],
      mentions: 1,
      articles: [],
      iso2: null,
      iso3: node.toUpperCase(),
      nameEn: node,
    });
  for (const [source, target, type = "cooperation", weight = 1] of edges)
    graph.addEdgeWithKey(`${type}:${source}|${target}`, source, target, {
      type,
      weight,
      evidence: [],
      firstDate: null,
      lastDate: null,
      articles: [],
      confidence: 0.9,
      rules: ["r"],
    });
  return graph;
}

/** a — b — c — d — e */
export function pathGraph(): EntenteGraph {
  return relationGraph(
    ["a", "b", "c", "d", "e"],
    [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ],
  );
}

/** A centre `hub` and five leaves. */
export function starGraph(): EntenteGraph {
  const leaves = ["l1", "l2", "l3", "l4", "l5"];
  return relationGraph(
    ["hub", ...leaves],
    leaves.map((leaf) => ["hub", leaf] as const),
  );
}

/** Two 5-cliques (`a1…a5`, `b1…b5`) joined by one bridge a1 — b1. */
export function twoCliques(): EntenteGraph {
  const a = ["a1", "a2", "a3", "a4", "a5"];
  const b = ["b1", "b2", "b3", "b4", "b5"];
  const edges: [string, string][] = [];
  for (const clique of [a, b])
    for (let i = 0; i < clique.length; i++)
      for (let j = i + 1; j < clique.length; j++) edges.push([clique[i]!, clique[j]!]);
  edges.push(["a1", "b1"]);
  return relationGraph([...a, ...b], edges);
}
