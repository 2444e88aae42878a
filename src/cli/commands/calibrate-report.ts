/**
 * What `entente calibrate` found, and its two renderings: plain text for the terminal, Markdown for the README's
 * Confidence section (between `<!-- calibration:start -->` and `<!-- calibration:end -->`), so the figures a reader
 * sees there are always the ones the table was written with.
 */
import {
  CHECK_MIN_PRECISION,
  CHECK_THRESHOLD,
  RELATION_RULES,
  type CalibrationSet,
  type ReliabilityBin,
  type RulePrecisionTable,
} from "../../extract/index.ts";

export interface CheckFigures {
  relations: number;
  right: number;
  precision: number | null;
}

export interface CalibrationReport {
  table: RulePrecisionTable;
  /** Fitted and checked on every set. */
  inSample: { brier: number; devCheck: CheckFigures };
  /** Dev-set articles in folds, each judged with a table fitted without it. */
  crossValidated: { folds: number; brier: number; constantBrier: number; bins: ReliabilityBin[]; check: CheckFigures };
  /** Each set judged with a table fitted on the others. */
  leaveOneSetOut: { name: string; check: CheckFigures }[];
  refused: string[];
}

export const README_START = "<!-- calibration:start -->";
export const README_END = "<!-- calibration:end -->";
export const RULES_START = "<!-- rules:start -->";
export const RULES_END = "<!-- rules:end -->";

const fixed = (value: number | null, digits = 3) => (value === null ? "—" : value.toFixed(digits));

function verdict(check: CheckFigures): string {
  if (check.precision === null) return "no relation reaches it";
  return check.precision >= CHECK_MIN_PRECISION ? "holds" : "FAILS";
}

function setLine(s: CalibrationSet): string {
  return `${s.name}: ${s.articles} articles, ${s.relations} relations judged (right ${s.right}, allowed ${s.allowed}, wrong ${s.wrong})`;
}

function checkLine(title: string, check: CheckFigures): string {
  const share = check.precision === null ? "" : ` (${fixed(check.precision)})`;
  return `${title}: confidence ≥ ${CHECK_THRESHOLD}: ${check.right}/${check.relations} right or allowed${share}, target ≥ ${CHECK_MIN_PRECISION}: ${verdict(check)}`;
}

function binLabel(bin: ReliabilityBin): string {
  return `[${bin.from.toFixed(2)}, ${bin.to.toFixed(2)}${bin.to === 1 ? "]" : ")"}`;
}

function reliabilityLines(bins: readonly ReliabilityBin[]): string[] {
  return [
    "  confidence    relations  right  observed",
    ...bins.map(
      (b) =>
        `  ${binLabel(b).padEnd(12)}  ${String(b.relations).padStart(9)}  ${String(b.right).padStart(5)}  ${fixed(b.observed).padStart(8)}`,
    ),
  ];
}

