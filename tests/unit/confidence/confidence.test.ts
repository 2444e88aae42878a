import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountedNoisyOr, relationConfidence, ruleIds } from "../../../src/extract/resolve/confidence.ts";
import {
  CalibrationTableError,
  compileRulePrecisionTable,
  loadRulePrecisionTable,
  rulePrecision,
  smoothedPrecision,
  type RulePrecisionTable,
} from "../../../src/extract/resolve/rule-precision.ts";

function table(overrides: Partial<RulePrecisionTable> = {}): RulePrecisionTable {
  return {
    note: "test",
    prior: { alpha: 4, beta: 1 },
    combination: { sameArticleDiscount: 0.5, otherArticleDiscount: 1 },
    default: { right: 0, allowed: 0, wrong: 0, precision: 0.6 },
    rules: {
      "pair.entre": { right: 18, allowed: 0, wrong: 2, precision: 0.9 },
      "pair.nearest": { right: 5, allowed: 1, wrong: 4, precision: 0.5 },
    },
    sets: [],
    reliability: [],
    ...overrides,
  };
}

const ev = (article: string, rule?: string) => (rule === undefined ? { article } : { article, rule });

describe("relation confidence", () => {
  it("is the rule's precision for a relation stated once", () => {
    expect(relationConfidence([ev("a", "pair.entre")], table())).toBe(0.9);
    expect(relationConfidence([ev("a", "pair.nearest")], table())).toBe(0.5);
  });

  it("uses the default precision for a rule the table does not know, and for evidence without a rule", () => {
    expect(relationConfidence([ev("a", "pair.new-rule")], table())).toBe(0.6);
    expect(relationConfidence([ev("a")], table())).toBe(0.6);
    // A rule id that is also an Object.prototype name is still unknown.
    expect(rulePrecision(table(), "constructor")).toBe(0.6);
  });

  it("counts a second article as an independent witness, a second sentence of the same article at half weight", () => {
    const twoArticles = relationConfidence([ev("a", "pair.nearest"), ev("b", "pair.nearest")], table());
    const oneArticle = relationConfidence([ev("a", "pair.nearest"), ev("a", "pair.nearest")], table());
    expect(twoArticles).toBe(0.75); // 1 − 0.5 · 0.5
    expect(oneArticle).toBe(0.625); // 1 − 0.5 · (1 − 0.5 · 0.5)
    expect(oneArticle).toBeGreaterThan(0.5);
  });

  it("counts near-duplicate copies of one story once, by the strongest copy", () => {
    const storyOf = (article: string) => (article === "b" ? "a" : article);
    const copies = [ev("a", "pair.nearest"), ev("b", "pair.entre")];
    expect(relationConfidence(copies, table(), storyOf)).toBe(0.9);
    expect(relationConfidence(copies, table())).toBe(0.95); // 1 − 0.1 · 0.5: two independent witnesses
    // A third article telling another story still adds a witness.
    expect(relationConfidence([...copies, ev("c", "pair.nearest")], table(), storyOf)).toBe(0.95);
  });

  it("lets a discount of 0 count only the best sentence of an article", () => {
    const t = table({ combination: { sameArticleDiscount: 0, otherArticleDiscount: 1 } });
    expect(relationConfidence([ev("a", "pair.entre"), ev("a", "pair.nearest"), ev("a")], t)).toBe(0.9);
  });

  it("is 0 without evidence, rounded to 3 decimals and never above 1", () => {
    expect(relationConfidence([], table())).toBe(0);
    const many = Array.from({ length: 40 }, (_, i) => ev(`a${i}`, "pair.entre"));
    expect(relationConfidence(many, table())).toBe(1);
    const c = relationConfidence([ev("a", "pair.entre"), ev("a", "pair.nearest"), ev("b", "x")], table());
    expect(Math.round(c * 1000) / 1000).toBe(c);
  });

  it("does not depend on the order of the evidence", () => {
    const items = [ev("a", "pair.entre"), ev("b", "pair.nearest"), ev("a", "pair.nearest"), ev("c")];
    expect(relationConfidence([...items].reverse(), table())).toBe(relationConfidence(items, table()));
  });

  const anyEvidence = fc.array(
    fc.record({
      article: fc.constantFrom("a", "b", "c", "d"),
      rule: fc.constantFrom("pair.entre", "pair.nearest", "unknown"),
    }),
    { maxLength: 8 },
  );
  const anyDiscounts = fc.record({
    sameArticleDiscount: fc.double({ min: 0, max: 1, noNaN: true }),
    otherArticleDiscount: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it("never falls when a sentence is added, in the same article or another one", () => {
    fc.assert(
      fc.property(
        anyEvidence,
        fc.record({
          article: fc.constantFrom("a", "b", "e"),
          rule: fc.constantFrom("pair.entre", "pair.nearest", "unknown"),
        }),
        anyDiscounts,
        (evidence, extra, combination) => {
          const t = table({ combination });
          expect(relationConfidence([...evidence, extra], t)).toBeGreaterThanOrEqual(relationConfidence(evidence, t));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never falls when a rule's precision rises", () => {
    fc.assert(
      fc.property(
        anyEvidence,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        anyDiscounts,
        (evidence, p, q, combination) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          const withPrecision = (precision: number) =>
            table({
              combination,
              rules: { ...table().rules, "pair.nearest": { right: 0, allowed: 0, wrong: 0, precision } },
            });
          expect(relationConfidence(evidence, withPrecision(high))).toBeGreaterThanOrEqual(
            relationConfidence(evidence, withPrecision(low)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays within [0, 1] for any precisions and discounts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ps, d) => {
          const c = discountedNoisyOr(ps, d);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("rule ids of a relation", () => {
  it("are sorted and unique, and evidence without a rule adds none", () => {
    expect(ruleIds([{ rule: "pair.entre" }, {}, { rule: "pair.agent-target" }, { rule: "pair.entre" }])).toEqual([
      "pair.agent-target",
      "pair.entre",
    ]);
    expect(ruleIds([{}])).toEqual([]);
  });
});

describe("the calibration table", () => {
  it("the bundled table is valid and every precision is its smoothed counts", () => {
    const bundled = loadRulePrecisionTable();
    for (const [id, counts] of [["default", bundled.default] as const, ...Object.entries(bundled.rules)])
      expect(counts.precision, id).toBe(smoothedPrecision(counts, bundled.prior));
  });

  it("smooths counts towards the prior: few observations stay near its mean, many follow the data", () => {
    const prior = { alpha: 4, beta: 1 };
    expect(smoothedPrecision({ right: 0, allowed: 0, wrong: 0 }, prior)).toBe(0.8);
    expect(smoothedPrecision({ right: 0, allowed: 0, wrong: 1 }, prior)).toBe(0.667);
    expect(smoothedPrecision({ right: 10, allowed: 5, wrong: 85 }, prior)).toBe(0.181);
  });

  it.each([
    [
      (t: Record<string, unknown>) =>
        ((t.rules as Record<string, unknown>)["pair.entre"] = { right: 1, allowed: 0, wrong: 0, precision: 1.5 }),
      /rules\["pair\.entre"\]\.precision must be <= 1/,
    ],
    [
      (t: Record<string, unknown>) =>
        ((t.rules as Record<string, unknown>)["pair.x"] = { right: -1, allowed: 0, wrong: 0, precision: 0.5 }),
      /rules\["pair\.x"\]\.right must be >= 0/,
    ],
    [
      (t: Record<string, unknown>) =>
        ((t.rules as Record<string, unknown>)["pair.y"] = { right: 1, allowed: 0, precision: 0.5 }),
      /rules\["pair\.y"\] is missing field "wrong"/,
    ],
    [
      (t: Record<string, unknown>) =>
        ((t.rules as Record<string, unknown>)["bad id"] = { right: 1, allowed: 0, wrong: 0, precision: 0.5 }),
      /rule id "bad id"/,
    ],
    [
      (t: Record<string, unknown>) => (t.combination = { sameArticleDiscount: 2, otherArticleDiscount: 1 }),
      /combination\.sameArticleDiscount must be <= 1/,
    ],
    [(t: Record<string, unknown>) => (t.extra = true), /has unknown field "extra"/],
    [
      (t: Record<string, unknown>) => (t.reliability = [{ from: 0, to: 0.5, relations: 1, right: 2, observed: 1 }]),
      /right 2 > relations 1/,
    ],
  ])("refuses a bad table, naming the entry (%#)", (spoil, message) => {
    const data = structuredClone(table()) as unknown as Record<string, unknown>;
    spoil(data);
    expect(() => compileRulePrecisionTable(data)).toThrow(CalibrationTableError);
    expect(() => compileRulePrecisionTable(data)).toThrow(message);
  });
});
