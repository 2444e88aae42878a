import { describe, expect, it } from "vitest";
import { parseEvidence } from "../../../src/export/gexf-attributes.ts";
import { writeGexf } from "../../../src/export/gexf.ts";
import { expectedEvidence, expectSameGraph, readBack } from "./expect-graph.ts";
import { loadFixture, readAllWithNetworkx, readWithNetworkx } from "./helpers.ts";
import { exportVariant, fixtureWithPositions, HOSTILE, hostileGraph, variants } from "./variants.ts";
import { NODE_TYPE_LOOKS } from "../../fixtures/type-looks.ts";

describe("graphology-gexf reads the export back whole", { timeout: 30_000 }, () => {
  it.each([
    ["the static export", loadFixture(), { dynamic: false }],
    ["the dynamic export (time is ignored, the rest kept)", loadFixture(), {}],
    ["positions from the layout", fixtureWithPositions(), { dynamic: false }],
    ["hostile strings", hostileGraph(), { dynamic: false }],
  ] as const)("%s", (_name, graph, options) => {
    expectSameGraph(readBack(writeGexf(graph, options)), graph);
  });

  it("keeps cooperation and dispute between Japan and Russia as two edges", () => {
    const parsed = readBack(writeGexf(loadFixture()));
    expect(
      parsed
        .edges("state:JPN", "state:RUS")
        .map((e) => parsed.getEdgeAttribute(e, "kind"))
        .sort(),
    ).toEqual(["cooperation", "dispute"]);
  });

  it("escapes markup instead of letting it through", () => {
    const text = writeGexf(hostileGraph());
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("<img");
    for (const control of ["\u0001", "\u0008", "\u000b"]) expect(text).not.toContain(control);
    const parsed = readBack(text);
    // Characters XML 1.0 cannot carry become U+FFFD; everything else is kept exactly.
    expect(parsed.getNodeAttribute("state:JPN", "label")).toBe("A & B <C> \"D\" 'E' \uFFFD\uFFFD end");
    expect(parsed.getNodeAttribute("state:JPN", "aliases")).toEqual([HOSTILE.alias, "Japon"]);
  });
});

describe("networkx 3 reads the export", { timeout: 30_000 }, () => {
  it.each([
    ["dynamic", {}],
    ["static", { dynamic: false }],
  ] as const)("the %s fixture export, with every node, edge, label and attribute", (mode, options) => {
    const source = loadFixture();
    const view = readWithNetworkx(writeGexf(source, options));
    expect(view.version).toMatch(/^3\./);
    expect(view.graphClass).toBe("MultiGraph");
    expect(view.mode).toBe(mode);
    expect(Object.keys(view.nodes).sort()).toEqual(source.nodes().sort());
    expect(view.edges.map((e) => e.key).sort()).toEqual(source.edges().sort());
    source.forEachNode((key, a) => {
      const node = view.nodes[key]!;
      expect(node.label).toBe(a.label);
      expect(node.nodeType).toBe(a.type);
      expect(node.mentions).toBe(a.mentions);
      expect(JSON.parse(node.aliases as string)).toEqual(a.aliases);
      expect((node.viz as { color: unknown }).color).toEqual({ ...NODE_TYPE_LOOKS[a.type].rgb, a: 1 });
    });
    for (const edge of view.edges) {
      const a = source.getEdgeAttributes(edge.key);
      expect([edge.source, edge.target].sort()).toEqual([source.source(edge.key), source.target(edge.key)].sort());
      expect(edge.data.relation).toBe(a.type);
      expect(edge.data.weight).toBe(a.weight);
      expect(edge.data.evidenceCount).toBe(a.evidence.length);
      expect(parseEvidence(edge.data.evidence as string)).toEqual(expectedEvidence(source, edge.key));
    }
  });

  it("reads month and year dates as the whole period, and undated evidence as no time bounds", () => {
    const view = readWithNetworkx(writeGexf(loadFixture()));
    const edge = (key: string) => view.edges.find((e) => e.key === key)!.data;
    expect(edge("cooperation:state:JPN|state:RUS").spells).toEqual([
      ["2013-11-01", "2013-11-30"],
      ["2017-04-27", "2017-04-27"],
    ]);
    expect(edge("cooperation:state:PRK|state:RUS")).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
    expect(edge("dispute:state:JPN|state:RUS")).not.toHaveProperty("start");
    expect(edge("dispute:state:JPN|state:RUS")).not.toHaveProperty("spells");
  });

  it("reads every node and edge of every export variant", () => {
    const all = variants();
    const views = readAllWithNetworkx(all.map(exportVariant));
    all.forEach((variant, i) => {
      expect(Object.keys(views[i]!.nodes).sort(), variant.name).toEqual(variant.graph.nodes().sort());
      expect(views[i]!.edges.map((e) => e.key).sort(), variant.name).toEqual(variant.graph.edges().sort());
    });
  });
});
