/**
 * The confidence of a relation edge: a calibrated probability that a careful reader of its articles would draw it.
 *
 * Each evidence sentence is a witness whose reliability is its rule's measured precision (`rule-precision.ts`). The
 * witnesses combine by noisy-OR — the relation is wrong only if every witness is wrong — with two discounts for
 * witnesses that are not independent: within one article the sentences repeat one author's reading of one story
 * (and one extraction error repeats with them), so they count by rank, the best fully, the next by
 * `sameArticleDiscount`, the next by its square…; articles then combine the same way with `otherArticleDiscount`.
 * Near-duplicate copies of one story (the same wire copy in two outlets, `ArticleMeta.sameStoryAs`) are one witness,
 * not two: a story's value is that of its strongest copy, as edge weights count the story once.
 *
 *   article a:   q_a = 1 − Π_j (1 − s^j · p_(j))     p sorted high to low, s = sameArticleDiscount
 *   relation:    c   = 1 − Π_k (1 − o^k · q_(k))     q sorted high to low, o = otherArticleDiscount
 *
 * Monotone in support: adding a sentence or an article, or raising a precision, never lowers the result (an added
 * witness takes a rank at least as strong as the one it displaces, and every factor is ≤ 1). Pure and deterministic:
 * rounded to 3 decimals.
 */
import type { Evidence } from "../../model/types.ts";
import { round3, rulePrecision, type RulePrecisionTable } from "./rule-precision.ts";

/** Noisy-OR of witnesses weighted by rank: 1 − Π_j (1 − discount^j · p_(j)), p sorted from high to low. */
export function discountedNoisyOr(probabilities: readonly number[], discount: number): number {
  const sorted = [...probabilities].sort((a, b) => b - a);
  let allWrong = 1;
  let weight = 1;
  for (const p of sorted) {
    allWrong *= 1 - weight * p;
    weight *= discount;
  }
  return 1 - allWrong;
}

/**
 * The confidence of a relation from its evidence, with the precisions and discounts of `table`; 0 without evidence.
 * `storyOf` names the story an article tells (its own id unless it is a near-duplicate of another).
 */
export function relationConfidence(
  evidence: readonly Pick<Evidence, "article" | "rule">[],
  table: RulePrecisionTable,
  storyOf: (article: string) => string = (article) => article,
): number {
  const byArticle = new Map<string, number[]>();
  for (const item of evidence) {
    const list = byArticle.get(item.article);
    const p = rulePrecision(table, item.rule);
    if (list) list.push(p);
    else byArticle.set(item.article, [p]);
  }
  const perStory = new Map<string, number>();
  for (const [article, ps] of byArticle) {
    const story = storyOf(article);
    const q = discountedNoisyOr(ps, table.combination.sameArticleDiscount);
    perStory.set(story, Math.max(perStory.get(story) ?? 0, q));
  }
  return round3(discountedNoisyOr([...perStory.values()], table.combination.otherArticleDiscount));
}

/** The ids of the rules behind the evidence, sorted (code-point order) and unique; evidence without a rule adds none. */
export function ruleIds(evidence: readonly Pick<Evidence, "rule">[]): string[] {
  const ids = new Set<string>();
  for (const item of evidence) if (item.rule !== undefined) ids.add(item.rule);
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
