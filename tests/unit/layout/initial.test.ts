import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeNodeSizes, NODE_SIZE_RANGE } from "../../../src/appearance/index.ts";
import {
  assignInitialLayout,
  computeInitialLayout,
  LayoutOptionsError,
  resolveInitialLayoutOptions,
} from "../../../src/layout/index.ts";
import { createGraph, parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { createRng } from "../../../src/layout/rng.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");

/** The fixture's nodes and edges re-added in reverse order: same content, different insertion order. */
function reversedFixture(): EntenteGraph {
  const source = parseGraphFile(fixtureText);
  const copy = createGraph();
  copy.replaceAttributes(source.getAttributes());
  for (const key of [...source.nodes()].reverse()) copy.addNode(key, source.getNodeAttributes(key));
  for (const key of [...source.edges()].reverse())
    copy.addEdgeWithKey(key, source.source(key), source.target(key), source.getEdgeAttributes(key));
  return copy;
}

/** A random graph of states, leaders and relations, built from a seeded generator. */
function syntheticGraph(states: number, seed = 1): EntenteGraph {
  const rng = createRng(seed);
  const graph = createGraph();
  graph.replaceAttributes({ name: "synthetic", articles: [] });
  const base = { aliases: [], mentions: 1, articles: [] };
  for (let i = 0; i < states; i++) {
    graph.addNode(`state:S${i}`, {
      ...base,
      type: "state",
      label: `S${i}`,
      iso2: null,
      iso3: `S${i}`,
      nameEn: `S${i}`,
    });
    graph.addNode(`leader:l${i}`, { ...base, type: "leader", label: `L${i}`, state: `state:S${i}`, roles: [] });
    graph.addEdge(`leader:l${i}`, `state:S${i}`, { ...edge(1), type: "serves", roles: [] });
  }
  for (let i = 0; i < states * 2; i++) {
    const a = Math.floor(rng() * states);
    const b = Math.floor(rng() * states);
    if (a !== b)
      graph.addEdge(`state:S${a}`, `state:S${b}`, {
        ...edge(1 + Math.floor(rng() * 5)),
        type: "cooperation",
        confidence: 0.9,
        rules: [],
      });
  }
  return graph;
}

function edge(weight: number) {
  return { weight, evidence: [], firstDate: null, lastDate: null, articles: [] };
}

