/** The quality bar on the bundled corpus, measured by the same scorer as `entente eval`. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { parseGoldFile } from "../../../src/eval/gold.ts";
import { scoreGraph } from "../../../src/eval/score.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { ROOT, runCli } from "./run-cli.ts";

const graph = parseGraphFile(readFileSync(join(ROOT, "graph-data/graph.json"), "utf8"));
const gold = parseGoldFile(readFileSync(join(ROOT, "tests/gold/bundled.gold.json"), "utf8"));
const texts = new Map(readCorpusFolder(join(ROOT, "graph-data/articles")).articles.map((a) => [a.meta.id, a.text]));
const report = scoreGraph(graph, gold, texts);

describe("extraction quality on the bundled corpus", { timeout: 120_000 }, () => {
  it("finds every actor once: entity F1 = 1, no duplicate, no person who is not a leader", () => {
    expect(report.entities.f1).toBe(1);
    expect(report.duplicateActors).toEqual([]);
    expect(report.nonLeaderPersons).toEqual([]);
  });

  it("types relations right: F1 ≥ 0.9 overall and per type", () => {
    expect(report.relations.all.f1).toBeGreaterThanOrEqual(0.9);
    for (const type of ["cooperation", "dispute", "alliance"] as const) expect(report.relations[type].f1).toBeGreaterThanOrEqual(0.9);
  });

  it("sources every relation in the article body, never in page chrome", () => {
    expect(report.unsourcedRelations).toEqual([]);
    expect(report.evidence.fromChrome).toBe(0);
    expect(report.goldWarnings).toEqual([]);
  });

  it("quotes evidence exactly as in the article, at the stated offsets", () => {
    graph.forEachEdge((_, a) => {
      for (const e of a.evidence) expect(texts.get(e.article)!.slice(e.start, e.end)).toBe(e.sentence);
    });
  });

  it("prints the same figures from `entente eval`", () => {
    const result = runCli(["eval"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/relations: all\s+100\.0%\s+100\.0%\s+1\.000/);
    expect(result.stdout).toMatch(/evidence from chrome:\s+0 of \d+ sentences/);
  });
});
