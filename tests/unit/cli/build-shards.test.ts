import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.ts";

const committed = join(ROOT, "graph-data/graph.json");

describe("entente build --evidence-shards", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-shards-"));
  const out = join(dir, "g.json");
  const folder = join(dir, "g.evidence");

  it("writes a summary and its shards beside it, the same bytes on every build", () => {
    const first = runCli(["build", "--out", out, "--evidence-shards", "always", "--no-cache"]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`evidence: 1 shards in ${folder}`);
    const summary = readFileSync(out, "utf8");
    const index = (
      JSON.parse(summary) as { attributes: { evidenceShards: { folder: string; files: { file: string }[] } } }
    ).attributes.evidenceShards;
    expect(index.folder).toBe("g.evidence");
    expect(readdirSync(folder).sort()).toEqual(index.files.map((f) => f.file).sort());
    const shards = readdirSync(folder).map((f) => readFileSync(join(folder, f), "utf8"));
    expect(runCli(["build", "--out", out, "--evidence-shards", "always", "--no-cache", "--quiet"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(summary);
    expect(readdirSync(folder).map((f) => readFileSync(join(folder, f), "utf8"))).toEqual(shards);
  });

  it("reads a sharded graph transparently: GEXF export equals the single file's, every sentence included", () => {
    const sharded = runCli(["export", "--format", "gexf", "--graph", out]);
    const single = runCli(["export", "--format", "gexf", "--graph", committed]);
    expect(sharded.status).toBe(0);
    expect(sharded.stdout).toBe(single.stdout);
    const graph = JSON.parse(readFileSync(committed, "utf8")) as {
      edges: { attributes: { evidence: { sentence: string }[] } }[];
    };
    const sentence = graph.edges[0]!.attributes.evidence[0]!.sentence;
    expect(sharded.stdout).toContain(sentence.slice(0, 40).replace(/&/g, "&amp;").replace(/</g, "&lt;"));
    // eval reads it too
    expect(runCli(["eval", "--graph", out, "--json"]).status).not.toBe(2);
  });

  it("refuses a corrupt or missing shard, naming the file, and exits 1", () => {
    const [name] = readdirSync(folder);
    const file = join(folder, name!);
    const original = readFileSync(file);
    writeFileSync(file, original.subarray(0, original.length - 10));
    const corrupt = runCli(["export", "--format", "gexf", "--graph", out]);
    expect(corrupt.status).toBe(1);
    expect(corrupt.stderr).toContain(`evidence shard "g.evidence/${name}": its checksum does not match`);
    rmSync(file);
    const missing = runCli(["export", "--format", "gexf", "--graph", out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`evidence shard ${file} cannot be read (missing)`);
    writeFileSync(file, original);
  });

  it("back to a single file: the shards nobody reads any more are removed", () => {
    writeFileSync(join(folder, "notes.txt"), "mine");
    expect(runCli(["build", "--out", out, "--evidence-shards", "never", "--no-cache", "--quiet"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(committed, "utf8"));
    // The user's own file stays; only shard files go.
    expect(readdirSync(folder)).toEqual(["notes.txt"]);
    rmSync(join(folder, "notes.txt"));
    expect(runCli(["build", "--out", out, "--evidence-shards", "always", "--no-cache", "--quiet"]).status).toBe(0);
    expect(runCli(["build", "--out", out, "--no-cache", "--quiet"]).status).toBe(0);
    expect(existsSync(folder)).toBe(false);
  });

  it("refuses an unknown mode", () => {
    const result = runCli(["build", "--out", out, "--evidence-shards", "sometimes"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/expected one of auto, always, never/);
  });
});
