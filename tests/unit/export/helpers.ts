/**
 * Test helpers for the GEXF export: the fixture graph, and the external checkers (xmllint and jing against the
 * copied schemas, the stdlib-only reference checker, networkx), each run on a temporary file.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURE_PATH = join(ROOT, "tests/fixtures/small-graph.json");
export const GOLDEN_DIR = join(ROOT, "tests/fixtures/gexf");
const SCHEMA_DIR = join(ROOT, "tests/fixtures/gexf-schema");
const CHECKER = fileURLToPath(new URL("./gexf_check.py", import.meta.url));

export function fixtureText(): string {
  return readFileSync(FIXTURE_PATH, "utf8");
}

export function loadFixture(): EntenteGraph {
  return parseGraphFile(fixtureText(), FIXTURE_PATH);
}

/** Runs `body` with a fresh temporary folder, removed afterwards. */
export function withTempDir<T>(body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "entente-gexf-"));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withTempFile<T>(text: string, body: (path: string) => T): T {
  return withTempDir((dir) => {
    const path = join(dir, "graph.gexf");
    writeFileSync(path, text);
    return body(path);
  });
}

export interface ToolResult {
  ok: boolean;
  output: string;
}

function run(command: string, args: string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) throw result.error;
  // jing prints harmless classpath warnings on stderr; only its exit status and error lines matter.
  const output = `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.includes("Unable to locate"))
    .join("\n");
  return { ok: result.status === 0, output };
}

/** Validates GEXF text with xmllint (RELAX NG, allows xsi:*) and jing (the normative compact schema). */
export function validateWithSchemas(text: string): { xmllint: ToolResult; jing: ToolResult } {
  return withTempFile(text, (path) => ({
    xmllint: run("xmllint", ["--noout", "--nonet", "--relaxng", join(SCHEMA_DIR, "local/gexf-1.3-allow-xsi.rng"), path]),
    jing: run("jing", ["-c", join(SCHEMA_DIR, "1.3/gexf.rnc"), path]),
  }));
}

/** What the schemas do not check: references, unique ids and (pair, kind), weights, time values. */
export function referenceProblems(text: string): string[] {
  return withTempFile(text, (path) => {
    const output = execFileSync("python3", [CHECKER, path], { encoding: "utf8" });
    return (JSON.parse(output) as { problems: string[] }).problems;
  });
}

/** What networkx 3 reads from a GEXF file, as JSON-friendly data. */
export interface NetworkxView {
  version: string;
  graphClass: string;
  mode: string;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; key: string; data: Record<string, unknown> }[];
}

const NETWORKX_SCRIPT = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
def plain(v):
    if isinstance(v, tuple): return [plain(x) for x in v]
    if isinstance(v, list): return [plain(x) for x in v]
    if isinstance(v, dict): return {k: plain(x) for k, x in v.items()}
    return v
print(json.dumps({
    "version": nx.__version__,
    "graphClass": type(g).__name__,
    "mode": g.graph.get("mode"),
    "nodes": {n: plain(d) for n, d in g.nodes(data=True)},
    # networkx turns a file without parallel edges into a simple Graph; the GEXF id is then only in the data.
    "edges": [{"source": u, "target": v, "key": d["id"], "data": plain(d)} for u, v, d in g.edges(data=True)],
}))
`;

export function readWithNetworkx(text: string): NetworkxView {
  return withTempFile(text, (path) => JSON.parse(execFileSync("python3", ["-c", NETWORKX_SCRIPT, path], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as NetworkxView);
}
