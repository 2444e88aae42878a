/**
 * Spellings of one leader's name that the extractor's spelling rules cannot bring together ("Eltsine" = "Yeltsin"),
 * from `graph-data/knowledge/name-variants.json`, validated once with its JSON Schema. Pure: Node and browser.
 */
import data from "../../graph-data/knowledge/name-variants.json" with { type: "json" };
import { knowledgeFile } from "./validate.ts";

export interface NameVariantsFile {
  note: string;
  /** Each group lists spellings of one name; the first is the one displayed. */
  groups: string[][];
}

const NAME_VARIANTS_SCHEMA = {
  type: "object",
  required: ["note", "groups"],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    groups: { type: "array", items: { type: "array", minItems: 2, items: { type: "string", pattern: "\\S" } } },
  },
} as const;

const file = knowledgeFile<NameVariantsFile>("name-variants.json", NAME_VARIANTS_SCHEMA, data);

/** Validates a file in the format of `name-variants.json` (parsed JSON); throws naming the entry and field. */
export const compileNameVariants = file.compile;

/** The bundled name variants, validated once. */
export const loadNameVariants = file.load;
