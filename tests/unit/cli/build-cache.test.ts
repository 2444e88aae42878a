// `entente build` and its cache from the command line: --no-cache, --cache-dir, and a build killed mid-way, which
// must leave the previous graph and a cache whose every entry is whole.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../../../bench/gen/corpus.ts";
import { decodeArticleResult } from "../../../src/cache/article-result.ts";
import { extractorFingerprint } from "../../../src/cache/fingerprint.ts";
import { CACHE_FOLDER, EntryStore } from "../../../src/cache/store.ts";
import { ROOT, runCli } from "./run-cli.ts";

/** Every entry file of a cache folder, and the temporary files left beside them. */
function cacheFiles(dir: string): { entries: string[]; temporary: string[] } {
  const entries: string[] = [];
  const temporary: string[] = [];
  if (!existsSync(dir)) return { entries, temporary };
  for (const folder of readdirSync(dir))
    for (const name of readdirSync(join(dir, folder)))
      (name.endsWith(".entry") ? entries : temporary).push(join(dir, folder, name));
  return { entries, temporary };
}

describe("entente build's cache", { timeout: 300_000 }, () => {
  it("keeps the cache beside the graph, or in --cache-dir, and --no-cache neither reads nor writes one", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-cache-cli-"));
    const corpus = join(dir, "articles");
    writeCorpus(corpus, generateCorpus(6, 3));
    const cold = runCli(["build", "--articles", corpus, "--out", join(dir, "cold.json"), "--no-cache", "--no-layout"]);
    expect(cold.status).toBe(0);
    expect(cold.stderr).toMatch(/cache: not used; 6 extracted/);
    expect(existsSync(join(dir, CACHE_FOLDER))).toBe(false);

    const first = runCli(["build", "--articles", corpus, "--out", join(dir, "a.json"), "--no-layout"]);
    expect(first.stderr).toContain(`cache: 0 reused, 6 extracted; ${join(dir, CACHE_FOLDER)}`);
    expect(existsSync(join(corpus, CACHE_FOLDER))).toBe(false);
    const second = runCli(["build", "--articles", corpus, "--out", join(dir, "b.json"), "--no-layout"]);
    expect(second.stderr).toMatch(/cache: 6 reused, 0 extracted/);
    const elsewhere = join(dir, "my-cache");
    const third = runCli([
      "build",
      "--articles",
      corpus,
      "--out",
      join(dir, "c.json"),
      "--cache-dir",
      elsewhere,
      "--no-layout",
    ]);
    expect(third.stderr).toMatch(/cache: 0 reused, 6 extracted/);
    expect(cacheFiles(elsewhere).entries).toHaveLength(6);
    for (const name of ["a.json", "b.json", "c.json"])
      expect(readFileSync(join(dir, name), "utf8")).toBe(readFileSync(join(dir, "cold.json"), "utf8"));
    // A graph written among the articles (a flat project folder): its cache there is not an ignored file.
    runCli(["build", "--articles", corpus, "--out", join(corpus, "graph.json"), "--no-layout"]);
    const flat = runCli(["build", "--articles", corpus, "--out", join(corpus, "graph.json"), "--no-layout"]);
    expect(flat.stderr).toMatch(/cache: 6 reused, 0 extracted/);
    expect(flat.stderr).toMatch(/ignored 1 file\(s\) that are not articles \(\.txt, \.html, \.htm\): graph\.json\./);
  });

  it("builds without a cache, saying why, when the cache folder cannot be used", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-cache-bad-"));
    const corpus = join(dir, "articles");
    writeCorpus(corpus, generateCorpus(3, 3));
    writeFileSync(join(dir, "not-a-folder"), "");
    const result = runCli([
      "build",
      "--articles",
      corpus,
      "--out",
      join(dir, "g.json"),
      "--cache-dir",
      join(dir, "not-a-folder"),
      "--no-layout",
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/notice: cache: .*not-a-folder.*This build ran without a cache/);
    expect(result.stderr).toMatch(/cache: not used; 3 extracted/);
  });

  it("killed mid-way, leaves the previous graph intact and every cache entry whole; the next build finishes the work", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-cache-kill-"));
    const corpus = join(dir, "articles");
    const articles = generateCorpus(400, 9);
    writeCorpus(corpus, articles.slice(0, 5));
    const out = join(dir, "graph.json");
    expect(runCli(["build", "--articles", corpus, "--out", out, "--no-layout"]).status).toBe(0);
    const previous = readFileSync(out, "utf8");

    writeCorpus(corpus, articles);
    const cache = join(dir, CACHE_FOLDER);
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin/entente.js"), "build", "--articles", corpus, "--out", out, "--no-layout", "--jobs", "1"],
      { stdio: "ignore" },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill it once it has written some entries, well before it can finish.
    for (let waited = 0; cacheFiles(cache).entries.length < 30 && waited < 120_000; waited += 20)
      await new Promise((wake) => setTimeout(wake, 20));
    child.kill("SIGKILL");
    await exited;

    expect(readFileSync(out, "utf8")).toBe(previous);
    const { entries } = cacheFiles(cache);
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.length).toBeLessThan(400);
    // Whole entries only: each one reads back, checksum and shape checked.
    const store = EntryStore.open(cache, extractorFingerprint());
    for (const entry of entries) {
      const text = readFileSync(entry, "utf8");
      const key = (JSON.parse(text.slice(0, text.indexOf("\n"))) as { key: string }).key;
      const lookup = store.read(key);
      expect(lookup.status, entry).toBe("hit");
      if (lookup.status === "hit") expect(() => decodeArticleResult(lookup.payload)).not.toThrow();
    }

    const resumed = runCli(["build", "--articles", corpus, "--out", out, "--no-layout"]);
    expect(resumed.status).toBe(0);
    const reused = Number(/cache: (\d+) reused/.exec(resumed.stderr)?.[1]);
    expect(reused).toBeGreaterThanOrEqual(entries.length);
    const cold = runCli(["build", "--articles", corpus, "--out", join(dir, "cold.json"), "--no-layout", "--no-cache"]);
    expect(cold.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(dir, "cold.json"), "utf8"));
  });
});
