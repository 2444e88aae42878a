/** The evaluation report as the text `entente eval` prints. */
import { RELATION_TYPES } from "../model/types.ts";
import type { RuleFigures } from "./by-rule.ts";
import type { ScoreReport } from "./score.ts";

/** "—" when a figure is undefined (no predicted or no required relation of a type). */
const num = (x: number | null) => (x !== null && Number.isFinite(x) ? x.toFixed(3) : "  —  ");
const prf = (p: number | null, r: number | null, f: number | null) => `P ${num(p)}  R ${num(r)}  F1 ${num(f)}`;
const list = (title: string, items: readonly string[]) =>
  items.length === 0 ? [] : ["", `${title} (${items.length}):`, ...items.map((x) => `  - ${x}`)];

/** The one-line summary, in the words and rounding of `score.mjs`'s last line. */
export function summaryLine(r: ScoreReport): string {
  const f2 = (x: number) => x.toFixed(2);
  return (
    `entF1=${f2(r.entities.f1)} relP=${f2(r.relations.precision)} relR=${f2(r.relations.recall)} relF1=${f2(r.relations.f1)} ` +
    `prov=${r.provenance.covered}/${r.provenance.sources} members=${r.memberships.found}/${r.memberships.required} ` +
    `dupes=${r.entities.duplicates.length} forbidden=${r.entities.forbidden.length} boilerEv=${r.provenance.boilerplateEvidence.length}`
  );
}

export function formatReport(r: ScoreReport): string {
  const rel = r.relations;
  const ent = r.entities;
  const lines = [
    `relations (pair, type)   ${prf(rel.precision, rel.recall, rel.f1)}   right ${rel.truePositives}, allowed ${rel.allowed}, wrong ${rel.falsePositives.length}; found ${rel.found} of ${rel.required} required`,
    ...RELATION_TYPES.map((t) => {
      const f = r.byType[t];
      return `  ${t.padEnd(22)} ${prf(f.precision, f.recall, f.f1)}   right ${f.right}, allowed ${f.allowed}, wrong ${f.wrong}; found ${f.found} of ${f.required} required`;
    }),
    `entities                 ${prf(ent.precision, ent.recall, ent.f1)}   found ${ent.found} of ${ent.required} required, ${ent.extra.length} not in the gold`,
    `leader → state links     ${r.memberships.found} of ${r.memberships.required}`,
    `evidence from chrome     ${r.provenance.boilerplateEvidence.length}`,
    `forbidden names          ${ent.forbidden.length}`,
    `duplicate actors         ${ent.duplicates.length}`,
    `provenance               ${r.provenance.covered} of ${r.provenance.sources} sources`,
    "",
    "Per type: a predicted (pair, type) counts under its type, a required relation under its first listed type; — when undefined.",
    ...list("missing relations", rel.missing),
    ...list("false relations", rel.falsePositives),
    ...list("missing entities", ent.missing),
    ...list("entities not in the gold", ent.extra),
    ...list("duplicate actors", ent.duplicates),
    ...list("forbidden names as actors", ent.forbidden),
    ...list("missing leader → state links", r.memberships.missing),
    ...list("evidence from chrome", r.provenance.boilerplateEvidence),
    "",
    summaryLine(r),
  ];
  return lines.join("\n");
}

/** The `--by-rule` table: one row per rule id. */
export function formatByRule(rows: readonly RuleFigures[]): string {
  const width = Math.max(4, ...rows.map((r) => r.rule.length));
  const head = `${"rule".padEnd(width)}  ${"edges".padStart(5)}  ${"right".padStart(5)}  ${"allow".padStart(5)}  ${"wrong".padStart(5)}  ${"prec.".padStart(5)}  ${"sent.".padStart(5)}`;
  const body = rows.map(
    (r) =>
      `${r.rule.padEnd(width)}  ${String(r.edges).padStart(5)}  ${String(r.right).padStart(5)}  ${String(r.allowed).padStart(5)}  ${String(r.wrong).padStart(5)}  ${(r.precision === null ? "—" : r.precision.toFixed(2)).padStart(5)}  ${String(r.sentences).padStart(5)}`,
  );
  return [
    head,
    ...body,
    "",
    "An edge counts under every rule in its evidence; precision = right / (right + wrong).",
  ].join("\n");
}
