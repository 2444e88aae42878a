// `entente build --jobs N`: the option's forms, and worker threads giving exactly the in-thread extractions.
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/gen/corpus.ts";
import { BATCH_SIZE, extractArticles, JobsOptionError, parseJobs } from "../../../src/cli/parallel-extract.ts";
import { graphFromExtractions } from "../../../src/extract/index.ts";
import { serializeGraph } from "../../../src/model/graph-io.ts";
import type { ArticleMeta } from "../../../src/model/types.ts";

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

describe("extractArticles", () => {
  const articles = generateCorpus(BATCH_SIZE * 3 + 5, 5);
  const inputs = articles.map((a) => ({ id: a.file.replace(/\.txt$/, ""), text: a.text, date: a.date }));
  const metas: ArticleMeta[] = articles.map((a) => ({
    id: a.file.replace(/\.txt$/, ""),
    file: a.file,
    title: a.text.split("\n")[0]!,
    outlet: null,
    date: a.date,
    datePrecision: "day",
    language: "fr",
    url: null,
    sha256: "0".repeat(64),
  }));

  it("gives the in-thread extractions, in article order, from two worker threads", async () => {
    const progress: number[] = [];
    const inThread = await extractArticles(inputs, { jobs: 1 });
    const inWorkers = await extractArticles(inputs, {
      jobs: 2,
      minParallel: 0,
      onProgress: (done) => progress.push(done),
    });
    expect(inWorkers).toEqual(inThread);
    expect(inWorkers.map((e) => e.articleId)).toEqual(inputs.map((i) => i.id));
    expect(progress.at(-1)).toBe(inputs.length);
    // The merged graph, the bytes `entente build` writes, is the same too.
    expect(serializeGraph(graphFromExtractions(metas, inWorkers))).toBe(
      serializeGraph(graphFromExtractions(metas, inThread)),
    );
  }, 60_000);

  it("extracts in this thread when there is at most one batch, or too few articles to pay for starting workers", async () => {
    const few = inputs.slice(0, 3);
    expect(await extractArticles(few, { jobs: 4, minParallel: 0 })).toEqual(await extractArticles(few, { jobs: 1 }));
    expect(await extractArticles(inputs, { jobs: 2 })).toEqual(await extractArticles(inputs, { jobs: 1 }));
  });
});
