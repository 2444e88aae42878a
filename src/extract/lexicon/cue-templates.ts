/**
 * Cue forms may name a verb instead of listing its forms: `{recevoir}` stands for every form of "recevoir" (all
 * persons of every simple tense, participles, infinitive), `{appeler} à` for "appelle à", "appelaient à", "appelé à"…,
 * and a pronominal `se {rendre}` for "se rend", "s'est rendue", "se sont rendus", "se rendront"… The forms come from
 * `graph-data/knowledge/verb-forms.json` (generated from a conjugation lexicon, `src/knowledge/verb-forms.ts`).
 */
import type { VerbForms } from "../../knowledge/verb-forms.ts";

/** Auxiliaries of a pronominal verb's compound tenses: "s'est rendu", "se seraient rendus". */
const PRONOMINAL_AUXILIARIES = [
  "est",
  "sont",
  "était",
  "étaient",
  "sera",
  "seront",
  "serait",
  "seraient",
  "soit",
  "soient",
  "fut",
  "furent",
];
const ELIDING = /^[aeiouyàâäéèêëîïôöûüœ]/i;

/** `forms` with every template expanded; plain forms unchanged, order kept, duplicates dropped. */
export function expandCueForms(forms: readonly string[], verbs: Readonly<Record<string, VerbForms>>): string[] {
  const out = new Set<string>();
  for (const form of forms) for (const expanded of expandOne(form, verbs)) out.add(expanded);
  return [...out];
}

function expandOne(form: string, verbs: Readonly<Record<string, VerbForms>>): string[] {
  // indexOf, not a regular expression: cue files are data, and "{{{{…" must not cost quadratic time.
  const open = form.indexOf("{");
  const close = open < 0 ? -1 : form.indexOf("}", open + 1);
  if (close < 0) return [form];
  const before = form.slice(0, open);
  const infinitive = form.slice(open + 1, close);
  const after = form.slice(close + 1);
  const verb = verbs[infinitive];
  if (!verb) throw new Error(`relation cue "${form}": no forms of "${infinitive}" (run npm run knowledge:verbs)`);
  const pronominal = /(^|\s)se\s$/.test(before);
  if (!pronominal) return [...verb.forms, ...verb.participles].map((f) => before + f + after);
  const lead = before.replace(/se\s$/, "");
  const withSe = (word: string) => (ELIDING.test(word) ? `s'${word}` : `se ${word}`);
  return [
    ...verb.forms.map((f) => lead + withSe(f) + after),
    ...PRONOMINAL_AUXILIARIES.flatMap((aux) => verb.participles.map((p) => `${lead}${withSe(aux)} ${p}${after}`)),
  ];
}
