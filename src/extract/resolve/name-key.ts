/**
 * Spelling-independent keys for people's names, so one person is one node whatever the transliteration:
 * Choïgou / Shoigu, Poutine / Putin, Kim Jong Un / Kim Jong-un, Sergueï / Sergei. The rules fold the differences
 * between French and English romanisations of Russian, Korean, Arabic and other names; `name-variants.json`
 * holds the spellings no rule can bring together.
 */
import { fold } from "../text/normalise.ts";

const RULES: [RegExp, string][] = [
  [/[-'\s]+/g, " "],
  [/sch/g, "ch"],
  [/sh/g, "ch"],
  [/tch/g, "ch"],
  [/kh/g, "h"],
  [/ou/g, "u"],
  [/oo/g, "u"],
  [/gu(?=[eiy])/g, "g"],
  [/qu/g, "k"],
  [/ck/g, "k"],
  [/ph/g, "f"],
  [/y/g, "i"],
  // "Benyamin" / "Benjamin", "Jong" / "Yong": j and y are one sound in most romanisations.
  [/j/g, "i"],
  [/w/g, "v"],
  [/(\p{L})\1+/gu, "$1"],
  [/ii/g, "i"],
  [/e\b/g, ""],
];

/** The key of one name word. */
function wordKey(word: string): string {
  let key = fold(word);
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key.trim();
}

/** The key of a whole name: word keys joined by spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(wordKey)
    .filter(Boolean)
    .join(" ");
}
