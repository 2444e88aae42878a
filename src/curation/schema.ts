/**
 * JSON Schema of `curation.json` and its validation: every problem is reported with the entry it is in
 * (`curation.json: decisions[3] (reject "cooperation:state:JPN|state:RUS"): field edge …`), so a hand-edited file
 * can be fixed in place.
 */
import { Ajv, type ErrorObject, type JSONSchemaType } from "ajv";
import { RELATION_TYPES } from "../model/types.ts";
import { evidenceSchema } from "../model/schema.ts";
import { CURATION_VERSION, DECISION_KINDS, type Curation } from "./types.ts";

/** ISO 8601 date-time with a zone (`Z` or `±hh:mm`); what `new Date().toISOString()` gives. */
export const DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";
const NODE_KEY_PATTERN = "^(state|leader):[^|\\s]+$";
const RELATION_KEY_PATTERN = `^(${RELATION_TYPES.join("|")}):(state|leader):[^|\\s]+\\|(state|leader):[^|\\s]+$`;
const EDGE_KEY_PATTERN = `^(${RELATION_TYPES.join("|")}|serves):(state|leader):[^|\\s]+\\|(state|leader):[^|\\s]+$`;

const nodeKey = { type: "string", pattern: NODE_KEY_PATTERN } as const;
const base = {
  at: { type: "string", pattern: DATE_TIME_PATTERN },
  note: { type: "string" },
} as const;
// A cited sentence is an evidence item's article, sentence and (optional) offsets, checked the same way.
const { article, sentence, start, end } = evidenceSchema.properties;
const sentenceRef = {
  type: "object",
  required: ["article", "sentence"],
  additionalProperties: false,
  properties: { article, sentence, start, end },
} as const;

function decision(kind: string, required: string[], properties: Record<string, unknown>) {
  return {
    type: "object",
    required: ["kind", "at", ...required],
    additionalProperties: false,
    properties: { kind: { const: kind }, ...base, ...properties },
  };
}

const DECISION_SCHEMAS: Record<(typeof DECISION_KINDS)[number], object> = {
  accept: decision("accept", ["edge"], { edge: { type: "string", pattern: RELATION_KEY_PATTERN } }),
  reject: decision("reject", ["edge"], { edge: { type: "string", pattern: RELATION_KEY_PATTERN } }),
  retype: decision("retype", ["edge", "to"], {
    edge: { type: "string", pattern: RELATION_KEY_PATTERN },
    to: { enum: [...RELATION_TYPES] },
  }),
  "reject-evidence": decision("reject-evidence", ["edge", "evidence"], {
    edge: { type: "string", pattern: EDGE_KEY_PATTERN },
    evidence: sentenceRef,
  }),
  merge: decision("merge", ["keep", "fold"], { keep: nodeKey, fold: nodeKey }),
  rename: decision("rename", ["node", "label"], {
    node: nodeKey,
    label: { type: "string", minLength: 1, pattern: "\\S" },
  }),
  drop: decision("drop", ["node"], { node: nodeKey }),
  "set-state": decision("set-state", ["node", "state"], {
    node: { type: "string", pattern: "^leader:[^|\\s]+$" },
    state: { type: "string", pattern: "^state:[^|\\s]+$" },
  }),
  add: decision("add", ["type", "source", "target"], {
    type: { enum: [...RELATION_TYPES] },
    source: nodeKey,
    target: nodeKey,
    evidence: { ...sentenceRef, required: ["article", "sentence", "start", "end"] },
  }),
};

