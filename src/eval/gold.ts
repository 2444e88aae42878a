/**
 * Gold graphs: what a careful reader draws from a corpus, in the format of the dev set (`../shared/devset/gold.json`,
 * annotated by its `ANNOTATION.md`). Actors by id with every name a program may use; relations as unordered pairs
 * with the types that count as right, `required` (stated plainly) or allowed (neither rewarded nor penalised);
 * optional actors; names that must never become actors; leaders whose state link is expected; page chrome per article.
 * Validated with a JSON Schema, then for references; errors name the field.
 */
import { Ajv, type JSONSchemaType } from "ajv";
import { RELATION_TYPES, type NodeType, type RelationType } from "../model/types.ts";

export interface GoldArticle {
  year?: number | null;
  /** Page chrome of the article (share buttons, bylines, captions, related headlines): never evidence. */
  boilerplate?: string[];
}

export interface GoldEntity {
  type: NodeType;
  /** Every form a program may use: names, French and English, capitals, ISO alpha-3 and alpha-2 codes. */
  names: string[];
  /** For a leader: the id of the state they serve. */
  state?: string;
  /** Named only in passing: finding it is neither rewarded nor penalised. */
  optional?: boolean | null;
}

export interface GoldRelation {
  /** Entity ids; the pair is unordered. */
  a: string;
  b: string;
  /** Every type that counts as right for the pair; the first is the annotator's reading. */
  types: RelationType[];
  /** Stated plainly (counts for recall); otherwise allowed: neither rewarded nor penalised. */
  required: boolean;
  /** Ids of the articles whose body states it. */
  sources?: string[];
  note?: string;
}

export interface GoldGraph {
  about?: string;
  articles: Record<string, GoldArticle>;
  entities: Record<string, GoldEntity>;
  /** Names that must never be actors (organisations, journalists, places…), unless they also name a gold actor. */
  forbidden_entities?: string[];
  relations: GoldRelation[];
  /** Leader ids whose link to their state must be found. */
  memberships_required?: string[];
}

const strings = { type: "array", items: { type: "string" } } as const;

const schema: JSONSchemaType<GoldGraph> = {
  type: "object",
  required: ["articles", "entities", "relations"],
  additionalProperties: false,
  properties: {
    about: { type: "string", nullable: true },
    articles: {
      type: "object",
      required: [],
      additionalProperties: {
        type: "object",
        required: [],
        additionalProperties: false,
        properties: { year: { type: "integer", nullable: true }, boilerplate: { ...strings, nullable: true } },
      },
    },
    entities: {
      type: "object",
      required: [],
      additionalProperties: {
        type: "object",
        required: ["type", "names"],
        additionalProperties: false,
        properties: {
          type: { type: "string", enum: ["state", "leader"] },
          names: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
          state: { type: "string", nullable: true },
          optional: { type: "boolean", nullable: true },
        },
      },
    },
    forbidden_entities: { ...strings, nullable: true },
    relations: {
      type: "array",
      items: {
        type: "object",
        required: ["a", "b", "types", "required"],
        additionalProperties: false,
        properties: {
          a: { type: "string" },
          b: { type: "string" },
          types: { type: "array", items: { type: "string", enum: [...RELATION_TYPES] }, minItems: 1 },
          required: { type: "boolean" },
          sources: { ...strings, nullable: true },
          note: { type: "string", nullable: true },
        },
      },
    },
    memberships_required: { ...strings, nullable: true },
  },
};

const validate = new Ajv({ allErrors: false }).compile(schema);

export class GoldFileError extends Error {
  override name = "GoldFileError";
}

/** Parses and checks a gold file; throws `GoldFileError` naming the file and the field. */
export function parseGoldFile(text: string, source = "gold file"): GoldGraph {
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
  const problem = referenceProblem(data);
  if (problem) throw new GoldFileError(`${source}: ${problem}`);
  return data;
}

/** The first dangling reference of a schema-valid gold graph, or null. */
function referenceProblem(gold: GoldGraph): string | null {
  const entity = (id: string) => (Object.hasOwn(gold.entities, id) ? gold.entities[id] : undefined);
  for (const [id, e] of Object.entries(gold.entities)) {
    if (e.type === "leader" && e.state !== undefined && e.state !== null && entity(e.state)?.type !== "state")
      return `/entities/${id}/state "${e.state}" is not a state entity`;
  }
  for (const [i, r] of gold.relations.entries()) {
    for (const end of ["a", "b"] as const)
      if (!entity(r[end])) return `/relations/${i}/${end} "${r[end]}" is not an entity`;
    if (r.a === r.b) return `/relations/${i} relates "${r.a}" to itself`;
    for (const s of r.sources ?? [])
      if (!Object.hasOwn(gold.articles, s)) return `/relations/${i}/sources "${s}" is not an article`;
  }
  for (const id of gold.memberships_required ?? []) {
    const e = entity(id);
    if (e?.type !== "leader" || !e.state) return `/memberships_required "${id}" is not a leader with a state`;
  }
  return null;
}
