/**
 * Child process of the extraction benchmarks: times one pass over a corpus folder and prints one JSON line with the
 * time, the bytes read and this process's peak memory. `build` is `entente build`'s work without layout and file
 * writing (read + intake, extract with `--jobs N`, aggregate); `floor` is what any extractor pays (read + decode +
 * normalise + split sentences). Usage: `build.ts <build|floor> <dir> [jobs] [cache folder|-] [min parallel]` (no
 * cache folder, or `-`: a cold build without cache, `--no-cache`; min parallel: `MIN_PARALLEL_ARTICLES` by default).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCorpus } from "../../src/cli/build-corpus.ts";
import { graphFromExtractions } from "../../src/extract/index.ts";
import { normaliseWithOffsets } from "../../src/extract/text/normalise.ts";
import { splitSentences } from "../../src/extract/text/sentences.ts";
import { serializeGraph } from "../../src/model/graph-io.ts";

const [mode, dir, jobsArg, cacheArg, minParallelArg] = process.argv.slice(2);

/**
 * Hash of the code and data extraction depends on, taken when this child starts: other people edit the working tree
 * while a long benchmark runs, and two builds are only comparable when they ran the same sources.
 */
function sourcesHash(): string {
  const hash = createHash("sha256");
  const root = new URL("../../", import.meta.url).pathname;
  for (const folder of ["src/extract", "src/corpus", "src/model", "src/knowledge", "graph-data/knowledge"]) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true }).sort((a, b) =>
      join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1,
    )) {
      if (entry.isFile()) hash.update(entry.name).update(readFileSync(join(entry.parentPath, entry.name)));
    }
  }
  return hash.digest("hex");
}
const sources = sourcesHash();
if (dir === undefined || (mode !== "build" && mode !== "floor"))
  throw new Error("usage: build.ts <build|floor> <dir> [jobs] [cache folder|-] [min parallel]");

async function build(folder: string, jobs: number, cacheDir: string | null, minParallel: number | undefined) {
  const start = performance.now();
  const corpus = await buildCorpus(folder, { jobs, cacheDir, minParallel });
  const extracted = performance.now();
  const graph = graphFromExtractions(corpus.articles, corpus.extractions);
  const ms = performance.now() - start;
  // Identity check for the parallel build, outside the timed part.
  const sha = createHash("sha256").update(serializeGraph(graph)).digest("hex");
  return {
    ms,
    // Reading, intake and extraction overlap (intake runs in the workers): one step.
    steps: { readMs: 0, extractMs: extracted - start, aggregateMs: start + ms - extracted },
    cache: cacheDir === null ? null : corpus.cache,
    articles: corpus.articles.length,
    refused: corpus.refusals.length,
    nodes: graph.order,
    edges: graph.size,
    sha,
  };
}

function floor(folder: string) {
  const start = performance.now();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let articles = 0;
  let sentences = 0;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(".txt")) continue;
    const text = decoder.decode(readFileSync(join(folder, name)));
    const normalised = normaliseWithOffsets(text).text;
    // Paragraphs are lines, as in the extractor's body split.
    for (const line of normalised.split("\n")) if (line.trim() !== "") sentences += splitSentences(line).length;
    articles++;
  }
  return { ms: performance.now() - start, articles, sentences };
}

const result =
  mode === "build"
    ? await build(
        dir,
        Number(jobsArg ?? "1"),
        cacheArg === undefined || cacheArg === "-" ? null : cacheArg,
        minParallelArg === undefined ? undefined : Number(minParallelArg),
      )
    : floor(dir);
process.stdout.write(`${JSON.stringify({ ...result, sources, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
