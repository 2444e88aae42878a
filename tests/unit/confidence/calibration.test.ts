/**
 * The confidence is calibrated: on the dev set (read from ../shared/devset at run time, never copied), relations the
 * graph gives a confidence of at least 0.8 are right (or allowed by the gold) at least 80 % of the time. Plus the
 * fitting itself, on small judged sets.
 */
import { describe, expect, it } from "vitest";
import { judgeRelations } from "../../../src/eval/score.ts";
import {
  CHECK_MIN_PRECISION,
  CHECK_THRESHOLD,
  checkFigures,
  fitCalibrationTable,
  reliabilityTable,
  type JudgedRelation,
  type JudgedSet,
} from "../../../src/extract/resolve/calibration-fit.ts";
import { loadRulePrecisionTable } from "../../../src/extract/resolve/rule-precision.ts";
import { isRelation } from "../../../src/model/types.ts";
import { buildDevsetGraph, HAVE_DEVSET, readDevsetGold } from "../eval/devset.ts";

describe.skipIf(!HAVE_DEVSET)("calibration check on the dev set", { timeout: 120_000 }, () => {
  it(`among relations with confidence ≥ ${CHECK_THRESHOLD}, at least ${CHECK_MIN_PRECISION * 100} % are right or allowed`, () => {
    const graph = buildDevsetGraph();
    const verdicts = judgeRelations(graph, readDevsetGold());
    const confident: string[] = [];
    graph.forEachEdge((key, a) => {
      if (isRelation(a) && a.confidence! >= CHECK_THRESHOLD) confident.push(key);
    });
    const right = confident.filter((key) => verdicts.get(key) !== "wrong");
    expect(confident.length, "relations at or above the threshold").toBeGreaterThan(20);
    expect(right.length / confident.length, `${right.length}/${confident.length} right`).toBeGreaterThanOrEqual(
      CHECK_MIN_PRECISION,
    );
    // Every relation carries a confidence in [0, 1] and the rules of its evidence.
    graph.forEachEdge((key, a) => {
      if (!isRelation(a)) return;
      expect(a.confidence, key).toBeGreaterThanOrEqual(0);
      expect(a.confidence, key).toBeLessThanOrEqual(1);
      expect(a.rules, key).toEqual([...new Set(a.evidence.map((e) => e.rule!))].sort());
    });
  });
});

const rel = (key: string, verdict: JudgedRelation["verdict"], ...evidence: [string, string?][]): JudgedRelation => ({
  key,
  verdict,
  evidence: evidence.map(([article, rule]) => (rule === undefined ? { article } : { article, rule })),
});

function judgedSets(): JudgedSet[] {
  const relations: JudgedRelation[] = [];
  for (let i = 0; i < 18; i++)
    relations.push(rel(`good-${i}`, i % 6 === 0 ? "allowed" : "right", [`a${i}`, "pair.entre"]));
  relations.push(rel("bad-entre", "wrong", ["a0", "pair.entre"]));
  for (let i = 0; i < 4; i++) relations.push(rel(`near-${i}`, i < 2 ? "wrong" : "right", [`b${i}`, "pair.nearest"]));
  relations.push(rel("two-articles", "right", ["c1", "pair.nearest"], ["c2", "pair.nearest"]));
  relations.push(rel("no-rule", "wrong", ["d1"]));
  return [
    { name: "set A", articles: 30, relations: relations.slice(0, 12) },
    { name: "set B", articles: 10, relations: relations.slice(12) },
  ];
}

describe("fitting the calibration table", () => {
  it("counts each relation once for each rule among its evidence, by its verdict, allowed apart", () => {
    const table = fitCalibrationTable(judgedSets(), "test");
    expect(table.rules["pair.entre"]).toMatchObject({ right: 15, allowed: 3, wrong: 1 });
    // "two-articles" has two sentences of pair.nearest: one relation, counted once.
    expect(table.rules["pair.nearest"]).toMatchObject({ right: 3, allowed: 0, wrong: 2 });
    // The pool counts every relation, those without a rule included.
    expect(table.default).toMatchObject({ right: 18, allowed: 3, wrong: 4 });
    expect(Object.keys(table.rules)).toEqual(["pair.entre", "pair.nearest"]);
    expect(table.sets).toEqual([
      { name: "set A", articles: 30, relations: 12, right: 10, allowed: 2, wrong: 0 },
      { name: "set B", articles: 10, relations: 13, right: 8, allowed: 1, wrong: 4 },
    ]);
  });

  it("ranks a rule that errs below one that does not, both pulled towards the pooled precision", () => {
    const table = fitCalibrationTable(judgedSets(), "test");
    const entre = table.rules["pair.entre"]!.precision;
    const nearest = table.rules["pair.nearest"]!.precision;
    expect(entre).toBeGreaterThan(nearest);
    expect(entre).toBeLessThan(1);
    expect(nearest).toBeGreaterThan(3 / 5); // smoothed up towards the pool (21/25)
    expect(table.prior.alpha / (table.prior.alpha + table.prior.beta)).toBeCloseTo(22 / 27, 2);
  });

  it("writes the same table for the same judgements, whatever the order of relations", () => {
    const sets = judgedSets();
    const reversed = sets.map((s) => ({ ...s, relations: [...s.relations].reverse() }));
    expect(JSON.stringify(fitCalibrationTable(reversed, "n"))).toBe(JSON.stringify(fitCalibrationTable(sets, "n")));
  });

  it("reports reliability bins that account for every relation, and the check over the threshold", () => {
    const sets = judgedSets();
    const table = fitCalibrationTable(sets, "test");
    const all = sets.flatMap((s) => s.relations);
    const bins = reliabilityTable(all, table);
    expect(bins.reduce((n, b) => n + b.relations, 0)).toBe(all.length);
    expect(bins.reduce((n, b) => n + b.right, 0)).toBe(all.filter((r) => r.verdict !== "wrong").length);
    expect(table.reliability).toEqual(bins);
    const check = checkFigures(all, table, 0);
    expect(check).toEqual({ relations: 25, right: 21, precision: 0.84 });
  });

  it("the bundled table was written by the fit (its reliability bins account for its sets)", () => {
    const table = loadRulePrecisionTable();
    const judged = table.sets.reduce((n, s) => n + s.relations, 0);
    expect(table.reliability.reduce((n, b) => n + b.relations, 0)).toBe(judged);
    expect(judged).toBeGreaterThan(0);
  });
});
