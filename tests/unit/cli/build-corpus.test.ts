// The incremental build: cached results give the bytes of a cold build, whatever changed, whatever broke in the
// cache, and for any number of threads; its intake gives the verdicts of `readCorpusFolder`.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../../../bench/gen/corpus.ts";
import { CACHE_FOLDER } from "../../../src/cache/store.ts";
import { buildCorpus, type BuildCorpusOptions, type CorpusBuild } from "../../../src/cli/build-corpus.ts";
import { readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { graphFromExtractions } from "../../../src/extract/index.ts";
import { serializeGraph } from "../../../src/model/graph-io.ts";
import { ROOT } from "./run-cli.ts";

const BUNDLED = join(ROOT, "graph-data/articles");

/** The bytes `entente build --no-layout` would write, and everything it would print about the corpus. */
function output(build: CorpusBuild) {
  return {
    graph: serializeGraph(graphFromExtractions(build.articles, build.extractions)),
    refusals: build.refusals,
    notices: build.notices,
  };
}

const cold = async (dir: string) => output(await buildCorpus(dir, { jobs: 1, cacheDir: null }));

function corpus(size: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), "entente-incremental-")), "articles");
  writeCorpus(dir, generateCorpus(size, 11));
  for (const file of readdirSync(BUNDLED))
    if (file.endsWith(".txt")) copyFileSync(join(BUNDLED, file), join(dir, file));
  return dir;
}

function manifest(dir: string): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(dir, "metadata.json"), "utf8")) as Record<string, Record<string, unknown>>;
}

describe("buildCorpus with a cache", { timeout: 300_000 }, () => {
  it("rebuilds only what changed, and gives the bytes of a cold build of the new corpus", async () => {
    const dir = corpus(40);
    const options: BuildCorpusOptions = { jobs: 1, cacheDir: join(dir, CACHE_FOLDER) };
    const first = await buildCorpus(dir, options);
    expect(first.cache).toMatchObject({ reused: 0, extracted: 45, stale: 0, corrupt: [] });
    expect(output(first)).toEqual(await cold(dir));

    // Add three articles, change two (one by a word, one by its metadata), remove two.
    const more = generateCorpus(43, 11).slice(40);
    const entries = manifest(dir);
    for (const article of more) {
      writeFileSync(join(dir, `new-${article.file}`), article.text);
      entries[`new-${article.file}`] = { date: article.date };
    }
    const names = readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f));
    writeFileSync(join(dir, names[0]!), readFileSync(join(dir, names[0]!), "utf8").replace(/ la /, " une "));
    entries[names[1]!] = { ...entries[names[1]!], date: "2001-02-03" };
    rmSync(join(dir, names[2]!));
    rmSync(join(dir, "003_65c4bf68423a7321.txt"));
    delete entries[names[2]!];
    writeFileSync(join(dir, "metadata.json"), JSON.stringify(entries));

    const warm = await buildCorpus(dir, options);
    expect(warm.cache).toMatchObject({ reused: 41, extracted: 5, stale: 0, corrupt: [], pruned: 4 });
    expect(output(warm)).toEqual(await cold(dir));
    const again = await buildCorpus(dir, options);
    expect(again.cache).toMatchObject({ reused: 46, extracted: 0, pruned: 0 });
    expect(output(again)).toEqual(output(warm));
  });

  it("detects a corrupt entry, rebuilds it, says which article it was, and rewrites it", async () => {
    const dir = corpus(10);
    const options: BuildCorpusOptions = { jobs: 1, cacheDir: join(dir, CACHE_FOLDER) };
    const expected = output(await buildCorpus(dir, options));
    const cache = join(dir, CACHE_FOLDER);
    const folder = readdirSync(cache).find((f) => /^[0-9a-f]{2}$/.test(f))!;
    const entry = join(cache, folder, readdirSync(join(cache, folder))[0]!);
    // A flipped byte in the payload: the checksum says so.
    const bytes = readFileSync(entry);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0x20;
    writeFileSync(entry, bytes);
    const damaged = await buildCorpus(dir, options);
    expect(damaged.cache.corrupt).toHaveLength(1);
    expect(damaged.cache.corrupt[0]!.reason).toMatch(/checksum/);
    expect(damaged.cache.extracted).toBe(1);
    expect(output(damaged)).toEqual(expected);
    expect((await buildCorpus(dir, options)).cache).toMatchObject({ reused: 15, extracted: 0, corrupt: [] });
  });

  it("refuses a well-formed entry whose content was crafted (a relation pointing past the article), and rebuilds it", async () => {
    const dir = corpus(0);
    const options: BuildCorpusOptions = { jobs: 1, cacheDir: join(dir, CACHE_FOLDER) };
    const expected = output(await buildCorpus(dir, options));
    const cache = join(dir, CACHE_FOLDER);
    const { createHash } = await import("node:crypto");
    let crafted = 0;
    for (const folder of readdirSync(cache)) {
      for (const name of readdirSync(join(cache, folder))) {
        const file = join(cache, folder, name);
        const text = readFileSync(file, "utf8");
        const newline = text.indexOf("\n");
        const payload = text.slice(newline + 1).replace(/"sentence":\d+/, '"sentence":99999');
        if (payload === text.slice(newline + 1)) continue;
        const header = JSON.parse(text.slice(0, newline)) as { payload: { bytes: number; sha256: string } };
        header.payload = {
          bytes: Buffer.byteLength(payload),
          sha256: createHash("sha256").update(payload).digest("hex"),
        };
        writeFileSync(file, `${JSON.stringify(header)}\n${payload}`);
        crafted++;
      }
    }
    expect(crafted).toBeGreaterThan(0);
    const build = await buildCorpus(dir, options);
    expect(build.cache.corrupt).toHaveLength(crafted);
    expect(build.cache.corrupt[0]!.reason).toMatch(/points past/);
    expect(output(build)).toEqual(expected);
  });

  it("rebuilds every entry when the extractor changed (stale), with the same output", async () => {
    const dir = corpus(5);
    const cacheDir = join(dir, CACHE_FOLDER);
    const expected = output(await buildCorpus(dir, { jobs: 1, cacheDir, fingerprint: "a".repeat(64) }));
    const build = await buildCorpus(dir, { jobs: 1, cacheDir, fingerprint: "b".repeat(64) });
    expect(build.cache).toMatchObject({ reused: 0, stale: 10, extracted: 10 });
    expect(output(build)).toEqual(expected);
  });

  it("gives the same bytes with two threads, cold and warm", async () => {
    const dir = corpus(80);
    // A saved page among them: workers read pages too.
    writeFileSync(
      join(dir, "zz-page.html"),
      readFileSync(join(import.meta.dirname, "../../fixtures/pages/news-article.html")),
    );
    const expected = await cold(dir);
    const cacheDir = join(dir, CACHE_FOLDER);
    const parallel = await buildCorpus(dir, { jobs: 2, minParallel: 0, cacheDir });
    expect(parallel.articles.map((a) => a.file)).toContain("zz-page.html");
    expect(output(parallel)).toEqual(expected);
    writeFileSync(join(dir, "zz-new.txt"), generateCorpus(81, 11)[80]!.text);
    const warm = await buildCorpus(dir, { jobs: 2, minParallel: 0, cacheDir });
    expect(warm.cache).toMatchObject({ reused: 86, extracted: 1 });
    expect(output(warm)).toEqual(await cold(dir));
  });
});

