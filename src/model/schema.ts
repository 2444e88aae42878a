/**
 * JSON Schema of `graph.json` (graphology's serialisation of an Entente graph) and its compiled validator.
 * Validation runs on save and on load; errors name the offending field and, where there is one, the node or edge key.
 */
import { Ajv, type ErrorObject, type JSONSchemaType } from "ajv";
import {
  CURATION_ACTIONS,
  DATE_PRECISIONS,
  EDGE_TYPES,
  MEMBERSHIP_TYPE,
  NODE_TYPES,
  RELATION_TYPES,
  type SerializedEntenteGraph,
} from "./types.ts";

const ISO_DAY = "^\\d{4}-\\d{2}-\\d{2}$";
const ANY_PRECISION_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

const nullableDay = { type: ["string", "null"], pattern: ISO_DAY } as const;
const stringList = { type: "array", items: { type: "string" } } as const;

/** One evidence item; also used by the GEXF export to check the evidence it reads back (`parseEvidence`). */
export const evidenceSchema = {
  type: "object",
  required: ["article", "sentence", "start", "end", "date"],
  additionalProperties: false,
  properties: {
    article: { type: "string", minLength: 1 },
    sentence: { type: "string", minLength: 1 },
    start: { type: "integer", minimum: 0 },
    end: { type: "integer", minimum: 1 },
    date: { type: ["string", "null"], pattern: ANY_PRECISION_DATE },
    rule: { type: "string", minLength: 1 },
  },
} as const;

/** Evidence of a relation also names the extraction rule that drew the relation from the sentence. */
const relationEvidenceSchema = { ...evidenceSchema, required: [...evidenceSchema.required, "rule"] } as const;

const curationSchema = {
  type: "array",
  items: {
    type: "object",
    required: ["action", "at"],
    additionalProperties: false,
    properties: {
      action: { enum: [...CURATION_ACTIONS] },
      at: { type: "string", minLength: 1 },
      note: { type: "string" },
    },
  },
} as const;

const actorProperties = {
  label: { type: "string", minLength: 1 },
  aliases: stringList,
  mentions: { type: "integer", minimum: 0 },
  articles: stringList,
  // Bounded: JSON carries 1e308, and a renderer that subtracts or squares such a position gets Infinity (the view
  // collapses). Layouts stay within a few thousand units; a billion leaves room for any other tool's coordinates.
  x: { type: "number", minimum: -1e9, maximum: 1e9 },
  y: { type: "number", minimum: -1e9, maximum: 1e9 },
  curation: curationSchema,
} as const;

const stateSchema = {
  type: "object",
  required: ["type", "label", "aliases", "mentions", "articles", "iso2", "iso3", "nameEn"],
  additionalProperties: false,
  properties: {
    type: { const: "state" },
    ...actorProperties,
    iso2: { type: ["string", "null"], pattern: "^[A-Z]{2}$" },
    iso3: { type: "string", pattern: "^[A-Z]{3,4}$" },
    nameEn: { type: "string", minLength: 1 },
  },
} as const;

const roleSchema = {
  type: "object",
  required: ["role", "state", "firstDate", "lastDate", "articles"],
  additionalProperties: false,
  properties: {
    role: { type: "string", minLength: 1 },
    state: { type: "string", pattern: "^state:" },
    firstDate: nullableDay,
    lastDate: nullableDay,
    articles: stringList,
  },
} as const;

const leaderSchema = {
  type: "object",
  required: ["type", "label", "aliases", "mentions", "articles", "state", "roles"],
  additionalProperties: false,
  properties: {
    type: { const: "leader" },
    ...actorProperties,
    state: { type: "string", pattern: "^state:" },
    roles: { type: "array", items: roleSchema },
  },
} as const;

const sourcedEdgeProperties = {
  weight: { type: "number", exclusiveMinimum: 0 },
  evidence: { type: "array", items: evidenceSchema },
  firstDate: nullableDay,
  lastDate: nullableDay,
  articles: stringList,
  curation: curationSchema,
} as const;

