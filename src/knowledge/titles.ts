/**
 * French titles of people who act for a state (`graph-data/knowledge/titles.json`): the nouns a title starts with,
 * singular and plural, with the office class and canonical role each names; ministerial portfolios; the words that
 * take another person's role ("son homologue"); and the office class of roles known only from world knowledge.
 * Validated once with its JSON Schema. Pure: Node and browser.
 */
import data from "../../graph-data/knowledge/titles.json" with { type: "json" };
import { knowledgeFile } from "./validate.ts";

/** Kinds of office, from the head of state down; what resolves "le chef de l'État russe" to the right person. */
export const OFFICE_CLASSES = [
  "head-of-state",
  "head-of-government",
  "foreign-minister",
  "defence-minister",
  "minister",
  "deputy",
  "spokesperson",
  "leader",
] as const;
export type OfficeClass = (typeof OFFICE_CLASSES)[number];

/** A title noun: its singular and plural forms, the canonical role stored in the graph, its office class. */
export interface TitleHeadGroup {
  forms: string[];
  plurals: string[];
  role: string;
  class: OfficeClass;
}

/** A portfolio completing "ministre" ("ministre russe de la Défense"). */
export interface PortfolioGroup {
  forms: string[];
  role: string;
  class: OfficeClass;
}

export interface TitlesFile {
  note: string;
  heads: TitleHeadGroup[];
  portfolios: PortfolioGroup[];
  counterparts: string[];
  predecessors: string[];
  demonstratives: string[];
  honorifics: string[];
  nonLeaders: string[];
  homeTitles: string[];
  /** Office class of a world-knowledge role that no head names, or whose office differs from its head's. */
  roleClasses: Record<string, OfficeClass>;
}

const phrase = { type: "string", pattern: "\\S" } as const;
const phrases = { type: "array", items: phrase } as const;
const officeClass = { enum: [...OFFICE_CLASSES] } as const;

const TITLES_SCHEMA = {
  type: "object",
  required: [
    "note",
    "heads",
    "portfolios",
    "counterparts",
    "predecessors",
    "demonstratives",
    "honorifics",
    "nonLeaders",
    "homeTitles",
    "roleClasses",
  ],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    heads: {
      type: "array",
      items: {
        type: "object",
        required: ["forms", "plurals", "role", "class"],
        additionalProperties: false,
        properties: { forms: { ...phrases, minItems: 1 }, plurals: phrases, role: phrase, class: officeClass },
      },
    },
    portfolios: {
      type: "array",
      items: {
        type: "object",
        required: ["forms", "role", "class"],
        additionalProperties: false,
        properties: { forms: { ...phrases, minItems: 1 }, role: phrase, class: officeClass },
      },
    },
    counterparts: phrases,
    predecessors: phrases,
    demonstratives: phrases,
    honorifics: phrases,
    nonLeaders: phrases,
    homeTitles: phrases,
    roleClasses: { type: "object", additionalProperties: officeClass },
  },
} as const;

const file = knowledgeFile<TitlesFile>("titles.json", TITLES_SCHEMA, data);

/** Validates a file in the format of `titles.json` (parsed JSON); throws naming the entry and field. */
export const compileTitles = file.compile;

/** The bundled titles, validated once. */
export const loadTitles = file.load;
