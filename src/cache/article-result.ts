/**
 * What the build keeps of one article file, between the worker that read it and the merge, and in the cache: the
 * intake's verdict (its metadata and notices, or its refusal) and, for an admitted article, its extraction and the
 * key the duplicate check compares. Encoded as JSON with `Map`s and `Set`s tagged (`{"$map": [...]}`,
 * `{"$set": [...]}`) so insertion order, which the merge's output depends on, survives the round trip; the encoding
 * is generic so a field added to the extraction later is carried without touching this file.
 *
 * A payload read back from disk is untrusted (a corpus folder, and its cache, may come from anyone): it is checked
 * against a JSON Schema of everything the merge reads, and its sentence and leader indexes against their arrays, so a
 * crafted entry is refused as corrupt instead of crashing the build.
 */
import { Ajv } from "ajv";
import type { Refusal } from "../corpus/index.ts";
import type { ArticleExtraction } from "../extract/index.ts";
import type { ArticleMeta } from "../model/types.ts";

/** One article file after intake and extraction. */
export type ArticleResult =
  | {
      ok: true;
      meta: ArticleMeta;
      /** Intake warnings that did not stop the article (language left unchecked…). */
      notices: string[];
      /** The admitted text, for the corpus-wide duplicate and near-duplicate checks. */
      text: string;
      extraction: ArticleExtraction;
    }
  | { ok: false; refusal: Refusal };

/** The payload is not a usable article result; the message says what is wrong. */
export class PayloadError extends Error {
  override name = "PayloadError";
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}

/**
 * Turns the tagged objects of parsed JSON back into `Map`s and `Set`s, in place. A walk over objects and arrays only:
 * `JSON.parse`'s reviver would call back for every string and number too, which made decoding 3× slower.
 */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "object" && item !== null) value[i] = revive(item);
    }
    return value;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (keys.length === 1 && keys[0] === "$map" && Array.isArray(object.$map))
    return new Map((object.$map as unknown[]).map((pair) => revive(pair) as [unknown, unknown]));
  if (keys.length === 1 && keys[0] === "$set" && Array.isArray(object.$set))
    return new Set(revive(object.$set) as unknown[]);
  for (const key of keys) {
    const item = object[key];
    if (typeof item === "object" && item !== null) object[key] = revive(item);
  }
  return object;
}

/** The payload of a result: deterministic JSON (same result, same bytes). */
export function encodeArticleResult(result: ArticleResult): string {
  return JSON.stringify(result, replacer);
}

/**
 * Reads a payload back. With `check` (what was read from disk) its shape is verified; without (a payload made by
 * this build's own workers moments ago) it is parsed only.
 * @throws PayloadError when the text is not a valid payload
 */
export function decodeArticleResult(payload: string, check = true): ArticleResult {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch (error) {
    throw new PayloadError(`it is not valid JSON (${(error as Error).message})`);
  }
  if (check) checkShape(json);
  const result = revive(json) as ArticleResult;
  if (check) checkIndexes(result);
  return result;
}

const string = { type: "string" } as const;
const index = { type: "integer", minimum: 0 } as const;
const nullableString = { type: ["string", "null"] } as const;
const strings = { type: "array", items: string } as const;
const stringSet = {
  type: "object",
  required: ["$set"],
  additionalProperties: false,
  properties: { $set: strings },
} as const;
const actor = {
  type: "object",
  required: ["kind"],
  oneOf: [
    { required: ["code"], properties: { kind: { const: "state" }, code: string } },
    { required: ["index"], properties: { kind: { const: "leader" }, index } },
  ],
} as const;

/** Everything the merge (`graphFromExtractions`) and the build read of a result. Extra fields are carried as they are. */
const RESULT_SCHEMA = {
  type: "object",
  required: ["ok"],
  oneOf: [
    {
      required: ["refusal"],
      properties: {
        ok: { const: false },
        refusal: {
          type: "object",
          required: ["file", "reason", "code"],
          properties: { file: string, reason: string, code: string },
        },
      },
    },
    {
      required: ["meta", "notices", "text", "extraction"],
      properties: {
        ok: { const: true },
        meta: {
          type: "object",
          required: ["id", "file", "title", "outlet", "date", "datePrecision", "language", "url", "sha256"],
          properties: {
            id: string,
            file: string,
            title: string,
            outlet: nullableString,
            date: nullableString,
            datePrecision: nullableString,
            language: string,
            url: nullableString,
            sha256: string,
          },
        },
        notices: strings,
        text: string,
        extraction: {
          type: "object",
          required: ["articleId", "date", "sentences", "sentenceTexts", "leaders", "states", "relations"],
          properties: {
            articleId: string,
            date: nullableString,
            sentences: {
              type: "array",
              items: {
                type: "object",
                required: ["start", "end", "originalStart", "originalEnd"],
                properties: { start: index, end: index, originalStart: index, originalEnd: index },
              },
            },
            sentenceTexts: strings,
            leaders: {
              type: "array",
              items: {
                type: "object",
                required: ["name", "aliases", "roles", "mentions"],
                properties: {
                  name: string,
                  aliases: stringSet,
                  mentions: index,
                  roles: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["role", "class", "state", "sentence", "rule"],
                      properties: { role: string, class: string, state: string, sentence: index, rule: string },
                    },
                  },
                },
              },
            },
            states: {
              type: "object",
              required: ["$map"],
              additionalProperties: false,
              properties: {
                $map: {
                  type: "array",
                  items: {
                    type: "array",
                    minItems: 2,
                    additionalItems: false,
                    items: [
                      string,
                      {
                        type: "object",
                        required: ["aliases", "mentions"],
                        properties: { aliases: stringSet, mentions: index },
                      },
                    ],
                  },
                },
              },
            },
            relations: {
              type: "array",
              items: {
                type: "object",
                required: ["type", "a", "b", "sentence", "rule"],
                properties: { type: string, a: actor, b: actor, sentence: index, rule: string },
              },
            },
          },
        },
      },
    },
  ],
} as const;

// `strict: false`: the `oneOf` branches name only the properties that tell them apart (Ajv's strict mode wants all).
const validate = new Ajv({ allErrors: false, strict: false }).compile(RESULT_SCHEMA);

/** Checks the JSON form of a payload (Maps and Sets still tagged) against the schema. */
function checkShape(json: unknown): void {
  if (!validate(json)) {
    const error = validate.errors?.[0];
    throw new PayloadError(
      `it does not have the shape of an article result (${error?.instancePath || "/"} ${error?.message ?? ""})`,
    );
  }
}

/** Checks that the indexes of a result point into its arrays. */
function checkIndexes(result: ArticleResult): void {
  if (!result.ok) return;
  const { sentences, sentenceTexts, leaders, relations } = result.extraction;
  if (sentenceTexts.length !== sentences.length)
    throw new PayloadError("its sentence texts do not match its sentences");
  const sentenceOk = (s: number) => s < sentences.length;
  const actorOk = (a: { kind: string; index?: number }) => a.kind !== "leader" || (a.index ?? 0) < leaders.length;
  for (const relation of relations)
    if (!sentenceOk(relation.sentence) || !actorOk(relation.a) || !actorOk(relation.b))
      throw new PayloadError("a relation points past its article's sentences or leaders");
  for (const leader of leaders)
    if (!leader.roles.every((role) => sentenceOk(role.sentence)))
      throw new PayloadError("a leader's role points past its article's sentences");
}
