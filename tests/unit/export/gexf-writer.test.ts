import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GexfExportError, resolveGexfOptions, writeGexf } from "../../../src/export/gexf.ts";
import { createGraph } from "../../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { GOLDEN_DIR, loadFixture } from "./helpers.ts";
import { EDGE_TYPE_LOOKS, NODE_TYPE_LOOKS } from "../../fixtures/type-looks.ts";

/** Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff. */
function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

/** The same graph with nodes and edges inserted in reverse order. */
function reversed(graph: EntenteGraph): EntenteGraph {
  const copy = createGraph();
  copy.replaceAttributes(structuredClone(graph.getAttributes()));
  for (const node of [...graph.nodes()].reverse()) copy.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  for (const edge of [...graph.edges()].reverse())
    copy.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), structuredClone(graph.getEdgeAttributes(edge)));
  return copy;
}

describe("GEXF writer", () => {
  it.each([
    ["small-graph.gexf", {}],
    ["small-graph.static.gexf", { dynamic: false }],
    ["small-graph.undated-ignored.gexf", { undated: "ignore" }],
  ] as const)("writes the fixture exactly as the golden file %s", (name, options) => {
    expectGolden(name, writeGexf(loadFixture(), options));
  });

  it("gives the same bytes for the same graph, whatever the insertion order", () => {
    const graph = loadFixture();
    const first = writeGexf(graph);
    expect(writeGexf(graph)).toBe(first);
    expect(writeGexf(reversed(graph))).toBe(first);
  });

  it("takes lastmodifieddate from the latest article, not the clock", () => {
    expect(writeGexf(loadFixture())).toContain('<meta lastmodifieddate="2023-01-01">');
    const graph = loadFixture();
    graph.setAttribute("articles", [
      ...graph.getAttribute("articles"),
      { ...graph.getAttribute("articles")[0]!, id: "z", date: "2024-02-29", datePrecision: "day" },
    ]);
    expect(writeGexf(graph)).toContain('<meta lastmodifieddate="2024-02-29">');
  });

  it("declares GEXF 1.3 with the viz namespace, undirected edges and a date timeline", () => {
    const text = writeGexf(loadFixture());
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(text).toContain(
      '<graph defaultedgetype="undirected" idtype="string" mode="dynamic" timeformat="date" timezone="UTC">',
    );
    expect(text).not.toMatch(/<edge [^>]*\stype=/);
    expect(writeGexf(loadFixture(), { dynamic: false })).not.toMatch(/timeformat|start=|end=|<spell/);
  });

  it("colours and sizes every node and edge by its type, as the explorer draws it", () => {
    const graph = loadFixture();
    const text = writeGexf(graph);
    const color = ({ r, g, b }: { r: number; g: number; b: number }) => `<viz:color r="${r}" g="${g}" b="${b}"/>`;
    const element = (tag: string, key: string) => {
      const start = text.indexOf(`<${tag} id="${key}"`);
      return text.slice(start, text.indexOf(`</${tag}>`, start));
    };
    graph.forEachNode((key, { type }) => {
      const node = element("node", key);
      expect(node).toContain(color(NODE_TYPE_LOOKS[type].rgb));
      const size = Number(/<viz:size value="([^"]+)"/.exec(node)![1]);
      expect(size).toBeGreaterThanOrEqual(NODE_TYPE_LOOKS[type].sizes[0]);
      expect(size).toBeLessThanOrEqual(NODE_TYPE_LOOKS[type].sizes[1]);
    });
    graph.forEachEdge((key, { type }) => expect(element("edge", key)).toContain(color(EDGE_TYPE_LOOKS[type].rgb)));
  });

  it("writes positions only for nodes that have both coordinates", () => {
    const graph = loadFixture();
    graph.mergeNodeAttributes("state:JPN", { x: 1.5, y: -2 });
    graph.mergeNodeAttributes("state:RUS", { x: 3 });
    const text = writeGexf(graph);
    expect(text.match(/<viz:position /g)).toHaveLength(1);
    expect(text).toContain('<viz:position x="1.5" y="-2"/>');
  });

  it("refuses two edges of one type between one pair, which Gephi would merge", () => {
    const graph = loadFixture();
    graph.addEdgeWithKey(
      "cooperation:again",
      "state:RUS",
      "state:JPN",
      structuredClone(graph.getEdgeAttributes("cooperation:state:JPN|state:RUS")),
    );
    expect(() => writeGexf(graph)).toThrow(
      /edges "cooperation:state:JPN\|state:RUS" and "cooperation:again" are both "cooperation"/,
    );
  });

  it("refuses a zero weight, which Gephi would delete", () => {
    const graph = loadFixture();
    graph.setEdgeAttribute("alliance:state:JPN|state:USA", "weight", 0);
    expect(() => writeGexf(graph)).toThrow(GexfExportError);
  });

  it.each([
    [{ dynamic: "yes" }, /options\.dynamic must be a boolean/],
    [{ undated: "never" }, /options\.undated must be "always" or "ignore"/],
    [{ pretty: 1 }, /options\.pretty must be a boolean/],
  ])("rejects invalid options %j naming the field", (partial, message) => {
    // Deliberately ill-typed input, as from untyped callers.
    expect(() => resolveGexfOptions(partial as never)).toThrow(message);
  });
});
