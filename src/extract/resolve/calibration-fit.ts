/**
 * Fitting the calibration table from judged relations: each relation edge of a graph built from an annotated corpus
 * was judged right, allowed or wrong against its gold (by `src/eval/`); the edge then counts once for each rule among
 * its evidence, as `entente eval --by-rule` counts (a relation is the unit judged; counting its sentences instead
 * would let a well-reported right relation weigh ten times, and inflate every rule it uses). Pure and deterministic (sorted keys, rounded numbers), so the same judgements always write the
 * same file.
 *
 * - **Per-rule precision** is the posterior mean under a Beta prior centred on the pooled precision of all rules
 *   (empirical Bayes), of strength `PRIOR_STRENGTH` pseudo-sentences: a rule seen twice stays near the pool, a rule
 *   seen fifty times follows its own record. Allowed relations count as right, as in the calibration check.
 * - **The discounts** for sentences of one article and for further articles are chosen on a grid, minimising the
 *   Brier score of the relations' confidences against their verdicts.
 *
 * Both are fitted on the same relations they are then checked on; `crossValidate` gives the honest figure.
 */
import { relationConfidence } from "./confidence.ts";
import { compareCodeUnits as compare } from "../../model/text-keys.ts";
import {
  round3,
  smoothedPrecision,
  type CalibrationSet,
  type CombinationParameters,
  type ReliabilityBin,
  type RuleCounts,
  type RulePrecisionTable,
} from "./rule-precision.ts";

export type Verdict = "right" | "allowed" | "wrong";

/** One relation edge of an annotated corpus's graph, with the verdict of the gold on it. */
export interface JudgedRelation {
  key: string;
  /** The article of each supporting sentence, and the rule that drew it (if recorded). */
  evidence: readonly { article: string; rule?: string }[];
  verdict: Verdict;
}

export interface JudgedSet {
  name: string;
  articles: number;
  relations: readonly JudgedRelation[];
}

/** Pseudo-sentences of prior belief per rule: enough to tame a rule seen once or twice, few enough to let data speak. */
export const PRIOR_STRENGTH = 4;
/** Discount values tried for each of the two combination parameters. */
export const DISCOUNT_GRID = [0, 0.25, 0.5, 0.75, 1] as const;
/** Lower bounds of the reliability bins; the last bin includes 1. */
export const RELIABILITY_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95] as const;
/** The calibration check: among relations with at least this confidence… */
export const CHECK_THRESHOLD = 0.8;
/** …at least this share is right (or allowed). */
export const CHECK_MIN_PRECISION = 0.8;

const isGood = (verdict: Verdict) => verdict !== "wrong";

function emptyCounts(): Omit<RuleCounts, "precision"> {
  return { right: 0, allowed: 0, wrong: 0 };
}

/** Per-rule counts of relations by verdict (each relation once per rule among its evidence), and pooled over relations. */
function countEvidence(relations: readonly JudgedRelation[]): {
  pooled: Omit<RuleCounts, "precision">;
  byRule: Map<string, Omit<RuleCounts, "precision">>;
} {
  const pooled = emptyCounts();
  const byRule = new Map<string, Omit<RuleCounts, "precision">>();
  for (const relation of relations) {
    pooled[relation.verdict] += 1;
    for (const rule of new Set(relation.evidence.flatMap((item) => (item.rule === undefined ? [] : [item.rule])))) {
      let counts = byRule.get(rule);
      if (!counts) byRule.set(rule, (counts = emptyCounts()));
      counts[relation.verdict] += 1;
    }
  }
  return { pooled, byRule };
}

