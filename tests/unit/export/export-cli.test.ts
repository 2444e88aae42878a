import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runExport } from "../../../src/cli/commands/export.ts";
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
  const weights = Object.fromEntries(
    edges.map((e) => [e, predicate.visibleEvidence(graph.getEdgeAttributes(e)).length]),
  );
  return { nodes: nodes.sort(), edges: edges.sort(), weights };
}

describe("entente export", { timeout: 30_000 }, () => {
  it("documents its options in --help", () => {
    const { status, stdout } = entente(["export", "--help"]);
    expect(status).toBe(0);
    for (const option of [
      "--format",
      "--graph",
      "--out",
      "--relations",
      "--node-types",
      "--from",
      "--to",
      "--min-weight",
      "--min-confidence",
      "--static",
      "--undated",
    ])
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
    const { status, stdout } = entente([
      "export",
      "--format",
      "gexf",
      "--graph",
      FIXTURE_PATH,
      "--relations",
      "cooperation,dispute,serves",
      "--from",
      "2014",
      "--to",
      "2023-06",
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(join(GOLDEN_DIR, "small-graph.2014-2023-06.gexf"), "utf8"));
  });

  // The filter logic runs in-process (spawning a CLI per case is slow); one spawned run below checks the flag wiring.
  it.each([
    [{ relations: "cooperation" }, { edgeTypes: ["cooperation"] }],
    [
      { relations: "dispute,alliance", nodeTypes: "state" },
      { edgeTypes: ["dispute", "alliance"], nodeTypes: ["state"] },
    ],
    [{ nodeTypes: "leader" }, { nodeTypes: ["leader"] }],
    [
      { from: "2014", to: "2020" },
      { from: "2014", to: "2020" },
    ],
    [
      { from: "2014", to: "2020", excludeUndated: true },
      { from: "2014", to: "2020", includeUndated: false },
    ],
    [{ to: "2013-11" }, { to: "2013-11" }],
    [
      { from: "2023-01-01", excludeUndated: true },
      { from: "2023-01-01", includeUndated: false },
    ],
    [{ minWeight: "2" }, { minWeight: 2 }],
    [
      { minWeight: "3", relations: "dispute,serves" },
      { minWeight: 3, edgeTypes: ["dispute", "serves"] },
    ],
    [{ minConfidence: "0.9" }, { minConfidence: 0.9 }],
    [
      { minConfidence: "0.82", relations: "cooperation,serves" },
      { minConfidence: 0.82, edgeTypes: ["cooperation", "serves"] },
    ],
    [{ minConfidence: "1" }, { minConfidence: 1 }],
  ] as const)("exports exactly the visible subgraph for %j", (flags, partial) => {
    const { text } = runExport({ format: "gexf", graph: FIXTURE_PATH, undated: "always", static: true, ...flags });
    const parsed = readBack(text);
    const expected = visible(resolveViewFilter(partial as Partial<ViewFilter>));
    expect(parsed.nodes().sort()).toEqual(expected.nodes);
    expect(parsed.edges().sort()).toEqual(expected.edges);
    for (const edge of expected.edges)
      expect(parsed.getEdgeAttribute(edge, "weight"), edge).toBe(expected.weights[edge]);
  });

  it("passes every filter flag through to the same result", () => {
    const flags = [
      "--relations",
      "dispute,serves",
      "--node-types",
      "state,leader",
      "--from",
      "2013",
      "--to",
      "2023-06",
      "--exclude-undated",
      "--min-weight",
      "1",
      "--min-confidence",
      "0.9",
      "--undated",
      "ignore",
      "--static",
    ];
    const { status, stdout } = entente(["export", "--format", "gexf", "--graph", FIXTURE_PATH, ...flags]);
    expect(status).toBe(0);
    const { text } = runExport({
      format: "gexf",
      graph: FIXTURE_PATH,
      relations: "dispute,serves",
      nodeTypes: "state,leader",
      from: "2013",
      to: "2023-06",
      excludeUndated: true,
      minWeight: "1",
      minConfidence: "0.9",
      undated: "ignore",
      static: true,
    });
    expect(stdout).toBe(text);
    const edges = visible(
      resolveViewFilter({
        edgeTypes: ["dispute", "serves"],
        from: "2013",
        to: "2023-06",
        includeUndated: false,
        minConfidence: 0.9,
      }),
    ).edges;
    expect(readBack(stdout).edges().sort()).toEqual(edges);
    // The fixture's dispute Corée du Nord–États-Unis (0.82) falls below 0.9; Japan–Russia (0.981) and the memberships stay.
    expect(edges).toContain("dispute:state:JPN|state:RUS");
    expect(edges).not.toContain("dispute:state:PRK|state:USA");
    expect(stdout).toContain("relations with confidence at least 0.9");
  });

  const corrupt = (
    edit: (data: { nodes: { attributes: Record<string, unknown> }[]; edges: { target: string }[] }) => void,
  ) => {
    const data = JSON.parse(fixtureText());
    edit(data);
    return JSON.stringify(data);
  };

  it.each([
    ["a missing graph file", null, /missing\.json: cannot read the graph file \(no such file\)/],
    ["a file that is not JSON", '{"nodes": [', /graph\.json: not valid JSON/],
    [
      "a schema-invalid file",
      corrupt((d) => (d.nodes[0]!.attributes.type = "city")),
      /graph\.json: nodes\[0\] \(key "state:JPN"\)\.attributes\.type must be equal to one of the allowed values/,
    ],
    [
      "an edge to a missing node",
      corrupt((d) => (d.edges[0]!.target = "state:XXX")),
      /graph\.json: edge "[^"]+": target "state:XXX" is not a node/,
    ],
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
    });
  });

  it("leaves an earlier export untouched when the graph file is broken", () => {
    withTempDir((dir) => {
      const graph = join(dir, "graph.json");
      writeFileSync(graph, "{}");
      const out = join(dir, "out.gexf");
      writeFileSync(out, "previous export");
      const { status, stderr } = entente(["export", "--format", "gexf", "--graph", graph, "--out", out]);
      expect(status).not.toBe(0);
      expect(stderr).toContain(graph);
      expect(readFileSync(out, "utf8")).toBe("previous export");
      expect(readdirSync(dir).sort()).toEqual(["graph.json", "out.gexf"]);
    });
  });

  it.each([
    [["--format", "graphml"], /--format "graphml" is not supported/],
    [["--format", "gexf", "--relations", "war"], /unknown relation type "war"/],
  ])("rejects bad options %j on stderr, exits non-zero and writes no file", (flags, message) => {
    withTempDir((dir) => {
      const out = join(dir, "out.gexf");
      const { status, stderr } = entente(["export", "--graph", FIXTURE_PATH, "--out", out, ...flags]);
      expect(status).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  });

  it.each([
    [{ nodeTypes: "city" }, /unknown node type "city"/],
    [{ from: "hier" }, /from: "hier" is not a date/],
    [{ from: "2020", to: "2019" }, /from \(2020-01-01\) is after to \(2019-12-31\)/],
    [{ minWeight: "many" }, /minWeight: must be a number ≥ 0, got NaN/],
    [{ minWeight: "" }, /minWeight: must be a number ≥ 0, got NaN/],
    [{ minConfidence: "1.5" }, /minConfidence: must be a number from 0 to 1, got 1.5/],
    [{ minConfidence: "high" }, /minConfidence: must be a number from 0 to 1, got NaN/],
    [{ minConfidence: "-0.1" }, /minConfidence: must be a number from 0 to 1, got -0.1/],
    [{ undated: "sometimes" }, /--undated must be "always" or "ignore"/],
  ])("rejects bad options %j naming the problem", (flags, message) => {
    expect(() => runExport({ format: "gexf", graph: FIXTURE_PATH, undated: "always", ...flags })).toThrow(message);
  });
});
