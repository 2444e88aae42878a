/**
 * The JSON Schemas of Entente's files, as plain data: `graph.json` in its two forms (single file, or summary with
 * evidence shards) and one evidence shard. `npm run schema:compile` compiles them ahead of time into
 * `graph-validators.generated.js` (Ajv standalone code), so no page compiles a schema on load; `schema.ts` wraps the
 * compiled validators with readable errors.
 */
import { CURATION_ACTIONS, DATE_PRECISIONS, EDGE_TYPES, MEMBERSHIP_TYPE, NODE_TYPES, RELATION_TYPES } from "./types.ts";

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

/**
 * Evidence in a graph summary: the article, the sentence's start (with the article, what identifies a sentence) and
 * the date — all the filters, counts and per-month tallies need; the sentence, its end and the rule wait in a shard.
 */
const evidenceReferenceSchema = {
  type: "object",
  required: ["article", "start", "date"],
  additionalProperties: false,
  properties: {
    article: evidenceSchema.properties.article,
    start: evidenceSchema.properties.start,
    date: evidenceSchema.properties.date,
  },
} as const;

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
  firstDate: nullableDay,
  lastDate: nullableDay,
  articles: stringList,
  curation: curationSchema,
} as const;

/** Edge attribute schemas, with the evidence item schemas of one form (whole evidence, or references). */
function edgeSchemas<M extends object, R extends object>(membershipEvidence: M, relationEvidence: R) {
  const relation = {
    type: "object",
    required: ["type", "weight", "evidence", "firstDate", "lastDate", "articles", "confidence", "rules"],
    additionalProperties: false,
    properties: {
      type: { enum: [...RELATION_TYPES] },
      ...sourcedEdgeProperties,
      evidence: { type: "array", items: relationEvidence },
      confidence: { type: "number", minimum: 0, maximum: 1 },
      rules: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
    },
  } as const;
  const membership = {
    type: "object",
    required: ["type", "weight", "evidence", "firstDate", "lastDate", "articles", "roles"],
    additionalProperties: false,
    properties: {
      type: { const: MEMBERSHIP_TYPE },
      ...sourcedEdgeProperties,
      evidence: { type: "array", items: membershipEvidence },
      roles: stringList,
    },
  } as const;
  return { relation, membership };
}

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

const shardEntrySchema = {
  type: "object",
  required: ["file", "edges", "sentences", "sha256"],
  additionalProperties: false,
  properties: {
    // A plain file name: never a path that could leave the shard folder.
    file: { type: "string", pattern: "^[0-9]{3,}-[0-9a-f]{12}\\.json$" },
    edges: { type: "integer", minimum: 0 },
    sentences: { type: "integer", minimum: 0 },
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
  },
} as const;

const shardIndexSchema = {
  type: "object",
  required: ["folder", "files"],
  additionalProperties: false,
  properties: {
    folder: { type: "string", pattern: "^[^/\\\\]+\\.evidence$" },
    files: { type: "array", minItems: 1, items: shardEntrySchema },
  },
} as const;

/**
 * A whole graph file, in one of its two forms: `single` (every evidence item with its sentence) or `summary` (graph
 * attributes name the evidence shards, evidence items carry everything but the sentence). Node and edge attributes
 * are discriminated by `type` (if/then keeps error paths precise).
 */
function graphSchema(form: "single" | "summary") {
  const edges =
    form === "single"
      ? edgeSchemas(evidenceSchema, relationEvidenceSchema)
      : edgeSchemas(evidenceReferenceSchema, evidenceReferenceSchema);
  return {
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
        required: form === "single" ? ["name", "articles"] : ["name", "articles", "evidenceShards"],
        properties: {
          name: { type: "string" },
          articles: { type: "array", items: articleSchema },
          ...(form === "single" ? { evidenceShards: { not: {} } } : { evidenceShards: shardIndexSchema }),
        },
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
              then: edges.membership,
              else: { if: { properties: { type: { enum: [...RELATION_TYPES] } } }, then: edges.relation },
            },
          },
        },
      },
    },
  } as const;
}

/** The single-file form: `graph.json` with every evidence sentence inline. */
export const graphFileSchema = graphSchema("single");

/** The summary form: `graph.json` whose sentences are in the shard files named by `attributes.evidenceShards`. */
export const graphSummarySchema = graphSchema("summary");

/**
 * One shard file: the evidence of some edges, in the graph's edge order, each item whole (with its sentence). Items
 * are checked against the summary's references when merged (`model/evidence-shards.ts`).
 */
export const evidenceShardSchema = {
  type: "object",
  required: ["format", "shard", "edges"],
  additionalProperties: false,
  properties: {
    format: { const: "entente-evidence-shard/1" },
    shard: { type: "integer", minimum: 0 },
    edges: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "evidence"],
        additionalProperties: false,
        properties: {
          key: { type: "string", minLength: 1 },
          evidence: { type: "array", minItems: 1, items: evidenceSchema },
        },
      },
    },
  },
} as const;
