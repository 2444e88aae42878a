/**
 * Inflected forms of the verbs the relation cues name as templates (`{recevoir}`, `se {rendre}`), taken from a
 * conjugation lexicon (the Lefff, through `french-verbs-lefff`) rather than listed by hand, so "recevront",
 * "appelait à" and "se sont rendues" are cues as surely as "reçoit". The lexicon is 6 MB, too much to ship to the
 * browser, so `npm run knowledge:verbs` writes the forms of just the cue verbs to `graph-data/knowledge/verb-forms.json`
 * and a test checks that file against the lexicon.
 */

import verbFormsFile from "../../graph-data/knowledge/verb-forms.json" with { type: "json" };
import { knowledgeFile } from "./validate.ts";

/** One verb's forms: every simple-tense form (all persons), and the past participles (for compound tenses). */
export interface VerbForms {
  forms: string[];
  participles: string[];
}

export interface VerbFormsFile {
  note: string;
  verbs: Record<string, VerbForms>;
}

const wordList = { type: "array", items: { type: "string", pattern: "^\\S+$" } } as const;

const VERB_FORMS_SCHEMA = {
  type: "object",
  required: ["note", "verbs"],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    verbs: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["forms", "participles"],
        additionalProperties: false,
        properties: { forms: { ...wordList, minItems: 1 }, participles: wordList },
      },
    },
  },
} as const;

const file = knowledgeFile<VerbFormsFile>("verb-forms.json", VERB_FORMS_SCHEMA, verbFormsFile);

/** Validates a file in the format of `verb-forms.json` (parsed JSON); throws naming the verb and field. */
export const compileVerbForms = file.compile;

/** The shape of `french-verbs-lefff`'s table: tense letter → forms by person ("NA" where a person has none). */
export type ConjugationTable = Record<string, Record<string, (string | null)[] | undefined>>;

/** Tense letters of the table: P présent, S subjonctif, Y impératif, I imparfait, G participe présent, K participe
 * passé, J passé simple, T subjonctif imparfait, F futur, C conditionnel, W infinitif. */
const SIMPLE_TENSES = ["P", "S", "Y", "I", "G", "J", "T", "F", "C", "W"];

/** Every infinitive named by a template in these cue forms: "se {rendre}" → "rendre". */
export function templateVerbs(cueForms: Iterable<string>): string[] {
  const verbs = new Set<string>();
  for (const form of cueForms) {
    const open = form.indexOf("{");
    const close = open < 0 ? -1 : form.indexOf("}", open + 1);
    if (close > open + 1) verbs.add(form.slice(open + 1, close));
  }
  return [...verbs].sort();
}

/** The forms of `infinitives` in `table`; an infinitive the lexicon lacks is an error naming it. */
export function verbFormsFrom(table: ConjugationTable, infinitives: readonly string[]): Record<string, VerbForms> {
  const out: Record<string, VerbForms> = {};
  for (const infinitive of infinitives) {
    // The Lefff spells "œ" as "oe" ("oeuvrer").
    const entry = table[infinitive] ?? table[infinitive.replace(/œ/g, "oe")];
    if (!entry) throw new Error(`verb-forms: "${infinitive}" is not in the conjugation lexicon`);
    const valid = (forms: (string | null)[] | undefined) =>
      (forms ?? []).filter((f): f is string => typeof f === "string" && f !== "NA" && f.length > 0);
    out[infinitive] = {
      forms: [...new Set(SIMPLE_TENSES.flatMap((tense) => valid(entry[tense])))].sort(),
      participles: [...new Set(valid(entry["K"]))].sort(),
    };
  }
  return out;
}

/** The generated forms of the cue verbs, by infinitive; validated once. */
export function loadVerbForms(): Readonly<Record<string, VerbForms>> {
  return file.load().verbs;
}
