/**
 * Validation of Entente's graph files against their JSON Schemas (`schema-definitions.ts`), with errors that name the
 * offending field and, where there is one, the node or edge key. The validators are compiled ahead of time (Ajv
 * standalone code, `npm run schema:compile`), so loading a graph in the explorer compiles nothing.
 */
import type { ErrorObject } from "ajv";
import {
  validateEvidenceShard,
  validateGraphFile,
  validateGraphSummary,
  type StandaloneValidator,
} from "./graph-validators.generated.js";
import type { Evidence, SerializedEntenteGraph } from "./types.ts";

export { evidenceSchema, evidenceShardSchema, graphFileSchema, graphSummarySchema } from "./schema-definitions.ts";

export class GraphSchemaError extends Error {
  constructor(
    message: string,
    /** JSON pointer to the offending field, e.g. `/nodes/3/attributes/type`. */
    readonly path: string,
  ) {
    super(message);
    this.name = "GraphSchemaError";
  }
}

/** Throws a `GraphSchemaError` naming the first offending field when `data` is not a valid graph file. */
export function assertGraphFile(data: unknown): asserts data is SerializedEntenteGraph {
  check(validateGraphFile, data, "graph file");
}

/**
 * Throws a `GraphSchemaError` when `data` is not a valid graph summary. A summary's evidence items are references,
 * `{ article, start, date }`: the asserted type is the graph's, whose other evidence fields are missing until the
 * shards are merged in (`evidence-shards.ts`) or fetched (the explorer's `evidence-source.ts`).
 */
export function assertGraphSummary(data: unknown): asserts data is SerializedEntenteGraph {
  check(validateGraphSummary, data, "graph file");
}

/** The shape of one evidence shard file. */
export interface EvidenceShardData {
  format: "entente-evidence-shard/1";
  shard: number;
  edges: { key: string; evidence: Evidence[] }[];
}

/** Throws a `GraphSchemaError` (messages start with `label`) when `data` is not a valid evidence shard. */
export function assertEvidenceShard(data: unknown, label: string): asserts data is EvidenceShardData {
  check(validateEvidenceShard, data, label);
}

function check(validate: StandaloneValidator, data: unknown, label: string): void {
  if (validate(data)) return;
  const error = pickMostSpecific(validate.errors ?? []);
  throw new GraphSchemaError(describeError(data, error, label), error?.instancePath ?? "");
}

function pickMostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  // An if/then failure reports the branch's own error first; the "if" wrapper error adds nothing.
  return errors.find((e) => e.keyword !== "if") ?? errors[0];
}

function describeError(data: unknown, error: ErrorObject | undefined, label: string): string {
  if (!error) return `${label}: invalid`;
  const segments = error.instancePath.split("/").slice(1);
  let where = label;
  let cursor: unknown = data;
  let path = "";
  for (const segment of segments) {
    cursor = (cursor as Record<string, unknown> | undefined)?.[segment];
    const isIndex = /^\d+$/.test(segment);
    path += isIndex ? `[${segment}]` : path === "" ? segment : `.${segment}`;
    const key = isIndex ? (cursor as { key?: unknown } | undefined)?.key : undefined;
    if (typeof key === "string") path += ` (key "${key}")`;
  }
  if (path) where += `: ${path}`;
  const params = error.params as Record<string, unknown>;
  let detail = error.message ?? "is invalid";
  if (error.keyword === "enum" && Array.isArray(params.allowedValues))
    detail += ` (${params.allowedValues.map(String).join(", ")})`;
  if (error.keyword === "additionalProperties") detail = `has unknown field "${String(params.additionalProperty)}"`;
  if (error.keyword === "required") detail = `is missing field "${String(params.missingProperty)}"`;
  return `${where} ${detail}`;
}