const relationSchema = {
  type: "object",
  required: ["type", "weight", "evidence", "firstDate", "lastDate", "articles", "confidence", "rules"],
  additionalProperties: false,
  properties: {
    type: { enum: [...RELATION_TYPES] },
    ...sourcedEdgeProperties,
    evidence: { type: "array", items: relationEvidenceSchema },
    confidence: { type: "number", minimum: 0, maximum: 1 },
    rules: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
  },
} as const;

const membershipSchema = {
  type: "object",
  required: ["type", "weight", "evidence", "firstDate", "lastDate", "articles", "roles"],
  additionalProperties: false,
  properties: { type: { const: MEMBERSHIP_TYPE }, ...sourcedEdgeProperties, roles: stringList },
} as const;

const articleSchema = {
  type: "object",
  required: ["id", "file", "title", "outlet", "date", "datePrecision", "language", "url", "sha256"],
  additionalProperties: false,
  properties: {
    id: { type: "string", minLength: 1 },
    file: { type: "string", minLength: 1 },
    title: { type: "string" },
    outlet: { type: ["string", "null"] },
    date: { type: ["string", "null"], pattern: ANY_PRECISION_DATE },
    datePrecision: { enum: [...DATE_PRECISIONS, null] },
    language: { type: "string", pattern: "^[a-z]{2,3}$" },
    url: { type: ["string", "null"] },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    sameStoryAs: { type: "string", minLength: 1 },
  },
} as const;

/** The whole file. Node and edge attributes are discriminated by `type` (if/then keeps error paths precise). */
export const graphFileSchema = {
  type: "object",
  required: ["attributes", "options", "nodes", "edges"],
  properties: {
    options: {
      type: "object",
      required: ["type", "multi"],
      properties: { type: { const: "undirected" }, multi: { const: true }, allowSelfLoops: { type: "boolean" } },
    },
    attributes: {
      type: "object",
      required: ["name", "articles"],
      properties: { name: { type: "string" }, articles: { type: "array", items: articleSchema } },
    },
    nodes: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "attributes"],
        properties: {
          key: { type: "string", minLength: 1 },
          attributes: {
            type: "object",
            required: ["type"],
            properties: { type: { enum: [...NODE_TYPES] } },
            if: { properties: { type: { const: "state" } } },
            then: stateSchema,
            else: { if: { properties: { type: { const: "leader" } } }, then: leaderSchema },
          },
        },
      },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "source", "target", "attributes"],
        properties: {
          key: { type: "string", minLength: 1 },
          source: { type: "string" },
          target: { type: "string" },
          undirected: { type: "boolean" },
          attributes: {
            type: "object",
            required: ["type"],
            properties: { type: { enum: [...EDGE_TYPES] } },
            if: { properties: { type: { const: MEMBERSHIP_TYPE } } },
            then: membershipSchema,
            else: { if: { properties: { type: { enum: [...RELATION_TYPES] } } }, then: relationSchema },
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
// The schema is a const literal checked by ajv at compile time; JSONSchemaType cannot express if/then unions.
const validateGraphFile = ajv.compile<SerializedEntenteGraph>(
  graphFileSchema as unknown as JSONSchemaType<SerializedEntenteGraph>,
);

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
  if (validateGraphFile(data)) return;
  const error = pickMostSpecific(validateGraphFile.errors ?? []);
  throw new GraphSchemaError(describeError(data, error), error?.instancePath ?? "");
}

function pickMostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  // An if/then failure reports the branch's own error first; the "if" wrapper error adds nothing.
  return errors.find((e) => e.keyword !== "if") ?? errors[0];
}

function describeError(data: unknown, error: ErrorObject | undefined): string {
  if (!error) return "graph file: invalid";
  const segments = error.instancePath.split("/").slice(1);
  let where = "graph file";
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
