// `entente build --jobs N`: the option's forms, and worker threads giving exactly the in-thread results.
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/gen/corpus.ts";
import type { ArticleResult } from "../../../src/cache/article-result.ts";
import type { ArticleJob } from "../../../src/cli/worker-protocol.ts";
import { BATCH_SIZE, JobsOptionError, parseJobs, runArticleJobs } from "../../../src/cli/parallel-extract.ts";

describe("parseJobs", () => {
  it.each([
    ["1", 1],
    ["3", 3],
    [" 2 ", 2],
    ["0", 4],
    ["auto", 4],
    ["AUTO", 4],
  ])("reads %j as %d (on 4 cores)", (value, expected) => {
    expect(parseJobs(value, 4)).toBe(expected);
  });

  it.each(["-1", "1.5", "two", ""])("refuses %j, naming the option", (value) => {
    expect(() => parseJobs(value, 4)).toThrow(JobsOptionError);
    expect(() => parseJobs(value, 4)).toThrow(/--jobs/);
  });
});

async function run(jobs: readonly ArticleJob[], threads: number, minParallel?: number) {
  const results: ArticleResult[] = new Array(jobs.length);
  const order: number[] = [];
  await runArticleJobs(jobs, {
    jobs: threads,
    minParallel,
    encode: false,
    onResult: (index, result) => {
      results[index] = result;
      order.push(index);
    },
  });
  return { results, order };
}

describe("runArticleJobs", () => {
  const encoder = new TextEncoder();
  const jobs: ArticleJob[] = generateCorpus(BATCH_SIZE * 3 + 5, 5).map((a, index) => ({
    index,
    file: a.file,
    bytes: encoder.encode(a.text),
    entry: { date: a.date },
  }));
  // Intake runs in the workers too: a refused file comes back as a refusal, in its place.
  jobs[7] = { index: 7, file: "empty.txt", bytes: new Uint8Array(), entry: undefined };

  it("gives the in-thread results, for every file, from two worker threads", async () => {
    const inThread = await run(jobs, 1);
    const inWorkers = await run(jobs, 2, 0);
    expect(inWorkers.results).toEqual(inThread.results);
    expect(inWorkers.order.toSorted((a, b) => a - b)).toEqual(jobs.map((j) => j.index));
    expect(inThread.results[7]).toMatchObject({ ok: false, refusal: { file: "empty.txt", code: "empty" } });
    expect(inThread.results[0]).toMatchObject({ ok: true, meta: { file: jobs[0]!.file } });
  }, 180_000);

  it("works in this thread when there is at most one batch, or too few files to pay for starting workers", async () => {
    const few = jobs.slice(0, 3);
    expect((await run(few, 4, 0)).results).toEqual((await run(few, 1)).results);
    const small = await run(jobs, 2);
    // In this thread, results arrive in order.
    expect(small.order).toEqual(jobs.map((j) => j.index));
  });
});
