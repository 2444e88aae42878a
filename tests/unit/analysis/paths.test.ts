import { describe, expect, it } from "vitest";
import { egoNetwork, pairKey, projectVisible, shortestPaths, wholeGraph } from "../../../src/analysis/index.ts";
import { pathGraph, relationGraph, starGraph, twoCliques } from "./fixtures.ts";

describe("shortest paths on the visible graph", () => {
  it("follows a path graph end to end", () => {
    const graph = pathGraph();
    const result = shortestPaths(projectVisible(graph, wholeGraph(graph)), "a", "e");
    expect(result.length).toBe(4);
    expect(result.paths).toEqual([["a", "b", "c", "d", "e"]]);
    expect(result.pairs).toEqual(new Set([pairKey("a", "b"), pairKey("b", "c"), pairKey("c", "d"), pairKey("d", "e")]));
  });

  it("lists every shortest path when there are several, sorted", () => {
    // A square a — b — d and a — c — d: two paths of two hops.
    const graph = relationGraph(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "d"],
        ["a", "c"],
        ["c", "d"],
      ],
    );
    const result = shortestPaths(projectVisible(graph, wholeGraph(graph)), "a", "d");
    expect(result.paths).toEqual([
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]);
    expect(result.count).toBe(2);
    expect(result.nodes).toEqual(new Set(["a", "b", "c", "d"]));
  });

  it("counts parallel relations between two actors as one hop", () => {
    const graph = relationGraph(
      ["a", "b"],
      [
        ["a", "b", "cooperation"],
        ["a", "b", "dispute"],
      ],
    );
    const projected = projectVisible(graph, wholeGraph(graph));
    expect(shortestPaths(projected, "a", "b").length).toBe(1);
    expect(projected.getEdgeAttributes("a", "b").edges).toEqual(["cooperation:a|b", "dispute:a|b"]);
  });

  it("goes around what is hidden, and says when nothing connects the actors", () => {
    const graph = twoCliques();
    const all = wholeGraph(graph);
    expect(shortestPaths(projectVisible(graph, all), "a2", "b2").paths).toEqual([["a2", "a1", "b1", "b2"]]);
    const noBridge = { nodes: all.nodes, edges: new Set([...all.edges].filter((e) => e !== "cooperation:a1|b1")) };
    const result = shortestPaths(projectVisible(graph, noBridge), "a2", "b2");
    expect(result.length).toBeNull();
    expect(result.paths).toEqual([]);
  });

  it("caps the listed paths but counts them all", () => {
    // Two hubs joined through 20 middle actors: 20 shortest paths.
    const middles = Array.from({ length: 20 }, (_, i) => `m${String(i).padStart(2, "0")}`);
    const graph = relationGraph(
      ["s", "t", ...middles],
      middles.flatMap((m) => [["s", m] as const, [m, "t"] as const]),
    );
    const result = shortestPaths(projectVisible(graph, wholeGraph(graph)), "s", "t", 5);
    expect(result.count).toBe(20);
    expect(result.paths.map((p) => p[1])).toEqual(["m00", "m01", "m02", "m03", "m04"]);
  });

  it("refuses an actor that is not visible, naming it", () => {
    const graph = pathGraph();
    const projected = projectVisible(graph, { nodes: new Set(["a", "b"]), edges: new Set(["cooperation:a|b"]) });
    expect(() => shortestPaths(projected, "a", "e")).toThrow(/"e" is not in the visible graph/);
  });
});

describe("ego networks", () => {
  it("grows ring by ring along a path", () => {
    const graph = pathGraph();
    const projected = projectVisible(graph, wholeGraph(graph));
    expect([...egoNetwork(projected, "c", 1)]).toEqual([
      ["c", 0],
      ["b", 1],
      ["d", 1],
    ]);
    expect(new Set(egoNetwork(projected, "a", 3).keys())).toEqual(new Set(["a", "b", "c", "d"]));
  });

  it("reaches every leaf of a star in one hop and the other leaves in two", () => {
    const graph = starGraph();
    const projected = projectVisible(graph, wholeGraph(graph));
    expect(egoNetwork(projected, "l1", 1).size).toBe(2);
    expect(egoNetwork(projected, "l1", 2).size).toBe(6);
  });

  it("refuses a depth that is not a whole number", () => {
    const graph = starGraph();
    expect(() => egoNetwork(projectVisible(graph, wholeGraph(graph)), "hub", 1.5)).toThrow(/depth/);
  });
});
