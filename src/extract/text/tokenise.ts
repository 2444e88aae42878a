/**
 * Word tokens with offsets. Hyphenated words are split into parts joined by a hyphen flag so that "Corée du Nord",
 * "nord-coréen", "Etats Unis" and "russo-japonais" can all be matched part by part; French elisions ("l'", "d'",
 * "qu'") become their own tokens.
 */
import { fold } from "./normalise.ts";

export interface Token {
  /** Text as in the normalised sentence. */
  text: string;
  /** Folded form (lower case, no accents) for matching. */
  key: string;
  start: number;
  end: number;
  /** True when the token starts with an upper-case letter. */
  capitalised: boolean;
  /** True when a hyphen joins this token to the previous one ("nord-coréen": "coréen" has it). */
  hyphenated: boolean;
  /** True for an elided word ending in an apostrophe ("l'", "d'", "n'", "qu'"). */
  elided: boolean;
  /** True for punctuation tokens (kept so clause and list structure stays visible). */
  punct: boolean;
}

// Words, elided words, and single punctuation marks. Each alternative consumes at least one character and none
// can overlap another, so matching is linear.
const TOKEN = /([\p{L}\p{N}]+)(')?|([^\s\p{L}\p{N}])/gu;

export function tokenise(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let previousHyphen = false;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, word, apostrophe, punct] = match;
    const start = match.index + offset;
    if (punct !== undefined) {
      // A hyphen touching a word on both sides joins words; it is not a token of its own.
      if (punct === "-" && start === previousEnd && /[\p{L}\p{N}]/u.test(text[match.index + 1] ?? "")) {
        previousHyphen = true;
        previousEnd = start + 1;
        continue;
      }
      if (punct === "'" && start === previousEnd && tokens.length > 0) continue;
      tokens.push(makeToken(punct, start, false, true));
      previousHyphen = false;
      previousEnd = start + 1;
      continue;
    }
    const elided = apostrophe !== undefined && isElision(word!);
    const value = elided ? whole : word!;
    const token = makeToken(value, start, previousHyphen && start === previousEnd, false);
    token.elided = elided;
    tokens.push(token);
    previousHyphen = false;
    previousEnd = start + value.length;
  }
  return tokens;
}

function makeToken(text: string, start: number, hyphenated: boolean, punct: boolean): Token {
  const first = text[0] ?? "";
  return {
    text,
    key: fold(text),
    start,
    end: start + text.length,
    capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
    hyphenated,
    elided: false,
    punct,
  };
}

const ELISIONS = new Set([
  "l",
  "d",
  "j",
  "m",
  "n",
  "s",
  "t",
  "c",
  "qu",
  "jusqu",
  "lorsqu",
  "puisqu",
  "quoiqu",
  "presqu",
]);

function isElision(word: string): boolean {
  return ELISIONS.has(fold(word));
}
