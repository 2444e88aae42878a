import { describe, expect, it } from "vitest";
import {
  betweenness,
  computeMeasure,
  detectCommunities,
  pageRank,
  projectVisible,
  relationCount,
  weightedDegree,
  wholeGraph,
} from "../../../src/analysis/index.ts";
import { pathGraph, relationGraph, starGraph, twoCliques } from "./fixtures.ts";

const rounded = (values: Map<string, number>) =>
  Object.fromEntries([...values].map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

describe("betweenness", () => {
  it("on a path of five actors: the middle holds the most shortest paths", () => {
    const graph = pathGraph();
    // Raw counts 0, 3, 4, 3, 0 over the (5 − 1)(5 − 2) / 2 = 6 pairs of other actors.
    expect(rounded(betweenness(projectVisible(graph, wholeGraph(graph))))).toEqual({
      a: 0,
      b: 0.5,
      c: 0.667,
      d: 0.5,
      e: 0,
    });
  });

  it("on a star: the hub is on every path between leaves, the leaves on none", () => {
    const graph = starGraph();
    const values = betweenness(projectVisible(graph, wholeGraph(graph)));
    expect(values.get("hub")).toBeCloseTo(1);
    for (const leaf of ["l1", "l2", "l3", "l4", "l5"]) expect(values.get(leaf)).toBe(0);
  });

  it("on two cliques and a bridge: the bridge's ends are the most central", () => {
    const graph = twoCliques();
    const values = betweenness(projectVisible(graph, wholeGraph(graph)));
    // a1 lies on every path from a2…a5 to the 5 actors of the other clique: 4 × 5 = 20 of 36 pairs.
    expect(values.get("a1")).toBeCloseTo(20 / 36);
    expect(values.get("b1")).toBeCloseTo(20 / 36);
    expect(values.get("a2")).toBe(0);
  });

  it("counts only what is visible: hiding the bridge's edge leaves nobody in between", () => {
    const graph = twoCliques();
    const visible = wholeGraph(graph);
    const edges = new Set([...visible.edges].filter((e) => e !== "cooperation:a1|b1"));
    const values = betweenness(projectVisible(graph, { nodes: visible.nodes, edges }));
    expect(Math.max(...values.values())).toBe(0);
  });
});

describe("betweenness estimated from a sample of sources (large graphs)", () => {
  it("equals the exact value when every actor is a source", () => {
    const graph = twoCliques();
    const projected = projectVisible(graph, wholeGraph(graph));
    const exact = betweenness(projected);
    const sampled = betweenness(projected, { exactLimit: 0, samples: 1000 });
    for (const [node, value] of exact) expect(sampled.get(node)).toBeCloseTo(value, 9);
  });

  it("is close on a path and the same on every run for a seed", () => {
    const nodes = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const graph = relationGraph(
      nodes,
      nodes.slice(1).map((node, i) => [nodes[i]!, node] as const),
    );
    const projected = projectVisible(graph, wholeGraph(graph));
    const exact = betweenness(projected);
    const a = betweenness(projected, { exactLimit: 10, samples: 40 });
    expect([...a]).toEqual([...betweenness(projected, { exactLimit: 10, samples: 40 })]);
    // The middle of a path is its most central actor in the estimate too, within 15 % of the exact value.
    expect(a.get("n30")! / exact.get("n30")!).toBeGreaterThan(0.85);
    expect(a.get("n30")! / exact.get("n30")!).toBeLessThan(1.15);
    expect(a.get("n0")).toBe(0);
  });
});

describe("PageRank", () => {
  for (const [name, make] of [
    ["path", pathGraph],
    ["star", starGraph],
    ["two cliques", twoCliques],
  ] as const) {
    it(`sums to 1 on the ${name}`, () => {
      const graph = make();
      const values = pageRank(projectVisible(graph, wholeGraph(graph)));
      expect([...values.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    });
  }

  it("ranks the hub of a star first and the leaves equal", () => {
    const graph = starGraph();
    const values = pageRank(projectVisible(graph, wholeGraph(graph)));
    // With damping 0.85 on a star of n = 6: hub = (1 − d)/n + d · Σ leaves, leaves share the rest equally.
    const leaf = values.get("l1")!;
    expect(values.get("hub")).toBeCloseTo(1 - 5 * leaf, 6);
    expect(values.get("hub")).toBeGreaterThan(0.45);
    for (const other of ["l2", "l3", "l4", "l5"]) expect(values.get(other)).toBeCloseTo(leaf, 9);
  });

  it("weighs a pair by its supporting sentences", () => {
    const graph = relationGraph(
      ["a", "b", "c"],
      [
        ["a", "b", "cooperation", 9],
        ["a", "c", "cooperation", 1],
      ],
    );
    const values = pageRank(projectVisible(graph, wholeGraph(graph)));
    expect(values.get("b")!).toBeGreaterThan(values.get("c")!);
  });

  it("shares rank equally among actors without any visible edge", () => {
    const graph = pathGraph();
    const values = pageRank(projectVisible(graph, { nodes: new Set(graph.nodes()), edges: new Set() }));
    expect([...values.values()]).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
  });
});

describe("degrees", () => {
  const graph = relationGraph(
    ["a", "b", "c"],
    [
      ["a", "b", "cooperation", 3],
      ["a", "b", "dispute", 2],
      ["b", "c", "alliance", 4],
    ],
  );

  it("relation count counts parallel relations apart", () => {
    expect(rounded(relationCount(graph, wholeGraph(graph)))).toEqual({ a: 2, b: 3, c: 1 });
  });

  it("weighted degree sums the supporting sentences, or the view's own count when given", () => {
    expect(rounded(weightedDegree(graph, wholeGraph(graph)))).toEqual({ a: 5, b: 9, c: 4 });
    const inRange = { ...wholeGraph(graph), weightOf: () => 1 };
    expect(rounded(weightedDegree(graph, inRange))).toEqual({ a: 2, b: 3, c: 1 });
  });

  it("computeMeasure dispatches every measure and leaves hidden actors out", () => {
    const visible = { nodes: new Set(["a", "b"]), edges: new Set(["cooperation:a|b", "dispute:a|b"]) };
    for (const measure of ["relations", "weighted", "betweenness", "pagerank"] as const)
      expect([...computeMeasure(graph, visible, measure).keys()]).toEqual(["a", "b"]);
  });
});

describe("communities (Louvain)", () => {
  it("finds the two cliques of a barbell", () => {
    const graph = twoCliques();
    const { of, sizes, modularity } = detectCommunities(projectVisible(graph, wholeGraph(graph)));
    expect(sizes).toEqual([5, 5]);
    const a = of.get("a1");
    const b = of.get("b1");
    expect(a).not.toBe(b);
    for (const node of ["a2", "a3", "a4", "a5"]) expect(of.get(node)).toBe(a);
    for (const node of ["b2", "b3", "b4", "b5"]) expect(of.get(node)).toBe(b);
    expect(modularity).toBeGreaterThan(0.4);
  });

  it("gives the same partition, numbered the same way, on every run", () => {
    const graph = twoCliques();
    const first = detectCommunities(projectVisible(graph, wholeGraph(graph)));
    for (let run = 0; run < 5; run++) {
      const again = detectCommunities(projectVisible(graph, wholeGraph(graph)));
      expect([...again.of]).toEqual([...first.of]);
    }
    // The largest community comes first; on a tie, the one whose first actor comes first in the graph.
    expect(first.of.get("a1")).toBe(0);
  });

  it("puts each actor of a graph without edges in a community of its own", () => {
    const graph = pathGraph();
    const { sizes } = detectCommunities(projectVisible(graph, { nodes: new Set(graph.nodes()), edges: new Set() }));
    expect(sizes).toEqual([1, 1, 1, 1, 1]);
  });
});
