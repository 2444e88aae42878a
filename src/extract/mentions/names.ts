/**
 * Proper names of people in running French text: a run of capitalised words ("Vladimir Poutine", "Kim Jong Un",
 * "Kim Jong-un", "Yoon Suk Yeol"), with name particles ("al-", "bin", "van", "de") allowed inside.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokenise.ts";

export interface NameSpan {
  from: number;
  to: number;
}

const NAME_OPENING_HONORIFICS = new Set(["cheikh", "cheik", "sheikh", "cheykh"]);
const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ben",
  "ibn",
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "di",
  "dos",
  "del",
  "la",
  "le",
  "ould",
  "abou",
  "abu",
]);
/** Long enough for Arabic names with their particles: "Mohammed ben Abdallah Al Hamad Al Khalifa". */
const MAX_NAME_WORDS = 7;

function isNameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token || token.punct || token.elided || !token.capitalised) return false;
  if (lexicon.honorifics.has(token.key)) return false;
  return /^\p{L}/u.test(token.text) && token.text.length > 1;
}

/** The name starting at token `from`, or null. A name does not start with a state name, capital or title. */
export function nameAt(tokens: readonly Token[], from: number, lexicon: Lexicon): NameSpan | null {
  if (isInitial(tokens, from) && isNameWord(tokens[from + 2], lexicon)) {
    const rest = nameAt(tokens, from + 2, lexicon);
    return rest ? { from, to: rest.to } : null;
  }
  // "Cheikh Ahmed bin Saïd Al Nahyan", "cheikh Abdallah bin Zayed": a title of respect opening a name is not part of
  // it ("Mohamed Ould Cheikh El Ghazouani" keeps its inner "Cheikh").
  if (NAME_OPENING_HONORIFICS.has(tokens[from]?.key ?? "") && isNameWord(tokens[from + 1], lexicon))
    return nameAt(tokens, from + 1, lexicon);
  if (!isNameWord(tokens[from], lexicon)) return null;
  if (startsOtherEntity(tokens, from, lexicon)) return null;
  let to = from + 1;
  while (to < tokens.length && to - from < MAX_NAME_WORDS) {
    const next = tokens[to]!;
    if (next.hyphenated && !next.punct) {
      to++;
      continue;
    }
    if (isNameWord(next, lexicon) && !startsOtherEntity(tokens, to, lexicon)) {
      to++;
      continue;
    }
    // "Bachar al-Assad", "ben Salmane", "van der Leyen": a particle, then a capitalised word (hyphen-joined or not).
    // A particle before a state name ends the name: "Abdallah II de Jordanie" is Abdallah II, of Jordan.
    if (
      PARTICLES.has(next.key) &&
      !next.capitalised &&
      isNameWord(tokens[to + 1], lexicon) &&
      !startsOtherEntity(tokens, to + 1, lexicon)
    ) {
      to += 2;
      continue;
    }
    // An initial inside or before a name: "S. Jaishankar", "John F. Kennedy".
    if (isInitial(tokens, to) && isNameWord(tokens[to + 2], lexicon)) {
      to += 2;
      continue;
    }
    break;
  }
  return { from, to };
}

/** The name ending just before token `end` (exclusive), scanning backwards, or null. */
export function nameEndingAt(tokens: readonly Token[], end: number, lexicon: Lexicon): NameSpan | null {
  let from = end;
  while (from > 0 && end - from < MAX_NAME_WORDS) {
    const previous = tokens[from - 1]!;
    const joined = tokens[from]?.hyphenated ?? false;
    if (isNameWord(previous, lexicon) || (joined && from < end && !previous.punct)) from--;
    // "Lula da Silva": a particle between two name words.
    else if (
      PARTICLES.has(previous.key) &&
      !previous.capitalised &&
      from < end &&
      isNameWord(tokens[from - 2], lexicon)
    )
      from--;
    else break;
  }
  // Skip words that open the span but are not part of a name (a sentence-initial article, a title).
  while (from < end && !isNameWord(tokens[from], lexicon)) from++;
  if (from >= end) return null;
  const span = nameAt(tokens, from, lexicon);
  return span && span.to === end ? span : null;
}

/** A single capital letter followed by a period. */
function isInitial(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined &&
    !token.punct &&
    /^\p{Lu}$/u.test(token.text) &&
    tokens[at + 1]?.key === "." &&
    tokens[at + 1]!.start === token.end
  );
}

function startsOtherEntity(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const state = lexicon.stateForms.longestAt(tokens, at);
  if (state && state.values.some((v) => v.kind !== "demonym")) return true;
  return lexicon.heads.longestAt(tokens, at) !== null;
}
