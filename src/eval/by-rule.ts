/**
 * Precision per extraction rule: every relation edge is attributed to each rule named by its evidence (and its
 * `rules`), with the verdict `judgeRelations` gives it, so a rule that makes wrong edges shows up by name.
 */
import { isRelation, type EntenteGraph } from "../model/types.ts";
import type { Verdict } from "./score.ts";

/** Edges that name no rule (a graph built before rules were recorded) are counted under this id. */
export const NO_RULE = "(no rule)";

export interface RuleFigures {
  rule: string;
  /** Relation edges whose evidence includes the rule. */
  edges: number;
  right: number;
  allowed: number;
  wrong: number;
  /** right / (right + wrong); null when the rule made no judged edge but allowed ones. */
  precision: number | null;
  /** Evidence sentences the rule drew. */
  sentences: number;
}

/** One row per rule id, sorted by id (the `NO_RULE` row last). */
export function figuresByRule(graph: EntenteGraph, verdicts: ReadonlyMap<string, Verdict>): RuleFigures[] {
  const rows = new Map<string, RuleFigures>();
  const row = (rule: string) => {
    let r = rows.get(rule);
    if (!r) rows.set(rule, (r = { rule, edges: 0, right: 0, allowed: 0, wrong: 0, precision: null, sentences: 0 }));
    return r;
  };
  graph.forEachEdge((key, a) => {
    if (!isRelation(a)) return;
    const rules = new Set(a.rules ?? []);
    for (const e of a.evidence) {
      if (e.rule === undefined) continue;
      rules.add(e.rule);
      row(e.rule).sentences++;
    }
    if (rules.size === 0) rules.add(NO_RULE);
    const verdict = verdicts.get(key);
    for (const rule of rules) {
      const r = row(rule);
      r.edges++;
      if (verdict) r[verdict]++;
    }
  });
  for (const r of rows.values()) r.precision = r.right + r.wrong === 0 ? null : r.right / (r.right + r.wrong);
  return [...rows.values()].sort((x, y) =>
    x.rule === NO_RULE ? 1 : y.rule === NO_RULE ? -1 : x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0,
  );
}
