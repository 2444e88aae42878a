/**
 * Seats of power that French news uses for a state ("le Kremlin a indiqué") and state organs after which a demonym
 * stands for the state ("la diplomatie russe"), from `graph-data/knowledge/institutions.json`, validated once with its
 * JSON Schema. Pure: Node and browser.
 */
import data from "../../graph-data/knowledge/institutions.json" with { type: "json" };
import { knowledgeFile } from "./validate.ts";

export interface InstitutionsFile {
  note: string;
  /** Seat → state code (ISO alpha-3, as in `states.json`). */
  seats: Record<string, string>;
  organs: string[];
}

const INSTITUTIONS_SCHEMA = {
  type: "object",
  required: ["note", "seats", "organs"],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    seats: { type: "object", additionalProperties: { type: "string", pattern: "^[A-Z]{3,4}$" } },
    organs: { type: "array", items: { type: "string", pattern: "\\S" } },
  },
} as const;

const file = knowledgeFile<InstitutionsFile>("institutions.json", INSTITUTIONS_SCHEMA, data);

/** Validates a file in the format of `institutions.json` (parsed JSON); throws naming the entry and field. */
export const compileInstitutions = file.compile;

/** The bundled institutions, validated once. */
export const loadInstitutions = file.load;
