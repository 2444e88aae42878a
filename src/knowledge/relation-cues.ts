/**
 * The French words and phrases that state a relation between the actors around them, and the markers that cancel,
 * qualify or redirect a cue, from `graph-data/knowledge/relation-cues.json` (its `note` says what each list is),
 * validated once with its JSON Schema. Forms may hold verb templates ("se {rendre}"), expanded by the extractor.
 * Pure: Node and browser.
 */
import data from "../../graph-data/knowledge/relation-cues.json" with { type: "json" };
import { knowledgeFile } from "./validate.ts";

/** Every list of the file, in its order: the three relation types, then the lists that qualify a cue. */
export const CUE_LISTS = [
  "cooperation",
  "dispute",
  "alliance",
  "reciprocal",
  "notCues",
  "negators",
  "neAloneVerbs",
  "roleNouns",
  "copulas",
  "negatingVerbs",
  "hypotheticals",
  "modals",
  "nonPartyMarkers",
  "hosting",
  "groupOnly",
  "mediatorMarkers",
  "visits",
  "stance",
  "appeals",
  "travels",
  "mediations",
] as const;
export type CueListName = (typeof CUE_LISTS)[number];

export type RelationCuesFile = { note: string } & Record<CueListName, string[]>;

const RELATION_CUES_SCHEMA = {
  type: "object",
  required: ["note", ...CUE_LISTS],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    ...Object.fromEntries(
      CUE_LISTS.map((list) => [list, { type: "array", items: { type: "string", pattern: "\\S" } }]),
    ),
  },
};

const file = knowledgeFile<RelationCuesFile>("relation-cues.json", RELATION_CUES_SCHEMA, data);

/** Validates a file in the format of `relation-cues.json` (parsed JSON); throws naming the entry and field. */
export const compileRelationCues = file.compile;

/** The bundled relation cues, validated once (templates not yet expanded). */
export const loadRelationCues = file.load;
