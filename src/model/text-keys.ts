/**
 * Text keys: the one home of the program's accent- and case-insensitive comparison, slugs and string orders. Every
 * module that asks "are these two spellings one name?" folds through `foldText` with one of the named variants of
 * `FOLDS`, so the variants sit side by side and their differences are visible and tested in one table
 * (`tests/unit/model/text-keys.test.ts`). On the ground floor (`model/`) so that every layer can import it.
 */

/** Letters NFD leaves whole, spelled out before comparison. */
export type LetterSpelling =
  /** As written. */
  | "none"
  /** œ → oe, æ → ae (the French ligatures). */
  | "ligatures"
  /** The ligatures, ß → ss, and the stroked and dotless letters of names: ø → o, ł → l, đ ð → d, ı → i. */
  | "latin";

/** What happens to apostrophes (', ’, ʼ, ʻ, `). */
export type ApostropheHandling = "keep" | "straighten" | "drop";

/** What happens to the characters between words. */
export type Spacing =
  /** As written. */
  | "keep"
  /** Runs of white space become one space; trimmed. */
  | "whitespace"
  /** Runs of white space and hyphens (-, ‐, ‑, –) become one space; trimmed ("Etats-Unis" ≡ "États Unis"). */
  | "whitespace-and-hyphens"
  /** Every run of characters other than letters and digits becomes one space; trimmed. */
  | "words"
  /** Every run of characters other than a–z, 0–9 and the apostrophe becomes one space; trimmed (`score.mjs`). */
  | "ascii-words";

export interface FoldOptions {
  letters: LetterSpelling;
  /** Which combining marks NFD exposes are dropped: every one (`\p{M}`), or only U+0300–U+036F (`score.mjs`). */
  marks: "all" | "basic";
  apostrophes: ApostropheHandling;
  spacing: Spacing;
}

/** The fold variants of the program, by use. Each caller's exact behaviour; the test table shows where they differ. */
export const FOLDS = {
  /** Tokens and lexicon phrases of the extractor: case, accents and ligatures; apostrophes made straight. */
  token: { letters: "ligatures", marks: "all", apostrophes: "straighten", spacing: "keep" },
  /** Surface forms of states ("Etats-Unis" ≡ "États Unis"). */
  stateForm: { letters: "none", marks: "all", apostrophes: "straighten", spacing: "whitespace-and-hyphens" },
  /** Names of known leaders: "N'Guessan" ≡ "NGuessan", "Støre" ≡ "Store", "Jean-Yves" ≡ "Jean Yves". */
  leaderName: { letters: "latin", marks: "all", apostrophes: "drop", spacing: "words" },
  /** Names of news outlets: "L’Écho" ≡ "l'echo". */
  outletName: { letters: "none", marks: "all", apostrophes: "straighten", spacing: "whitespace" },
  /** The explorer's actor search: every non-letter a space, so "Kim Jong-un" is found by "kim jong un". */
  search: { letters: "latin", marks: "all", apostrophes: "keep", spacing: "words" },
  /** The dev set's scorer (`score.mjs`), mirrored by `entente eval`: basic marks only, ASCII letters and digits. */
  scoreMatch: { letters: "none", marks: "basic", apostrophes: "straighten", spacing: "ascii-words" },
} as const satisfies Record<string, FoldOptions>;

const LIGATURES: [RegExp, string][] = [
  [/[œŒ]/g, "oe"],
  [/[æÆ]/g, "ae"],
];
const LATIN_LETTERS: [RegExp, string][] = [
  ...LIGATURES,
  [/ß/g, "ss"],
  [/[øØ]/g, "o"],
  [/[łŁ]/g, "l"],
  [/[đĐðÐ]/g, "d"],
  [/ı/g, "i"],
];
const ALL_MARKS = /\p{M}+/gu;
const BASIC_MARKS = /[\u0300-\u036f]+/g;
const APOSTROPHES = /['’ʼʻ`]/g;
const SPACING: Record<Exclude<Spacing, "keep">, RegExp> = {
  whitespace: /\s+/g,
  "whitespace-and-hyphens": /[\s\-‐‑–]+/g,
  words: /[^\p{L}\p{N}]+/gu,
  "ascii-words": /[^a-z0-9']+/g,
};

/** `value` folded for comparison as `options` say: letters spelled out, NFD, marks dropped, lower case, then punctuation. */
export function foldText(value: string, options: FoldOptions): string {
  let text = value;
  // NFD, marks and special letters change nothing in ASCII text: most words of a French article skip them.
  if (!isAscii(text)) {
    if (options.letters !== "none")
      for (const [letter, spelled] of options.letters === "latin" ? LATIN_LETTERS : LIGATURES)
        text = text.replace(letter, spelled);
    text = text.normalize("NFD").replace(options.marks === "all" ? ALL_MARKS : BASIC_MARKS, "");
  }
  text = text.toLowerCase();
  if (options.apostrophes !== "keep") text = text.replace(APOSTROPHES, options.apostrophes === "drop" ? "" : "'");
  if (options.spacing !== "keep") text = text.replace(SPACING[options.spacing], " ").trim();
  return text;
}

/** ASCII slug of a name: accents dropped, lower case, runs of other characters one hyphen ("Xi Jinping" → "xi-jinping"). */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(ALL_MARKS, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Code-unit order: the same in every JavaScript engine and locale, for output that must be byte-identical. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** French reading order ("Émirats" beside "Égypte", not after "Zambie"), for lists a person reads; not for files. */
export function compareFrench(a: string, b: string): number {
  return a.localeCompare(b, "fr");
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}