describe("computeInitialLayout", () => {
  it("gives every node a finite position", () => {
    const graph = parseGraphFile(fixtureText);
    const positions = computeInitialLayout(graph);
    expect([...positions.keys()].sort()).toEqual(graph.nodes().sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  it("returns the same positions for the same graph, whatever order it was built in", () => {
    const first = computeInitialLayout(parseGraphFile(fixtureText));
    const again = computeInitialLayout(parseGraphFile(fixtureText));
    const reordered = computeInitialLayout(reversedFixture());
    expect([...again]).toEqual([...first]);
    expect(Object.fromEntries(reordered)).toEqual(Object.fromEntries(first));
  });

  it("changes with the seed", () => {
    const graph = parseGraphFile(fixtureText);
    const a = computeInitialLayout(graph, { seed: "a" });
    const b = computeInitialLayout(graph, { seed: "b" });
    expect([...a.values()]).not.toEqual([...b.values()]);
  });

  it("does not touch the input graph", () => {
    const graph = parseGraphFile(fixtureText);
    computeInitialLayout(graph);
    graph.forEachNode((_key, attributes) => {
      expect(attributes.x).toBeUndefined();
      expect(attributes.y).toBeUndefined();
    });
  });

  it("keeps nodes apart after overlap removal", () => {
    const graph = syntheticGraph(60);
    const positions = computeInitialLayout(graph);
    const sizes = computeNodeSizes(graph);
    const keys = [...positions.keys()];
    let overlaps = 0;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const p = positions.get(keys[i]!)!;
        const q = positions.get(keys[j]!)!;
        if (Math.hypot(p.x - q.x, p.y - q.y) < sizes.get(keys[i]!)! + sizes.get(keys[j]!)!) overlaps++;
      }
    expect(overlaps).toBe(0);
  });

  it("keeps leaders nearer their own state than the average node", () => {
    const graph = syntheticGraph(40);
    const positions = computeInitialLayout(graph);
    let leaderDistance = 0;
    let anyDistance = 0;
    for (let i = 0; i < 40; i++) {
      const leader = positions.get(`leader:l${i}`)!;
      const own = positions.get(`state:S${i}`)!;
      const other = positions.get(`state:S${(i + 17) % 40}`)!;
      leaderDistance += Math.hypot(leader.x - own.x, leader.y - own.y);
      anyDistance += Math.hypot(leader.x - other.x, leader.y - other.y);
    }
    expect(leaderDistance).toBeLessThan(anyDistance / 2);
  });

  it("keeps isolated actors on a ring close to the connected part instead of far away", () => {
    const graph = syntheticGraph(30);
    const base = { aliases: [], mentions: 1, articles: [] };
    for (const code of ["ZZA", "ZZB"])
      graph.addNode(`state:${code}`, { ...base, type: "state", label: code, iso2: null, iso3: code, nameEn: code });
    const positions = computeInitialLayout(graph);
    const connected = [...positions].filter(([key]) => graph.degree(key) > 0).map(([, p]) => p);
    const cx = connected.reduce((s, p) => s + p.x, 0) / connected.length;
    const cy = connected.reduce((s, p) => s + p.y, 0) / connected.length;
    const radius = Math.max(...connected.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    for (const code of ["ZZA", "ZZB"]) {
      const p = positions.get(`state:${code}`)!;
      expect(Math.hypot(p.x - cx, p.y - cy)).toBeLessThan(radius * 1.3);
    }
  });

  it("handles an empty graph, a single node and a graph without edges", () => {
    const empty = createGraph();
    expect(computeInitialLayout(empty).size).toBe(0);
    const lonely = syntheticGraph(1);
    lonely.clearEdges();
    lonely.dropNode("leader:l0");
    expect(computeInitialLayout(lonely).get("state:S0")).toEqual({ x: 0, y: 0 });
    const scattered = syntheticGraph(5);
    scattered.clearEdges();
    for (const { x, y } of computeInitialLayout(scattered).values()) expect(Number.isFinite(x + y)).toBe(true);
  });
});

describe("assignInitialLayout", () => {
  it("writes the computed positions onto the nodes", () => {
    const graph = parseGraphFile(fixtureText);
    const expected = computeInitialLayout(graph, { seed: 7 });
    assignInitialLayout(graph, { seed: 7 });
    for (const [key, point] of expected) {
      expect(graph.getNodeAttribute(key, "x")).toBe(point.x);
      expect(graph.getNodeAttribute(key, "y")).toBe(point.y);
    }
  });
});

describe("layout options", () => {
  it.each([
    [{ iterations: -1 }, /layout: iterations/],
    [{ iterations: 1.5 }, /layout: iterations/],
    [{ extent: 0 }, /layout: extent/],
    [{ margin: Number.NaN }, /layout: margin/],
    [{ seed: Number.POSITIVE_INFINITY }, /layout: seed/],
  ])("rejects %o naming the field", (partial, message) => {
    expect(() => resolveInitialLayoutOptions(partial)).toThrow(LayoutOptionsError);
    expect(() => resolveInitialLayoutOptions(partial)).toThrow(message);
  });
});

describe("computeNodeSizes", () => {
  it("sizes nodes within their type's range, bigger with more relation weight", () => {
    const graph = parseGraphFile(fixtureText);
    const sizes = computeNodeSizes(graph);
    graph.forEachNode((key, { type }) => {
      const [low, high] = NODE_SIZE_RANGE[type];
      expect(sizes.get(key)).toBeGreaterThanOrEqual(low);
      expect(sizes.get(key)).toBeLessThanOrEqual(high);
    });
    expect(sizes.get("state:RUS")).toBeGreaterThan(sizes.get("state:USA")!);
    expect(sizes.get("state:RUS")).toBe(NODE_SIZE_RANGE.state[1]);
  });
});
