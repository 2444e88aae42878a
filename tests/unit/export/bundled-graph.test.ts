import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../../src/export/gexf.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { expectSameGraph, readBack } from "./expect-graph.ts";
import { readWithNetworkx, referenceProblems, ROOT, validateWithSchemas } from "./helpers.ts";

const GRAPH_PATH = join(ROOT, "graph-data/graph.json");

describe("the bundled graph's GEXF export", { timeout: 60_000 }, () => {
  const graph = parseGraphFile(readFileSync(GRAPH_PATH, "utf8"), GRAPH_PATH);
  // The CLI's default --graph is the bundled graph.
  const cli = spawnSync(process.execPath, [join(ROOT, "bin/entente.js"), "export", "--format", "gexf"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const text = cli.stdout;

  it("comes out of the CLI identical to the writer's output", () => {
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(text).toBe(writeGexf(graph));
  });

  it("validates against both schemas and passes the reference checks", () => {
    const { xmllint, jing } = validateWithSchemas(text);
    expect([xmllint.ok, jing.ok], `${xmllint.output}\n${jing.output}`).toEqual([true, true]);
    expect(referenceProblems(text)).toEqual([]);
    expect(referenceProblems(writeGexf(graph, { dynamic: false }))).toEqual([]);
  });

  it("round-trips through graphology-gexf with every node, edge and attribute", () => {
    expectSameGraph(readBack(writeGexf(graph, { dynamic: false })), graph);
    expectSameGraph(readBack(text), graph);
  });

  it("is read by networkx with every node and edge, their labels and relation types", () => {
    const view = readWithNetworkx(text);
    expect(Object.keys(view.nodes).sort()).toEqual(graph.nodes().sort());
    expect(view.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    graph.forEachNode((key, a) => expect(view.nodes[key]!.label).toBe(a.label));
    for (const edge of view.edges) expect(edge.data.relation).toBe(graph.getEdgeAttribute(edge.key, "type"));
  });
});
