/**
 * Parallel build: `entente build`'s work (read, intake, extract, aggregate; no cache) with `--jobs 2` against
 * `--jobs 1` on the same corpus, set against what this shared machine gives two threads at that moment (the
 * ceiling: two CPU-bound workers at once against one after the other, measured around the builds). Small
 * corpora show where workers start paying, which sets `MIN_PARALLEL_ARTICLES`.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { MIN_PARALLEL_ARTICLES } from "../../src/cli/parallel-extract.ts";
import { generateCorpus, writeCorpus } from "../gen/corpus.ts";
import { runChild } from "../lib/measure.ts";
import { rateRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";
import { CHILD, type BuildResult } from "./extraction.ts";

/** A fixed CPU-bound loop (plain JavaScript, so a worker can `eval` it without tsx). */
const SPIN = "let x = 0; for (let i = 0; i < 1.5e8; i++) x = (x + i * 7) % 1000003;";

/**
 * What parallelism this machine really gives right now: `jobs` copies of a CPU loop in worker threads at once
 * against the same copies one after another. On a shared machine this ceiling, not the core count, bounds `--jobs`.
 */
export async function parallelCeiling(jobs: number): Promise<number> {
  const run = () =>
    new Promise<void>((resolve, reject) =>
      new Worker(`${SPIN}\nrequire("node:worker_threads").parentPort.postMessage(x);`, { eval: true })
        .once("message", () => resolve())
        .once("error", reject),
    );
  let start = performance.now();
  for (let i = 0; i < jobs; i++) await run();
  const serial = performance.now() - start;
  start = performance.now();
  await Promise.all(Array.from({ length: jobs }, run));
  return serial / (performance.now() - start);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function parallelStage(context: BenchContext): Promise<Row[]> {
  const size = context.quick ? 2000 : 10000;
  const small = context.quick ? [500] : [250, 500, 1000];
  const all = generateCorpus(size);
  const rows: Row[] = [];

  // Where workers start paying: --jobs 2 with no lower bound against --jobs 1.
  for (const count of small) {
    const dir = join(context.tmp, `parallel-${count}`);
    writeCorpus(dir, all.slice(0, count));
    context.log(`  parallel build: ${count} articles, --jobs 2 vs 1…`);
    const one = await runChild<BuildResult>(CHILD, ["build", dir, "1", "-"]);
    const two = await runChild<BuildResult>(CHILD, ["build", dir, "2", "-", "0"]);
    rows.push(
      rateRow(
        {
          stage: "parallel build",
          size: `${count} articles`,
          metric: "speedup",
          ours: one.ms / two.ms,
          baseline: 1,
          note: `--jobs 2 (workers forced) vs --jobs 1: ${seconds(two.ms)} vs ${seconds(one.ms)}; builds under ${MIN_PARALLEL_ARTICLES} files to extract stay in one thread`,
        },
        null,
      ),
    );
  }

  const dir = join(context.tmp, `parallel-${size}`);
  writeCorpus(dir, all);
  context.log(`  parallel build: ${size} articles, --jobs 2 vs 1, and the machine's ceiling…`);
  // The ceiling before, between and after the builds: on a shared machine it moves with the others' load.
  const before = await parallelCeiling(2);
  const one = await runChild<BuildResult>(CHILD, ["build", dir, "1", "-"]);
  const between = await parallelCeiling(2);
  const two = await runChild<BuildResult>(CHILD, ["build", dir, "2", "-"]);
  const after = await parallelCeiling(2);
  const ceiling = (before + between + after) / 3;
  // Sources edited between the two runs make the outputs incomparable, not the parallel build wrong.
  const comparable = one.sources === two.sources;
  const identical = one.sha === two.sha;
  const output = !comparable ? "not comparable (sources changed)" : identical ? "identical" : "DIFFERENT";
  const row = rateRow(
    {
      stage: "parallel build",
      size: `${size} articles`,
      metric: "speedup",
      ours: one.ms / two.ms,
      baseline: ceiling,
      note: `--jobs 2 vs --jobs 1 (${seconds(two.ms)} vs ${seconds(one.ms)}; aggregation, one thread: ${seconds(two.steps.aggregateMs)}) against the ceiling now (${before.toFixed(2)}×, ${between.toFixed(2)}×, ${after.toFixed(2)}× before, between and after); output ${output}`,
    },
    0.85,
    "≥ 0.85× the ceiling",
  );
  if (comparable && !identical) row.met = false;
  rows.push(row);
  return rows;
}
