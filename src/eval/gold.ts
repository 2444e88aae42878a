/**
 * Gold annotation files: what a careful reader finds in each article (states, leaders with their state and roles,
 * relations as unordered pairs, body paragraph openings). Validated with a JSON Schema; errors name the field.
 */
import { Ajv, type JSONSchemaType } from "ajv";
import { RELATION_TYPES, type RelationType } from "../model/types.ts";

export interface GoldLeader {
  name: string;
  state: string;
  roles: string[];
}

export interface GoldRelation {
  type: RelationType;
  /** A state code (upper case) or a leader's name. */
  a: string;
  b: string;
}

export interface GoldArticle {
  states: string[];
  leaders: GoldLeader[];
  relations: GoldRelation[];
  /** Openings of the article's body paragraphs; every other line is page chrome. */
  body: string[];
}

export interface GoldFile {
  note: string;
  /** People named in the articles who are not leaders and must never become leader nodes. */
  nonLeaders: string[];
  articles: Record<string, GoldArticle>;
}

const schema: JSONSchemaType<GoldFile> = {
  type: "object",
  required: ["note", "nonLeaders", "articles"],
  additionalProperties: false,
  properties: {
    note: { type: "string" },
    nonLeaders: { type: "array", items: { type: "string" } },
    articles: {
      type: "object",
      required: [],
      additionalProperties: {
        type: "object",
        required: ["states", "leaders", "relations", "body"],
        additionalProperties: false,
        properties: {
          states: { type: "array", items: { type: "string", pattern: "^[A-Z]{3,4}$" } },
          leaders: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "state", "roles"],
              additionalProperties: false,
              properties: { name: { type: "string", minLength: 1 }, state: { type: "string", pattern: "^[A-Z]{3,4}$" }, roles: { type: "array", items: { type: "string" } } },
            },
          },
          relations: {
            type: "array",
            items: {
              type: "object",
              required: ["type", "a", "b"],
              additionalProperties: false,
              properties: { type: { type: "string", enum: [...RELATION_TYPES] }, a: { type: "string", minLength: 1 }, b: { type: "string", minLength: 1 } },
            },
          },
          body: { type: "array", items: { type: "string", minLength: 1 } },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: false }).compile(schema);

export class GoldFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GoldFileError";
  }
}

export function parseGoldFile(text: string, source = "gold file"): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GoldFileError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  if (!validate(data)) {
    const error = validate.errors?.[0];
    throw new GoldFileError(`${source}: ${error?.instancePath || "(root)"} ${error?.message ?? "is invalid"}`);
  }
  return data;
}
