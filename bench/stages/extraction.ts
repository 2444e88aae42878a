/**
 * Extraction and parallel build: `entente build`'s work (read + intake, extract, aggregate) on synthetic corpora,
 * against the floor any extractor pays (read + decode + normalise + split sentences), each in its own child process
 * so peak memory is the pass's own. Builds here are cold (no cache) and in one thread; the parallel and incremental
 * builds have their own stages (`parallel.ts`, `incremental.ts`).
 */
import { join } from "node:path";
import { generateCorpus, writeCorpus } from "../gen/corpus.ts";
import { runChild } from "../lib/measure.ts";
import { costRow, rateRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";

/** What `bench/child/build.ts build` prints. */
export interface BuildResult {
  ms: number;
  steps: { readMs: number; extractMs: number; aggregateMs: number };
  cache: { reused: number; extracted: number } | null;
  articles: number;
  refused: number;
  sha: string;
  sources: string;
  maxRssMiB: number;
}
interface FloorResult {
  ms: number;
  articles: number;
  maxRssMiB: number;
}

export const CHILD = new URL("../child/build.ts", import.meta.url);

export async function extractionStage(context: BenchContext): Promise<Row[]> {
  const sizes = context.quick ? [200, 2000] : [1000, 10000];
  const largest = sizes.at(-1)!;
  context.log(`  generating a corpus of ${largest} articles…`);
  const all = generateCorpus(largest);
  const rows: Row[] = [];
  // The bundled corpus: five real articles (too small for throughput to mean much, but it is what users run first).
  const bundled = new URL("../../graph-data/articles/", import.meta.url).pathname;
  const bundledFloor = await runChild<FloorResult>(CHILD, ["floor", bundled]);
  const bundledBuild = await runChild<BuildResult>(CHILD, ["build", bundled, "1"]);
  rows.push(
    costRow(
      {
        stage: "extraction",
        size: "bundled (5)",
        metric: "ms",
        ours: bundledBuild.ms,
        baseline: bundledFloor.ms,
        note: "includes building the lexicon once",
      },
      null,
    ),
  );
  const builds = new Map<number, BuildResult>();
  for (const size of sizes) {
    const dir = join(context.tmp, `corpus-${size}`);
    const bytes = writeCorpus(dir, all.slice(0, size));
    const mb = bytes / 1e6;
    context.log(`  extraction: ${size} articles (${mb.toFixed(1)} MB)…`);
    const floor = await runChild<FloorResult>(CHILD, ["floor", dir]);
    const build = await runChild<BuildResult>(CHILD, ["build", dir, "1"]);
    if (build.refused > 0) context.log(`  warning: ${build.refused} synthetic articles were refused`);
    builds.set(size, build);
    const size_ = `${size} articles`;
    const steps = `read+intake+extract ${(build.steps.extractMs / 1000).toFixed(1)} s, aggregate ${(build.steps.aggregateMs / 1000).toFixed(1)} s`;
    rows.push(
      rateRow(
        {
          stage: "extraction",
          size: size_,
          metric: "MB/s",
          ours: mb / (build.ms / 1000),
          baseline: mb / (floor.ms / 1000),
          note: `floor: read+decode+normalise+split; ${steps}`,
        },
        1 / 3,
        "≥ 0.33× (≤ 3× the time)",
      ),
    );
    rows.push(
      rateRow(
        {
          stage: "extraction",
          size: size_,
          metric: "articles/s",
          ours: build.articles / (build.ms / 1000),
          baseline: floor.articles / (floor.ms / 1000),
          note: "same runs",
        },
        1 / 3,
        "≥ 0.33×",
      ),
    );
    rows.push(
      costRow(
        {
          stage: "extraction",
          size: size_,
          metric: "peak RSS MiB",
          ours: build.maxRssMiB,
          baseline: floor.maxRssMiB,
          note: "whole child process (runtime included)",
        },
        null,
        size === largest ? "< 1 GiB" : "—",
      ),
    );
    const last = rows.at(-1)!;
    if (size === largest) last.met = build.maxRssMiB < 1024;
  }
  const small = builds.get(sizes[0]!)!;
  const big = builds.get(largest)!;
  const factor = largest / sizes[0]!;
  rows.push(
    costRow(
      {
        stage: "extraction",
        size: `${largest} vs ${sizes[0]}`,
        metric: "time ratio",
        ours: big.ms / small.ms,
        baseline: factor,
        note: `linear growth = ${factor}×`,
      },
      1.2,
      "≈ 1× (≤ 1.2)",
    ),
  );

  return rows;
}
