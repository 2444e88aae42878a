/**
 * Test helper for evaluation sets (a corpus folder and a gold graph in the dev set's format): builds the graph as
 * `entente eval --articles DIR` does, scores it, checks floors, and renders the expected-errors snapshot.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { readArticleTexts } from "../../../src/eval/article-texts.ts";
import { summaryLine } from "../../../src/eval/format.ts";
import { parseGoldFile } from "../../../src/eval/gold.ts";
import { scoreGraph, type ScoreReport } from "../../../src/eval/score.ts";
import { extractGraph } from "../../../src/extract/index.ts";

/** Floors on the figures of a set; each was set at the measured value rounded down to 0.01 (raise them as it improves). */
export interface Floors {
  relP: number;
  relR: number;
  relF1: number;
  entF1: number;
  /** Share of required leader → state links found. */
  members: number;
}

/** Scores the graph built from `articlesDir` against `goldFile`; refused articles fail the test (they would hide errors). */
export function evaluateSet(articlesDir: string, goldFile: string): ScoreReport {
  const corpus = readCorpusFolder(articlesDir);
  expect(corpus.refusals.map((r) => r.reason)).toEqual([]);
  const gold = parseGoldFile(readFileSync(goldFile, "utf8"), goldFile);
  return scoreGraph(extractGraph(corpus.articles), gold, readArticleTexts(articlesDir));
}

export function measured(report: ScoreReport): Floors {
  return {
    relP: report.relations.precision,
    relR: report.relations.recall,
    relF1: report.relations.f1,
    entF1: report.entities.f1,
    members: report.memberships.found / Math.max(1, report.memberships.required),
  };
}

/** Every figure at or above its floor (the message lists all figures, so a failure says by how much). */
export function expectFloors(report: ScoreReport, floors: Floors): void {
  const figures = measured(report);
  const below = (Object.keys(floors) as (keyof Floors)[]).filter((k) => !(figures[k] >= floors[k]));
  expect(below, `measured ${JSON.stringify(figures)} against floors ${JSON.stringify(floors)}`).toEqual([]);
}

const section = (title: string, items: readonly string[]) => [
  `${title} (${items.length}):`,
  ...[...items].sort().map((x) => `  - ${x}`),
  "",
];

/**
 * The errors of the extractor on a set, sorted, as a text file kept next to the set: a regression changes it (red),
 * an improvement shows in its diff. Evidence text is left out (counts only), so the file quotes no article.
 */
export function expectedErrors(report: ScoreReport): string {
  return [
    "# Errors the extractor makes on this set today. Regenerate with `npx vitest run <test file> -u` and review the diff.",
    summaryLine(report),
    "",
    ...section("missing relations", report.relations.missing),
    ...section("false relations", report.relations.falsePositives),
    ...section("missing entities", report.entities.missing),
    ...section("entities not in the gold", report.entities.extra),
    ...section("duplicate actors", report.entities.duplicates),
    ...section("forbidden names as actors", report.entities.forbidden),
    ...section("missing leader → state links", report.memberships.missing),
    `evidence sentences containing page chrome: ${report.provenance.boilerplateEvidence.length}`,
    "",
  ].join("\n");
}