/** Rule precisions and the default, without combination parameters or reports. */
function fitPrecisions(relations: readonly JudgedRelation[]): Pick<RulePrecisionTable, "prior" | "default" | "rules"> {
  const { pooled, byRule } = countEvidence(relations);
  // Laplace's rule keeps the prior's mean strictly inside (0, 1) even for an all-right or all-wrong pool.
  const mean = (pooled.right + pooled.allowed + 1) / (pooled.right + pooled.allowed + pooled.wrong + 2);
  const prior = { alpha: round3(PRIOR_STRENGTH * mean), beta: round3(PRIOR_STRENGTH * (1 - mean)) };
  const rules: Record<string, RuleCounts> = {};
  for (const id of [...byRule.keys()].sort(compare)) {
    const counts = byRule.get(id)!;
    rules[id] = { ...counts, precision: smoothedPrecision(counts, prior) };
  }
  return { prior, default: { ...pooled, precision: smoothedPrecision(pooled, prior) }, rules };
}

/** Mean squared difference between confidence and outcome (1 right or allowed, 0 wrong): lower is better calibrated. */
export function brierScore(relations: readonly JudgedRelation[], table: RulePrecisionTable): number {
  if (relations.length === 0) return 0;
  let sum = 0;
  for (const r of relations) sum += (relationConfidence(r.evidence, table) - (isGood(r.verdict) ? 1 : 0)) ** 2;
  return sum / relations.length;
}

/** Confidence of each relation against its verdict, in bins. */
export function reliabilityTable(relations: readonly JudgedRelation[], table: RulePrecisionTable): ReliabilityBin[] {
  const bins: ReliabilityBin[] = RELIABILITY_EDGES.map((from, i) => ({
    from,
    to: RELIABILITY_EDGES[i + 1] ?? 1,
    relations: 0,
    right: 0,
    observed: null,
  }));
  for (const r of relations) {
    const confidence = relationConfidence(r.evidence, table);
    const bin = bins.findLast((b) => confidence >= b.from)!;
    bin.relations += 1;
    if (isGood(r.verdict)) bin.right += 1;
  }
  for (const bin of bins) bin.observed = bin.relations === 0 ? null : round3(bin.right / bin.relations);
  return bins;
}

/** The calibration check's figures: relations at or above the threshold, and how many of them are right or allowed. */
export function checkFigures(
  relations: readonly JudgedRelation[],
  table: RulePrecisionTable,
  threshold = CHECK_THRESHOLD,
): { relations: number; right: number; precision: number | null } {
  const confident = relations.filter((r) => relationConfidence(r.evidence, table) >= threshold);
  const right = confident.filter((r) => isGood(r.verdict)).length;
  return {
    relations: confident.length,
    right,
    precision: confident.length === 0 ? null : round3(right / confident.length),
  };
}

/** Fits the whole table from judged sets: rule precisions, then the discounts on the grid, then its own reliability. */
export function fitCalibrationTable(sets: readonly JudgedSet[], note: string): RulePrecisionTable {
  const relations = sets.flatMap((s) => s.relations);
  const base = fitPrecisions(relations);
  let best: { combination: CombinationParameters; score: number } | null = null;
  for (const sameArticleDiscount of DISCOUNT_GRID)
    for (const otherArticleDiscount of DISCOUNT_GRID) {
      const combination = { sameArticleDiscount, otherArticleDiscount };
      const score = brierScore(relations, { ...base, combination, note, sets: [], reliability: [] });
      // Strictly better only: ties keep the earlier (more cautious) grid point, so the choice is deterministic.
      if (best === null || score < best.score - 1e-12) best = { combination, score };
    }
  const table: RulePrecisionTable = {
    note,
    ...base,
    combination: best!.combination,
    sets: sets.map(summariseSet),
    reliability: [],
  };
  table.reliability = reliabilityTable(relations, table);
  return {
    note: table.note,
    prior: table.prior,
    combination: table.combination,
    default: table.default,
    rules: table.rules,
    sets: table.sets,
    reliability: table.reliability,
  };
}

function summariseSet(set: JudgedSet): CalibrationSet {
  const count = (v: Verdict) => set.relations.filter((r) => r.verdict === v).length;
  return {
    name: set.name,
    articles: set.articles,
    relations: set.relations.length,
    right: count("right"),
    allowed: count("allowed"),
    wrong: count("wrong"),
  };
}
