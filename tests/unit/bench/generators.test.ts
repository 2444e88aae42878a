// The benchmark inputs: synthetic corpora and graphs are deterministic, valid, and shaped as the benchmarks assume.
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/gen/corpus.ts";
import { generateGraph } from "../../../bench/gen/graph.ts";
import { admitCorpus } from "../../../src/corpus/intake.ts";
import { parseGraphFile, serializeGraph } from "../../../src/model/graph-io.ts";

describe("synthetic corpus", () => {
  it("gives the same articles for the same seed, and a smaller corpus is a prefix of a larger one", () => {
    const a = generateCorpus(30, 7);
    expect(generateCorpus(30, 7)).toEqual(a);
    expect(generateCorpus(10, 7)).toEqual(a.slice(0, 10));
    expect(generateCorpus(10, 8)).not.toEqual(a.slice(0, 10));
  });

  it("is admitted whole by the intake: French, distinct, with valid dates", () => {
    const articles = generateCorpus(40);
    const enc = new TextEncoder();
    const result = admitCorpus(articles.map((a) => ({ file: a.file, bytes: enc.encode(a.text) })));
    expect(result.refusals).toEqual([]);
    expect(result.articles).toHaveLength(40);
  });
});

describe("synthetic graph", () => {
  it("is a valid Entente graph of the requested size that survives a save/load round trip", () => {
    const graph = generateGraph({ nodes: 500, edgesPerNode: 2.5, seed: 3 });
    expect(graph.order).toBe(500);
    expect(graph.size).toBe(1250);
    const text = serializeGraph(graph);
    expect(parseGraphFile(text).order).toBe(500);
  });

  it("is deterministic for a seed", () => {
    const spec = { nodes: 300, edgesPerNode: 2.5, seed: 11 };
    expect(serializeGraph(generateGraph(spec))).toBe(serializeGraph(generateGraph(spec)));
  });
});