/** The terminal report. */
export function formatText(report: CalibrationReport): string {
  const { table, inSample, crossValidated: cv } = report;
  const rows = [
    ...Object.entries(table.rules),
    ["(default: every judged relation, for unknown rules)", table.default] as const,
  ];
  const width = Math.max(...rows.map(([id]) => id.length));
  const lines = [
    ...table.sets.map(setLine),
    "",
    `${"rule".padEnd(width)}  right allowed wrong  precision`,
    ...rows.map(
      ([id, c]) =>
        `${id.padEnd(width)}  ${String(c.right).padStart(5)} ${String(c.allowed).padStart(7)} ${String(c.wrong).padStart(5)}  ${c.precision.toFixed(3).padStart(9)}`,
    ),
    "",
    `prior Beta(${table.prior.alpha}, ${table.prior.beta}); sameArticleDiscount ${table.combination.sameArticleDiscount}, otherArticleDiscount ${table.combination.otherArticleDiscount}`,
    "",
    `reliability (all sets, fitted on themselves; Brier score ${inSample.brier.toFixed(4)}):`,
    ...reliabilityLines(table.reliability),
    "",
    checkLine("check on the dev set (fitted on all sets)", inSample.devCheck),
    "",
    `cross-validated reliability (dev set, ${cv.folds} folds of articles, each judged with a table fitted without it; Brier score ${cv.brier.toFixed(4)}, ${cv.constantBrier.toFixed(4)} for a constant guess of the observed rate):`,
    ...reliabilityLines(cv.bins),
    checkLine(`check, ${cv.folds}-fold cross-validated on the dev set`, cv.check),
    ...report.leaveOneSetOut.map((l) => checkLine(`check on ${l.name}, fitted without it`, l.check)),
    ...report.refused.map((r) => `refused: ${r}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** The README block: the sets, the table, reliability in and out of sample, the checks. */
export function formatMarkdown(report: CalibrationReport): string {
  const { table, inSample, crossValidated: cv } = report;
  const total = table.sets.reduce((n, s) => n + s.relations, 0);
  const cvByFrom = new Map(cv.bins.map((b) => [b.from, b]));
  const lines = [
    README_START,
    `**The table the confidence came from**, as \`npx entente calibrate\` wrote it: ${total} judged relations — ${table.sets.map((s) => `${s.name} ${s.relations} (${s.right} right, ${s.allowed} allowed, ${s.wrong} wrong; ${s.articles} articles)`).join("; ")}. Prior Beta(${table.prior.alpha}, ${table.prior.beta}); discounts chosen: \`sameArticleDiscount\` ${table.combination.sameArticleDiscount}, \`otherArticleDiscount\` ${table.combination.otherArticleDiscount}.`,
    "",
    "| rule | right | allowed | wrong | precision |",
    "|---|---|---|---|---|",
    ...Object.entries(table.rules).map(
      ([id, c]) => `| \`${id}\` | ${c.right} | ${c.allowed} | ${c.wrong} | ${c.precision.toFixed(3)} |`,
    ),
    `| default (every judged relation; for a rule not in the table) | ${table.default.right} | ${table.default.allowed} | ${table.default.wrong} | ${table.default.precision.toFixed(3)} |`,
    "",
    `**Reliability**: confidence bins against the share observed right or allowed, fitted and checked on all sets, and on the dev set ${cv.folds}-fold cross-validated (each fold of articles judged with a table fitted without it; a relation seen in two folds counts in each).`,
    "",
    "| confidence | all sets: relations | observed | dev set, cross-validated: relations | observed |",
    "|---|---|---|---|---|",
    // Bins empty in both columns are left out: they say nothing and hide the ones that do.
    ...table.reliability.flatMap((b) => {
      const out = cvByFrom.get(b.from);
      if (b.relations === 0 && (out?.relations ?? 0) === 0) return [];
      return [
        `| ${binLabel(b)} | ${b.relations} | ${fixed(b.observed)} | ${out?.relations ?? 0} | ${fixed(out?.observed ?? null)} |`,
      ];
    }),
    `| Brier score | ${inSample.brier.toFixed(3)} | | ${cv.brier.toFixed(3)} (constant guess: ${cv.constantBrier.toFixed(3)}) | |`,
    "",
    `**The calibration check** (confidence ≥ ${CHECK_THRESHOLD} → at least ${CHECK_MIN_PRECISION * 100} % right or allowed):`,
    "",
    `- on the dev set, fitted on all sets: ${inSample.devCheck.right} of ${inSample.devCheck.relations} (${fixed(inSample.devCheck.precision)}), ${verdict(inSample.devCheck)}`,
    `- dev set, ${cv.folds}-fold cross-validated: ${cv.check.right} of ${cv.check.relations} (${fixed(cv.check.precision)}), ${verdict(cv.check)}`,
    ...report.leaveOneSetOut.map(
      (l) =>
        `- ${l.name}, fitted without it: ${l.check.right} of ${l.check.relations} (${fixed(l.check.precision)}), ${verdict(l.check)}`,
    ),
    README_END,
  ];
  return lines.join("\n");
}

/**
 * The README's list of relation rules, in the order they are tried, each with what it recognises and its measured
 * precision on the annotated sets (right / (right + wrong); allowed relations are neither).
 */
export function formatRulesMarkdown(table: RulePrecisionTable): string {
  const lines = [
    RULES_START,
    "| # | rule | what it recognises | right | allowed | wrong | precision |",
    "|---|---|---|---|---|---|---|",
    ...RELATION_RULES.map((rule, i) => {
      const c = table.rules[rule.id];
      const precision = c && c.right + c.wrong > 0 ? (c.right / (c.right + c.wrong)).toFixed(2) : "—";
      return `| ${i + 1} | \`${rule.id}\` | ${rule.doc.replace(/\|/g, "\\|")} | ${c?.right ?? 0} | ${c?.allowed ?? 0} | ${c?.wrong ?? 0} | ${precision} |`;
    }),
    RULES_END,
  ];
  return lines.join("\n");
}

/** Replaces the README block between two markers (the calibration block by default); throws naming missing markers. */
export function replaceReadmeBlock(
  readme: string,
  block: string,
  startMarker = README_START,
  endMarker = README_END,
): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`the README has no "${startMarker}" … "${endMarker}" block to replace`);
  return readme.slice(0, start) + block + readme.slice(end + endMarker.length);
}
