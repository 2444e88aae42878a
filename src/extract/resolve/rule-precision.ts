/**
 * The calibration table: how often each extraction rule's relations were right on annotated data, smoothed into a
 * precision, plus how sentences of one relation combine. Written by `npx entente calibrate` into
 * `graph-data/calibration/rule-precision.json`; read here, validated with Ajv, so a hand-edited or stale file fails
 * loudly with the entry named. Pure (no fs): runs in Node and in the browser.
 */
import { Ajv, type ErrorObject } from "ajv";
import bundled from "../../../graph-data/calibration/rule-precision.json" with { type: "json" };

/** Counts of judged relations for one rule (relations with at least one sentence drawn by it), and their precision. */
export interface RuleCounts {
  /** Relations the gold requires. */
  right: number;
  /** Relations the gold allows (a reader might or might not take them): counted as right, as the calibration check does. */
  allowed: number;
  /** Relations the gold does not have. */
  wrong: number;
  /** (right + allowed + α) / (right + allowed + wrong + α + β): the Beta-smoothed precision, rounded. */
  precision: number;
}

/** How the sentences of one relation combine (see `confidence.ts`). */
export interface CombinationParameters {
  /** Weight of each further sentence of one article, geometric by rank: 1, d, d², … (0 = only the best counts). */
  sameArticleDiscount: number;
  /** Weight of each further article, geometric by rank: 1 means articles count as independent witnesses. */
  otherArticleDiscount: number;
}

/** One bin of the reliability table: relations whose confidence fell in [from, to), and how many were right. */
export interface ReliabilityBin {
  from: number;
  to: number;
  relations: number;
  /** Right or allowed. */
  right: number;
  /** right / relations, rounded; null for an empty bin. */
  observed: number | null;
}

/** One annotated set the table was fitted on. */
export interface CalibrationSet {
  name: string;
  articles: number;
  relations: number;
  right: number;
  allowed: number;
  wrong: number;
}

export interface RulePrecisionTable {
  note: string;
  /** Beta(α, β) prior each rule's counts are smoothed with; its mean is the pooled precision of all rules. */
  prior: { alpha: number; beta: number };
  combination: CombinationParameters;
  /** For evidence whose rule is not in `rules` (a new rule, or no rule recorded): the counts of every judged relation. */
  default: RuleCounts;
  /** Rule id → counts, in key order. */
  rules: Record<string, RuleCounts>;
  sets: CalibrationSet[];
  /** Confidence of every judged relation, binned, against what was observed: the table's own check. */
  reliability: ReliabilityBin[];
}

const count = { type: "integer", minimum: 0 } as const;
const probability = { type: "number", minimum: 0, maximum: 1 } as const;
const ruleCountsSchema = {
  type: "object",
  required: ["right", "allowed", "wrong", "precision"],
  additionalProperties: false,
  properties: { right: count, allowed: count, wrong: count, precision: probability },
} as const;

export const RULE_PRECISION_SCHEMA = {
  type: "object",
  required: ["note", "prior", "combination", "default", "rules", "sets", "reliability"],
  additionalProperties: false,
  properties: {
    note: { type: "string" },
    prior: {
      type: "object",
      required: ["alpha", "beta"],
      additionalProperties: false,
      properties: { alpha: { type: "number", exclusiveMinimum: 0 }, beta: { type: "number", exclusiveMinimum: 0 } },
    },
    combination: {
      type: "object",
      required: ["sameArticleDiscount", "otherArticleDiscount"],
      additionalProperties: false,
      properties: { sameArticleDiscount: probability, otherArticleDiscount: probability },
    },
    default: ruleCountsSchema,
    rules: { type: "object", propertyNames: { pattern: "^\\S+$" }, additionalProperties: ruleCountsSchema },
    sets: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "articles", "relations", "right", "allowed", "wrong"],
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1 },
          articles: count,
          relations: count,
          right: count,
          allowed: count,
          wrong: count,
        },
      },
    },
    reliability: {
      type: "array",
      items: {
        type: "object",
        required: ["from", "to", "relations", "right", "observed"],
        additionalProperties: false,
        properties: {
          from: probability,
          to: probability,
          relations: count,
          right: count,
          observed: { type: ["number", "null"], minimum: 0, maximum: 1 },
        },
      },
    },
  },
} as const;

export class CalibrationTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalibrationTableError";
  }
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validateTable = ajv.compile(RULE_PRECISION_SCHEMA);

/** Validates a parsed table; throws a `CalibrationTableError` naming each faulty entry (`rules["pair.entre"].precision …`). */
export function compileRulePrecisionTable(data: unknown, source = "rule-precision.json"): RulePrecisionTable {
  if (!validateTable(data))
    throw new CalibrationTableError(`calibration table ${source}: ${describeErrors(validateTable.errors ?? [])}`);
  const table = data as unknown as RulePrecisionTable;
  for (const bin of table.reliability)
    if (bin.right > bin.relations)
      throw new CalibrationTableError(
        `calibration table ${source}: reliability bin [${bin.from}, ${bin.to}): right ${bin.right} > relations ${bin.relations}`,
      );
  return table;
}

let loaded: RulePrecisionTable | undefined;

/** The bundled table (`graph-data/calibration/rule-precision.json`), validated once. */
export function loadRulePrecisionTable(): RulePrecisionTable {
  loaded ??= compileRulePrecisionTable(bundled, "graph-data/calibration/rule-precision.json");
  return loaded;
}

/** The precision used for evidence of `rule`: its own entry, else the default (unknown rule, or none recorded). */
export function rulePrecision(table: RulePrecisionTable, rule: string | undefined): number {
  const entry = rule === undefined ? undefined : Object.hasOwn(table.rules, rule) ? table.rules[rule] : undefined;
  return (entry ?? table.default).precision;
}

/** Rounded to 3 decimals, so tables and graphs are the same bytes on every machine. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The posterior mean of a rule's precision under the Beta(α, β) prior, allowed counted as right. */
export function smoothedPrecision(
  counts: Pick<RuleCounts, "right" | "allowed" | "wrong">,
  prior: { alpha: number; beta: number },
): number {
  const good = counts.right + counts.allowed;
  return round3((good + prior.alpha) / (good + counts.wrong + prior.alpha + prior.beta));
}

/** Ajv's errors as one message: each names the entry (`rules["pair.entre"]`) and the field. */
function describeErrors(errors: readonly ErrorObject[]): string {
  const lines = errors.slice(0, 10).map((error) => {
    const segments = error.instancePath
      .split("/")
      .slice(1)
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const path = segments
      .map((segment, i) =>
        /^\d+$/.test(segment)
          ? `[${segment}]`
          : segments[i - 1] === "rules" && i === 1
            ? `["${segment}"]`
            : i === 0
              ? segment
              : `.${segment}`,
      )
      .join("");
    const params = error.params as Record<string, unknown>;
    let detail = error.message ?? "is invalid";
    if (error.keyword === "additionalProperties") detail = `has unknown field "${String(params.additionalProperty)}"`;
    if (error.keyword === "required") detail = `is missing field "${String(params.missingProperty)}"`;
    if (error.keyword === "propertyNames")
      detail = `has a rule id "${String(params.propertyName)}" that is empty or contains a space`;
    return `${path || "(top level)"} ${detail}`;
  });
  const more = errors.length > lines.length ? ` (and ${errors.length - lines.length} more)` : "";
  return lines.join("; ") + more;
}
