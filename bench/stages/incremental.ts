/**
 * Incremental build: a corpus built once (its cache filled), then 10 articles added; the warm build against a cold
 * build (`--no-cache`) of the same new corpus, both with `entente build`'s default `--jobs`, outputs compared by
 * hash. Timed like the extraction stage: read, intake, extract, aggregate, without layout and file writing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { CACHE_FOLDER } from "../../src/cache/store.ts";
import { generateCorpus, writeCorpus } from "../gen/corpus.ts";
import { runChild } from "../lib/measure.ts";
import { costRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";
import { CHILD, type BuildResult } from "./extraction.ts";

const ADDED = 10;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function incrementalStage(context: BenchContext): Promise<Row[]> {
  const size = context.quick ? 2000 : 10000;
  const jobs = String(availableParallelism());
  const all = generateCorpus(size + ADDED);
  const dir = join(context.tmp, `incremental-${size}`);
  writeCorpus(dir, all.slice(0, size));
  // Beside the corpus folder, as `entente build` puts it by default (beside the graph).
  const cache = join(context.tmp, CACHE_FOLDER);
  context.log(`  incremental build: ${size} articles, first build (fills the cache)…`);
  const first = await runChild<BuildResult>(CHILD, ["build", dir, jobs, cache]);

  // Add the articles as a user would: files dropped in, their metadata entries added.
  const metadata = JSON.parse(readFileSync(join(dir, "metadata.json"), "utf8")) as Record<string, unknown>;
  for (const article of all.slice(size)) {
    writeFileSync(join(dir, article.file), article.text);
    metadata[article.file] = { date: article.date, outlet: "Dépêches synthétiques" };
  }
  writeFileSync(join(dir, "metadata.json"), JSON.stringify(metadata));
  context.log(`  incremental build: ${ADDED} articles added, warm build and cold build…`);
  const warm = await runChild<BuildResult>(CHILD, ["build", dir, jobs, cache]);
  const cold = await runChild<BuildResult>(CHILD, ["build", dir, jobs, "-"]);

  const comparable = warm.sources === cold.sources;
  const identical = warm.sha === cold.sha;
  const output = !comparable ? "not comparable (sources changed)" : identical ? "identical" : "DIFFERENT";
  const row = costRow(
    {
      stage: "incremental build",
      size: `${size} + ${ADDED} articles`,
      metric: "ms",
      ours: warm.ms,
      baseline: cold.ms,
      note: `warm (${warm.cache?.reused ?? "?"} reused, ${warm.cache?.extracted ?? "?"} extracted; aggregation ${seconds(warm.steps.aggregateMs)}) vs cold --no-cache, --jobs ${jobs}; output ${output}; the first build, writing the cache, took ${(first.ms / cold.ms).toFixed(2)}× a cold one`,
    },
    0.15,
    "≤ 0.15×",
  );
  if (comparable && !identical) row.met = false;
  return [row];
}
