import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../../src/export/gexf.ts";
import { createViewPredicate, resolveViewFilter, type ViewFilter } from "../../../src/model/filter.ts";
import { readBack } from "./expect-graph.ts";
import { FIXTURE_PATH, fixtureText, GOLDEN_DIR, loadFixture, ROOT, withTempDir } from "./helpers.ts";

function entente(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/entente.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Visible node and edge keys computed straight from the shared predicate, independently of `filterGraph`. */
function visible(filter: ViewFilter) {
  const graph = loadFixture();
  const predicate = createViewPredicate(graph.getAttribute("articles"), filter);
  const nodes = graph.filterNodes((_, a) => predicate.nodeVisible(a));
  const shown = new Set(nodes);
  const edges = graph.filterEdges((_, a, s, t) => predicate.edgeVisible(a, shown.has(s), shown.has(t)));
  const weights = Object.fromEntries(edges.map((e) => [e, predicate.visibleEvidence(graph.getEdgeAttributes(e)).length]));
  return { nodes: nodes.sort(), edges: edges.sort(), weights };
}

describe("entente export", { timeout: 30_000 }, () => {
  it("documents its options in --help", () => {
    const { status, stdout } = entente(["export", "--help"]);
    expect(status).toBe(0);
    for (const option of ["--format", "--graph", "--out", "--relations", "--node-types", "--from", "--to", "--min-weight", "--static", "--undated"])
      expect(stdout).toContain(option);
  });

  it("writes the same bytes to a file and to stdout as the writer does", () => {
    withTempDir((dir) => {
      const out = join(dir, "nested/graph.gexf");
      const toFile = entente(["export", "--format", "gexf", "--graph", FIXTURE_PATH, "--out", out]);
      expect(toFile).toMatchObject({ status: 0, stdout: "", stderr: "" });
      const toStdout = entente(["export", "--format", "gexf", "--graph", FIXTURE_PATH]);
      expect(toStdout.status).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(writeGexf(loadFixture()));
      expect(toStdout.stdout).toBe(writeGexf(loadFixture()));
      // Atomic write: nothing but the output is left in the folder.
      expect(readdirSync(join(dir, "nested"))).toEqual(["graph.gexf"]);
    });
  });

  it("writes a filtered view exactly as the golden file", () => {
    const { status, stdout } = entente(["export", "--format", "gexf", "--graph", FIXTURE_PATH, "--relations", "cooperation,dispute,serves", "--from", "2014", "--to", "2023-06"]);
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(join(GOLDEN_DIR, "small-graph.2014-2023-06.gexf"), "utf8"));
  });

  it.each([
    [["--relations", "cooperation"], { edgeTypes: ["cooperation"] }],
    [["--relations", "dispute,alliance", "--node-types", "state"], { edgeTypes: ["dispute", "alliance"], nodeTypes: ["state"] }],
    [["--node-types", "leader"], { nodeTypes: ["leader"] }],
    [["--from", "2014", "--to", "2020"], { from: "2014", to: "2020" }],
    [["--from", "2014", "--to", "2020", "--exclude-undated"], { from: "2014", to: "2020", includeUndated: false }],
    [["--to", "2013-11"], { to: "2013-11" }],
    [["--from", "2023-01-01", "--exclude-undated"], { from: "2023-01-01", includeUndated: false }],
    [["--min-weight", "2"], { minWeight: 2 }],
    [["--min-weight", "3", "--relations", "dispute,serves"], { minWeight: 3, edgeTypes: ["dispute", "serves"] }],
  ] as const)("exports exactly the visible subgraph for %j", (flags, partial) => {
    const { status, stdout, stderr } = entente(["export", "--format", "gexf", "--graph", FIXTURE_PATH, "--static", ...flags]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const parsed = readBack(stdout);
    const expected = visible(resolveViewFilter(partial as Partial<ViewFilter>));
    expect(parsed.nodes().sort()).toEqual(expected.nodes);
    expect(parsed.edges().sort()).toEqual(expected.edges);
    for (const edge of expected.edges) expect(parsed.getEdgeAttribute(edge, "weight"), edge).toBe(expected.weights[edge]);
  });

  const corrupt = (edit: (data: { nodes: { attributes: Record<string, unknown> }[]; edges: { target: string }[] }) => void) => {
    const data = JSON.parse(fixtureText());
    edit(data);
    return JSON.stringify(data);
  };

  it.each([
    ["a missing graph file", null, /missing\.json: cannot read the graph file \(no such file\)/],
    ["a file that is not JSON", '{"nodes": [', /graph\.json: not valid JSON/],
    ["a schema-invalid file", corrupt((d) => (d.nodes[0]!.attributes.type = "city")), /graph\.json: nodes\[0\] \(key "state:JPN"\)\.attributes\.type must be equal to one of the allowed values/],
    ["an edge to a missing node", corrupt((d) => (d.edges[0]!.target = "state:XXX")), /graph\.json: edge "[^"]+": target "state:XXX" is not a node/],
  ])("reports %s on stderr, exits non-zero and writes no file", (_name, content, message) => {
    withTempDir((dir) => {
      const graph = join(dir, content === null ? "missing.json" : "graph.json");
      if (content !== null) writeFileSync(graph, content);
      const out = join(dir, "out.gexf");
      const fresh = entente(["export", "--format", "gexf", "--graph", graph, "--out", out]);
      expect(fresh.status).not.toBe(0);
      expect(fresh.stderr).toMatch(/^entente export: /);
      expect(fresh.stderr).toMatch(message);
      expect(fresh.stdout).toBe("");
      expect(existsSync(out)).toBe(false);
      // An earlier export at the same path is left untouched.
      writeFileSync(out, "previous export");
      expect(entente(["export", "--format", "gexf", "--graph", graph, "--out", out]).status).not.toBe(0);
      expect(readFileSync(out, "utf8")).toBe("previous export");
    });
  });

  it.each([
    [["--format", "graphml"], /--format "graphml" is not supported/],
    [["--format", "gexf", "--relations", "war"], /unknown relation type "war"/],
    [["--format", "gexf", "--node-types", "city"], /unknown node type "city"/],
    [["--format", "gexf", "--from", "hier"], /from: "hier" is not a date/],
    [["--format", "gexf", "--from", "2020", "--to", "2019"], /from \(2020-01-01\) is after to \(2019-12-31\)/],
    [["--format", "gexf", "--min-weight", "many"], /minWeight: must be a number ≥ 0, got NaN/],
    [["--format", "gexf", "--undated", "sometimes"], /--undated must be "always" or "ignore"/],
  ])("rejects bad options %j with a clear message and no file", (flags, message) => {
    withTempDir((dir) => {
      const out = join(dir, "out.gexf");
      const { status, stderr } = entente(["export", "--graph", FIXTURE_PATH, "--out", out, ...flags]);
      expect(status).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  });
});
