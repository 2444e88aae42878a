/**
 * French sentence splitting: ends at . ! ? … followed by a capital, a digit or an opening quote, but not after a
 * title or abbreviation ("M.", "Mme", "Dr", "J.-C."), an initial ("J. F. Kennedy") or inside a quotation that closes
 * later in the same paragraph.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence (folded to lower case, without the period). */
const ABBREVIATIONS = new Set([
  "m",
  "mm",
  "mme",
  "mmes",
  "mlle",
  "mlles",
  "dr",
  "pr",
  "me",
  "mgr",
  "st",
  "ste",
  "gen",
  "gén",
  "col",
  "lt",
  "cdt",
  "cne",
  "sgt",
  "av",
  "apr",
  "j.-c",
  "cf",
  "p",
  "pp",
  "vol",
  "no",
  "n°",
  "art",
  "ch",
  "chap",
  "fig",
  "env",
  "ex",
  "hab",
  "min",
  "max",
  "réf",
  "tél",
  "vs",
  "jr",
  "sr",
  "co",
  "inc",
  "ltd",
  "cie",
  "éd",
  "dir",
  "trad",
  "coll",
  "s.a",
  "u.s",
  "o.n.u",
]);

const OPENING = new Set(["«", '"', "(", "[", "'", "-"]);
const CLOSING = new Set(["»", '"', ")", "]", "'"]);
const TERMINAL = /[.!?…]/;

/**
 * The longest span returned, in UTF-16 units. News sentences stay far below it (the bundled and development corpora
 * peak near 560); a longer "sentence" is a page without punctuation, and cutting it bounds the per-sentence work of
 * the later passes (pairing cues with actors looks at every pair in a sentence), so a megabyte line costs what a
 * megabyte of prose costs.
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** Splits `text` (one paragraph) into trimmed sentence spans, in order, covering every non-blank part. */
export function splitSentences(text: string): Span[] {
  const quoteEnds = quotationReach(text);
  const spans: Span[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINAL.test(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && TERMINAL.test(text[end]!)) end++;
    while (end < text.length && CLOSING.has(text[end]!)) end++;
    let next = end;
    while (next < text.length && text[next] === " ") next++;
    const boundary =
      next > end &&
      next < text.length &&
      startsSentence(text[next]!) &&
      !endsWithAbbreviation(text, start, i) &&
      !insideQuotation(quoteEnds, i, end);
    if (boundary) {
      pushTrimmed(spans, text, start, end);
      start = next;
    }
    i = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function startsSentence(ch: string): boolean {
  return OPENING.has(ch) || /\p{Lu}|\p{N}/u.test(ch);
}

function endsWithAbbreviation(text: string, sentenceStart: number, period: number): boolean {
  if (text[period] !== ".") return false;
  let k = period;
  while (k > sentenceStart && /[\p{L}.\-°]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, period);
  if (word === "") return false;
  // A single capital letter is an initial ("J. F. Kennedy"), not the end of a sentence.
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) || ABBREVIATIONS.has(word.toLowerCase().replace(/^.*\./, ""));
}

/** Spans of quotations that open and close within the paragraph; an unclosed quote protects nothing. */
function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  let guillemet = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "«" && guillemet < 0) guillemet = i;
    else if (ch === "»" && guillemet >= 0) {
      spans.push({ start: guillemet, end: i });
      guillemet = -1;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push({ start: straight, end: i });
        straight = -1;
      }
    }
  }
  return spans;
}

/**
 * For each offset p, the furthest closing mark of a quotation opened before p (-1 when none): one array built in a
 * linear pass, so asking "is this period inside a quotation?" costs O(1) however many quotations the paragraph has.
 */
function quotationReach(text: string): Int32Array {
  const reach = new Int32Array(text.length + 1).fill(-1);
  for (const q of quotationSpans(text))
    if (q.start + 1 <= text.length) reach[q.start + 1] = Math.max(reach[q.start + 1]!, q.end);
  for (let p = 1; p <= text.length; p++) reach[p] = Math.max(reach[p]!, reach[p - 1]!);
  return reach;
}

function insideQuotation(reach: Int32Array, period: number, end: number): boolean {
  // Some quotation opened before the period closes at or after the end of its terminal run. A terminal mark right
  // before the closing quote ends the quotation, and may end the sentence too.
  return reach[period]! >= end;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    const cut = cutPoint(text, start);
    pushTrimmed(spans, text, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) spans.push({ start, end });
}

/** Where to cut an over-long span starting at `start`: its last space in the second half of the limit, else the limit. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  const space = text.lastIndexOf(" ", limit);
  if (space > start + MAX_SENTENCE_LENGTH / 2) return space;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
