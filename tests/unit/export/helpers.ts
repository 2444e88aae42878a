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

/** Writes each text to its own file in a temporary folder and runs `body` on the paths, in the same order. */
function withTempFiles<T>(texts: readonly string[], body: (paths: string[]) => T): T {
  return withTempDir((dir) => {
    const paths = texts.map((text, i) => {
      const path = join(dir, `export-${i}.gexf`);
      writeFileSync(path, text);
      return path;
    });
    return body(paths);
  });
}

export interface ToolResult {
  ok: boolean;
  output: string;
}

function run(command: string, args: string[]): { status: number | null; lines: string[] } {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  // jing prints harmless classpath warnings on stderr; only its exit status and error lines matter.
  const lines = `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.includes("Unable to locate"));
  return { status: result.status, lines };
}

export interface SchemaResults {
  xmllint: ToolResult;
  jing: ToolResult;
}

/**
 * Validates GEXF texts with xmllint (RELAX NG, allows xsi:*) and jing (the normative compact schema); one process per
 * tool for the whole batch, since starting them (jing's JVM above all) costs far more than validating.
 */
export function validateAllWithSchemas(texts: readonly string[]): SchemaResults[] {
  return withTempFiles(texts, (paths) => {
    const xmllint = run("xmllint", [
      "--noout",
      "--nonet",
      "--relaxng",
      join(SCHEMA_DIR, "local/gexf-1.3-allow-xsi.rng"),
      ...paths,
    ]);
    const jing = run("jing", ["-c", join(SCHEMA_DIR, "1.3/gexf.rnc"), ...paths]);
    // "export-1.gexf" is a prefix of "export-10.gexf": match the separator that follows the path too.
    const about = (path: string) => (line: string) => line.startsWith(`${path}:`) || line.startsWith(`${path} `);
    const jingUnattributed = jing.status !== 0 && !paths.some((path) => jing.lines.some(about(path)));
    return paths.map((path) => {
      const xmllintLines = xmllint.lines.filter(about(path));
      const jingLines = jing.lines.filter(about(path));
      return {
        xmllint: { ok: xmllintLines.join("\n") === `${path} validates`, output: xmllintLines.join("\n") },
        jing: {
          ok: jingLines.length === 0 && !jingUnattributed,
          output: jingUnattributed ? jing.lines.join("\n") : jingLines.join("\n"),
        },
      };
    });
  });
}

export function validateWithSchemas(text: string): SchemaResults {
  return validateAllWithSchemas([text])[0]!;
}

/** What the schemas do not check, per text: references, unique ids and (pair, kind), weights, time values. */
export function allReferenceProblems(texts: readonly string[]): string[][] {
  return withTempFiles(texts, (paths) => {
    const output = execFileSync("python3", [CHECKER, ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    return (JSON.parse(output) as { problems: string[] }[]).map((result) => result.problems);
  });
}

export function referenceProblems(text: string): string[] {
  return allReferenceProblems([text])[0]!;
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
def plain(v):
    if isinstance(v, tuple): return [plain(x) for x in v]
    if isinstance(v, list): return [plain(x) for x in v]
    if isinstance(v, dict): return {k: plain(x) for k, x in v.items()}
    return v
def view(g):
    return {
        "version": nx.__version__,
        "graphClass": type(g).__name__,
        "mode": g.graph.get("mode"),
        "nodes": {n: plain(d) for n, d in g.nodes(data=True)},
        # networkx turns a file without parallel edges into a simple Graph; the GEXF id is then only in the data.
        "edges": [{"source": u, "target": v, "key": d["id"], "data": plain(d)} for u, v, d in g.edges(data=True)],
    }
print(json.dumps([view(nx.read_gexf(path)) for path in sys.argv[1:]]))
`;

/** Reads each text with networkx, in one Python process. */
export function readAllWithNetworkx(texts: readonly string[]): NetworkxView[] {
  return withTempFiles(
    texts,
    (paths) =>
      JSON.parse(
        execFileSync("python3", ["-c", NETWORKX_SCRIPT, ...paths], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }),
      ) as NetworkxView[],
  );
}

export function readWithNetworkx(text: string): NetworkxView {
  return readAllWithNetworkx([text])[0]!;
}
