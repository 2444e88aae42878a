/**
 * Text normalisation that remembers where every character came from, so evidence can quote the article exactly.
 * Unicode NFC, one kind of space, line break, apostrophe, double quote and hyphen; invisible characters dropped.
 */
import { FOLDS, foldText } from "../../model/text-keys.ts";

/** Normalised text and, for each of its code units, the offset of the original code unit it came from. */
export interface NormalisedText {
  text: string;
  /** `origin[i]` is the offset in the original of normalised code unit `i`; `origin[text.length]` is the original length. */
  origin: Int32Array;
}

const REPLACEMENTS = new Map<string, string>([
  // Spaces: no-break, narrow no-break (French typography before « ; : ! ?), thin, figure, ideographic, tab.
  ["\u00a0", " "],
  ["\u202f", " "],
  ["\u2007", " "],
  ["\u2009", " "],
  ["\u200a", " "],
  ["\u2002", " "],
  ["\u2003", " "],
  ["\u3000", " "],
  ["\t", " "],
  // Apostrophes and single quotes.
  ["\u2019", "'"],
  ["\u2018", "'"],
  ["\u201b", "'"],
  ["\u2032", "'"],
  ["\u02bc", "'"],
  ["`", "'"],
  ["\u00b4", "'"],
  // Double quotes (French guillemets « » are kept: they carry the quote's direction).
  ["\u201c", '"'],
  ["\u201d", '"'],
  ["\u201e", '"'],
  ["\u201f", '"'],
  ["\u2033", '"'],
  // Hyphens and dashes.
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u2012", "-"],
  ["\u2013", "-"],
  ["\u2014", "-"],
  ["\u2015", "-"],
  ["\u2212", "-"],
  // Invisible: soft hyphen, zero-width space/joiners, byte-order mark, word joiner.
  ["\u00ad", ""],
  ["\u200b", ""],
  ["\u200c", ""],
  ["\u200d", ""],
  ["\ufeff", ""],
  ["\u2060", ""],
]);

// A base character with its combining marks: the unit NFC may compose, so it is normalised as a whole.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/uy;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
const CONTROL = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]$/;

/** Normalises `original`, keeping an offset map back to it. Never throws; linear in the input length. */
export function normaliseWithOffsets(original: string): NormalisedText {
  const out: string[] = [];
  let origin = new Int32Array(original.length + 1);
  let length = 0;
  const push = (unit: string, at: number) => {
    if (length + 1 >= origin.length) {
      const grown = new Int32Array(origin.length * 2 + 2);
      grown.set(origin);
      origin = grown;
    }
    out.push(unit);
    origin[length++] = at;
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    const next = i + 1 < original.length ? original.charCodeAt(i + 1) : 0;
    // Fast path: plain printable ASCII not followed by a combining mark (most of any French text).
    if (code >= 0x20 && code < 0x7f && code !== 0x60 && next < 0x300) {
      push(original[i]!, i);
      i++;
      continue;
    }
    // Line breaks: CR alone (old Mac files), NEL, line and paragraph separators become "\n", and CR LF is one "\n"
    // that starts at the CR (so evidence ending a line never quotes the CR), so a page saved with any of them keeps its
    // lines apart and chrome never glues onto prose. Handled before clusters: a combining mark must not hide a break.
    if (code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) {
      push("\n", i);
      i += code === 0x0d && next === 0x0a ? 2 : 1;
      continue;
    }
    CLUSTER.lastIndex = i;
    const match = CLUSTER.exec(original);
    const cluster = match![0];
    let replacement = REPLACEMENTS.get(cluster);
    if (replacement === undefined)
      replacement = CONTROL.test(cluster) ? " " : cluster.length === 1 ? cluster : cluster.normalize("NFC");
    for (let k = 0; k < replacement.length; k++) push(replacement[k]!, i);
    i += cluster.length;
  }
  if (length + 1 > origin.length) {
    const grown = new Int32Array(length + 1);
    grown.set(origin.subarray(0, length));
    origin = grown;
  }
  origin[length] = original.length;
  return { text: out.join(""), origin: origin.slice(0, length + 1) };
}

/** The original span of a normalised span `[start, end)`. */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = normalised.origin[start]!;
  // The end maps through the last included unit, so a cluster that grew or shrank is still wholly included.
  const e = end > start ? nextOrigin(normalised, end - 1) : s;
  return { start: s, end: e };
}

function nextOrigin(normalised: NormalisedText, index: number): number {
  const here = normalised.origin[index]!;
  for (let i = index + 1; i < normalised.origin.length; i++)
    if (normalised.origin[i]! > here) return normalised.origin[i]!;
  return normalised.origin[normalised.origin.length - 1]!;
}

const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_LIMIT = 100_000;

/** Case- and accent-insensitive form used for all matching of tokens and lexicon phrases (`FOLDS.token`). */
export function fold(value: string): string {
  const cached = FOLD_CACHE.get(value);
  if (cached !== undefined) return cached;
  const folded = foldText(value, FOLDS.token);
  // Words repeat across a corpus: a bounded cache turns most folds into one lookup.
  if (value.length <= 40) {
    if (FOLD_CACHE.size >= FOLD_CACHE_LIMIT) FOLD_CACHE.clear();
    FOLD_CACHE.set(value, folded);
  }
  return folded;
}
