/** The quality bar on the bundled corpus, measured by the same scorer as `entente eval` (the dev set's semantics). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleTexts } from "../../../src/eval/article-texts.ts";
import { parseGoldFile } from "../../../src/eval/gold.ts";
import { scoreGraph } from "../../../src/eval/score.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { RELATION_TYPES } from "../../../src/model/types.ts";
import { ROOT, runCli } from "./run-cli.ts";

const graph = parseGraphFile(readFileSync(join(ROOT, "graph-data/graph.json"), "utf8"));
const gold = parseGoldFile(readFileSync(join(ROOT, "tests/gold/bundled.gold.json"), "utf8"));
const texts = readArticleTexts(join(ROOT, "graph-data/articles"));
const report = scoreGraph(graph, gold, texts);

describe("extraction quality on the bundled corpus (graph-data/graph.json)", { timeout: 120_000 }, () => {
  it("finds every actor once: entity F1 = 1, no duplicate, no forbidden name, every leader linked to its state", () => {
    expect(report.entities.f1).toBe(1);
    expect(report.entities.duplicates).toEqual([]);
    expect(report.entities.forbidden).toEqual([]);
    expect(report.memberships.missing).toEqual([]);
  });

  it("types relations right: F1 ≥ 0.9 overall and per type", () => {
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.9);
    for (const type of RELATION_TYPES) expect(report.byType[type].f1).toBeGreaterThanOrEqual(0.9);
  });

  it("sources every found relation in the articles that state it, never in page chrome", () => {
    expect(report.provenance.missing).toEqual([]);
    expect(report.provenance.boilerplateEvidence).toEqual([]);
  });

  it("quotes evidence exactly as in the article, at the stated offsets", () => {
    graph.forEachEdge((_, a) => {
      for (const e of a.evidence) expect(texts.get(e.article)!.slice(e.start, e.end)).toBe(e.sentence);
    });
  });

  it("prints the same figures from `entente eval`, which rebuilds the graph from the articles", () => {
    const result = runCli(["eval", "--min-rel-f1", "0.9", "--min-ent-f1", "1"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("entF1=1.00 relP=1.00 relR=1.00 relF1=1.00");
    expect(result.stdout).toMatch(/evidence from chrome\s+0\n/);
  });
});
