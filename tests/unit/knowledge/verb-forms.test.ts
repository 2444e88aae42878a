import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import cues from "../../../graph-data/knowledge/relation-cues.json" with { type: "json" };
import verbFormsFile from "../../../graph-data/knowledge/verb-forms.json" with { type: "json" };
import { expandCueForms } from "../../../src/extract/lexicon/cue-templates.ts";
import { getLexicon } from "../../../src/extract/lexicon/lexicon.ts";
import { tokenise } from "../../../src/extract/text/tokenise.ts";
import {
  loadVerbForms,
  templateVerbs,
  verbFormsFrom,
  type ConjugationTable,
} from "../../../src/knowledge/verb-forms.ts";

const cueForms = Object.values(cues).flatMap((value) => (Array.isArray(value) ? value : []));

describe("cue verb forms from the conjugation lexicon", () => {
  it("the checked-in verb-forms.json is what `npm run knowledge:verbs` generates from the Lefff", () => {
    const table = createRequire(import.meta.url)("french-verbs-lefff/dist/conjugations.json") as ConjugationTable;
    expect(verbFormsFile.verbs).toEqual(verbFormsFrom(table, templateVerbs(cueForms)));
  });

  it("expands a verb template to every form, a pronominal one to its compound tenses, keeping what surrounds it", () => {
    const verbs = loadVerbForms();
    const rendre = expandCueForms(["se {rendre}"], verbs);
    for (const form of ["se rend", "se rendront", "s'est rendue", "se sont rendus", "se rendre", "se seraient rendues"])
      expect(rendre).toContain(form);
    const appeler = expandCueForms(["{appeler} à"], verbs);
    for (const form of ["appelle à", "appelaient à", "appellera à", "appelé à", "appelant à"])
      expect(appeler).toContain(form);
    expect(expandCueForms(["coopér*", "de concert"], verbs)).toEqual(["coopér*", "de concert"]);
  });

  it("names the cue whose verb has no generated forms", () => {
    expect(() => expandCueForms(["{parlementer} avec"], loadVerbForms())).toThrow(
      /"\{parlementer\} avec".*parlementer/,
    );
  });

  it("makes inflections nobody listed by hand into cues of the right type", () => {
    const lexicon = getLexicon();
    const cueAt = (text: string) => {
      const tokens = tokenise(text);
      return lexicon.cues.longestAt(tokens, 0)?.values[0];
    };
    expect(cueAt("recevront")).toMatchObject({ type: "cooperation", hosting: true });
    expect(cueAt("se rendront à")).toMatchObject({ type: "cooperation", travel: true, visit: true });
    expect(cueAt("rompirent")).toMatchObject({ type: "dispute" });
    const appeal = tokenise("appelaient à la reprise");
    expect(lexicon.appeals.longestAt(appeal, 0)).not.toBeNull();
  });
});