/** The schema of the whole file. Each decision is checked against the schema of its `kind` only, so errors are precise. */
export const curationFileSchema = {
  type: "object",
  required: ["version", "decisions"],
  additionalProperties: false,
  properties: {
    version: { const: CURATION_VERSION },
    decisions: {
      type: "array",
      items: {
        type: "object",
        required: ["kind"],
        properties: { kind: { enum: [...DECISION_KINDS] } },
        allOf: DECISION_KINDS.map((kind) => ({
          if: { properties: { kind: { const: kind } } },
          then: DECISION_SCHEMAS[kind],
        })),
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
// JSONSchemaType cannot express the if/then dispatch on `kind`; the schema is checked by Ajv when compiled.
const validateCurationFile = ajv.compile<Curation>(curationFileSchema as unknown as JSONSchemaType<Curation>);

/** Raised when a curation file cannot be used; the message names the file, the entry and the field. */
export class CurationFileError extends Error {
  override name = "CurationFileError";
}

/** Throws a `CurationFileError` naming the first offending entry when `data` is not a valid curation file. */
export function assertCuration(data: unknown, source = "curation file"): asserts data is Curation {
  if (validateCurationFile(data)) {
    assertConsistent(data, source);
    return;
  }
  const errors = validateCurationFile.errors ?? [];
  const error = errors.find((e) => e.keyword !== "if") ?? errors[0];
  throw new CurationFileError(describeError(data, error, source));
}

/** What no schema says: an actor cannot be merged into itself, an edge relate an actor to itself, a sentence end before it starts. */
function assertConsistent(curation: Curation, source: string): void {
  curation.decisions.forEach((d, index) => {
    const where = `${source}: decisions[${index}] (${d.kind})`;
    if (d.kind === "merge" && d.keep === d.fold)
      throw new CurationFileError(`${where}: keep and fold are the same actor "${d.keep}"`);
    if (d.kind === "add" && d.source === d.target)
      throw new CurationFileError(`${where}: source and target are the same actor "${d.source}"`);
    if (d.kind === "retype" && d.edge.startsWith(`${d.to}:`))
      throw new CurationFileError(`${where}: "${d.edge}" is already of type ${d.to}`);
    const evidence = d.kind === "add" || d.kind === "reject-evidence" ? d.evidence : undefined;
    if (
      evidence?.start !== undefined &&
      evidence.end !== undefined &&
      evidence.end - evidence.start !== evidence.sentence.length
    )
      throw new CurationFileError(
        `${where}: evidence offsets ${evidence.start}..${evidence.end} do not span the sentence's ${evidence.sentence.length} characters`,
      );
  });
}

/** Parses and validates the text of a curation file. `source` names the file in error messages. */
export function parseCuration(text: string, source = "curation file"): Curation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CurationFileError(`${source}: not valid JSON (${(error as Error).message}).`);
  }
  assertCuration(data, source);
  return data;
}

function describeError(data: unknown, error: ErrorObject | undefined, source: string): string {
  if (!error) return `${source}: invalid`;
  const segments = error.instancePath.split("/").slice(1);
  let where = source;
  let cursor: unknown = data;
  for (const [i, segment] of segments.entries()) {
    cursor = (cursor as Record<string, unknown> | undefined)?.[segment];
    if (i === 0) where += `: ${segment}`;
    else if (/^\d+$/.test(segment)) where += `[${segment}]`;
    else where += i === 2 ? `: field ${segment}` : `.${segment}`;
    if (i === 1 && segments[0] === "decisions") where += describeDecision(cursor);
  }
  const params = error.params as Record<string, unknown>;
  let detail = error.message ?? "is invalid";
  if (error.keyword === "enum" && Array.isArray(params.allowedValues))
    detail += ` (${params.allowedValues.map(String).join(", ")})`;
  if (error.keyword === "const" && params.allowedValue !== undefined)
    detail = `must be ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === "additionalProperties") detail = `has unknown field "${String(params.additionalProperty)}"`;
  if (error.keyword === "required") detail = `is missing field "${String(params.missingProperty)}"`;
  if (error.keyword === "pattern")
    detail = `${JSON.stringify(cursor)} does not have the expected form (${patternHint(error.instancePath)})`;
  return `${where} ${detail}`;
}

function describeDecision(entry: unknown): string {
  if (typeof entry !== "object" || entry === null) return "";
  const d = entry as Record<string, unknown>;
  const target = [d.edge, d.node, d.keep, d.source].find((v) => typeof v === "string");
  return typeof d.kind === "string" ? ` (${d.kind}${target === undefined ? "" : ` "${String(target)}"`})` : "";
}

function patternHint(path: string): string {
  if (path.endsWith("/at")) return "an ISO date-time such as 2026-11-25T15:42:00Z";
  if (path.endsWith("/edge")) return "an edge key such as cooperation:state:JPN|state:RUS";
  if (path.endsWith("/state")) return "a state key such as state:FRA";
  if (path.endsWith("/label")) return "a non-blank name";
  return "a node key such as state:FRA or leader:vladimir-poutine";
}
