/**
 * Child process of the extraction benchmarks: times one pass over a corpus folder and prints one JSON line with the
 * time, the bytes read and this process's peak memory. `build` is `entente build`'s work without layout and file
 * writing (read + intake, extract with `--jobs N`, aggregate); `floor` is what any extractor pays (read + decode +
 * normalise + split sentences). Usage: `build.ts <build|floor> <dir> [jobs]`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticles } from "../../src/cli/parallel-extract.ts";
import { readCorpusFolder } from "../../src/corpus/read-folder.ts";
import { graphFromExtractions } from "../../src/extract/index.ts";
import { normaliseWithOffsets } from "../../src/extract/text/normalise.ts";
import { splitSentences } from "../../src/extract/text/sentences.ts";
import { serializeGraph } from "../../src/model/graph-io.ts";

const [mode, dir, jobsArg] = process.argv.slice(2);

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
  throw new Error("usage: build.ts <build|floor> <dir> [jobs]");

async function build(folder: string, jobs: number) {
  const start = performance.now();
  const corpus = readCorpusFolder(folder);
  const read = performance.now();
  const inputs = corpus.articles.map((a) => ({ id: a.meta.id, text: a.text, date: a.meta.date }));
  const extractions = await extractArticles(inputs, { jobs });
  const extracted = performance.now();
  const graph = graphFromExtractions(
    corpus.articles.map((a) => a.meta),
    extractions,
  );
  const ms = performance.now() - start;
  // Identity check for the parallel build, outside the timed part.
  const sha = createHash("sha256").update(serializeGraph(graph)).digest("hex");
  return {
    ms,
    steps: { readMs: read - start, extractMs: extracted - read, aggregateMs: start + ms - extracted },
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

const result = mode === "build" ? await build(dir, Number(jobsArg ?? "1")) : floor(dir);
process.stdout.write(`${JSON.stringify({ ...result, sources, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