describe("buildCorpus's intake", () => {
  it("gives the verdicts, messages and metadata of readCorpusFolder on a folder full of problems, cold and warm", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "entente-intake-")), "articles");
    mkdirSync(dir);
    const good = readFileSync(join(BUNDLED, "003_65c4bf68423a7321.txt"));
    writeFileSync(join(dir, "good.txt"), good);
    writeFileSync(join(dir, "copy.txt"), good);
    writeFileSync(join(dir, "other.txt"), readFileSync(join(BUNDLED, "001_a79dc9bca6619a96.txt")));
    writeFileSync(join(dir, "bad-meta.txt"), readFileSync(join(BUNDLED, "002_2c25a1791533c941.txt")));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]));
    writeFileSync(
      join(dir, "latin1.txt"),
      Buffer.from("Le pr\xe9sident russe a rencontr\xe9 son homologue.", "latin1"),
    );
    writeFileSync(join(dir, "short.txt"), "Bonjour.\n");
    writeFileSync(
      join(dir, "english.txt"),
      "The Russian president met his Japanese counterpart in Moscow on Thursday.\n".repeat(4),
    );
    writeFileSync(join(dir, "notes.md"), "# notes\n");
    symlinkSync("/etc/passwd", join(dir, "link.txt"));
    mkdirSync(join(dir, "sub"));
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    writeFileSync(join(dir, "odd\u202Ename.txt"), good);
    // A saved page, a page with the id of a text file, and the same story as other.txt with its last lines cut.
    const pages = join(import.meta.dirname, "../../fixtures/pages");
    writeFileSync(join(dir, "page.html"), readFileSync(join(pages, "news-article.html")));
    writeFileSync(join(dir, "good.html"), readFileSync(join(pages, "news-article.html")));
    const other = readFileSync(join(BUNDLED, "001_a79dc9bca6619a96.txt"), "utf8").split("\n");
    writeFileSync(join(dir, "near.txt"), other.slice(0, Math.max(3, other.length - 3)).join("\n"));
    writeFileSync(
      join(dir, "metadata.json"),
      JSON.stringify({
        "other.txt": { title: "Titre", date: "2013-10", outlet: "Le Monde" },
        "bad-meta.txt": { date: "2013-13-45" },
        "english.txt": { title: 5 },
        "gone.txt": { title: "Nothing" },
        "GOOD.TXT": { title: "Case" },
      }),
    );
    const reference = readCorpusFolder(dir);
    for (const cacheDir of [null, join(dir, CACHE_FOLDER), join(dir, CACHE_FOLDER)]) {
      const build = await buildCorpus(dir, { jobs: 1, cacheDir });
      expect(build.refusals).toEqual(reference.refusals);
      expect(build.notices).toEqual(reference.notices);
      expect(build.articles).toEqual(reference.articles.map((a) => a.meta));
    }
    expect(reference.articles.map((a) => a.meta.file)).toContain("good.html");
    // near.txt comes first in name order: other.txt is the later copy of its story.
    expect(reference.articles.find((a) => a.meta.file === "other.txt")?.meta.sameStoryAs).toBe("near");
    expect(reference.refusals.map((r) => r.code).sort()).toEqual(
      [
        "binary",
        "duplicate",
        "duplicate",
        "empty",
        "encoding",
        "language",
        "link",
        "metadata",
        "name",
        "not-a-file",
      ].sort(),
    );
  });
});
