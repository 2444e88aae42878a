/**
 * Separates an article's body from its page chrome, so chrome never becomes evidence: share and subscribe
 * widgets, ad markers, comment boxes, lines in other scripts, bylines, photo captions with credits, related-headline
 * lists, and headlines or leads printed twice. Works line by line on normalised text; every decision has a reason.
 */
import { loadPageChrome } from "../knowledge/page-chrome.ts";
import { fold } from "./text/normalise.ts";

export interface Paragraph {
  start: number;
  end: number;
}

export type DropReason =
  "widget" | "foreign-script" | "caption" | "byline" | "related-list" | "source-credit" | "not-prose" | "duplicate";

export interface BodySplit {
  paragraphs: Paragraph[];
  dropped: { start: number; end: number; reason: DropReason }[];
}

const chrome = loadPageChrome();
const LINE_STARTS = chrome.lineStarts.map(fold);
const RELATED_MARKERS = new Set(chrome.relatedListMarkers.map(fold));
const BYLINE_PREFIXES = chrome.bylinePrefixes.map(fold);
const CREDIT_SOURCES = new Set(chrome.creditSources.map(fold));
const SOURCE_CREDITS = chrome.sourceCredits.map(fold);

/** Prose ends with a terminal mark, possibly followed by closing quotes or brackets. */
const ENDS_LIKE_PROSE = /[.!?…][»"')\]]*$/;
const MIN_PROSE_WORDS = 5;
/** A line this long is body text even without final punctuation (some sites drop it); cut-off copies are caught as duplicates. */
const LONG_LINE_WORDS = 25;

export function splitBody(text: string): BodySplit {
  const lines = linesOf(text);
  const paragraphs: Paragraph[] = [];
  const dropped: BodySplit["dropped"] = [];
  let inRelatedList = false;
  let inSourceCredit = false;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const key = fold(content).replace(/\s+/g, " ");
    const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const prose = isProse(content, words);
    let reason: DropReason | null = null;
    if (inSourceCredit || SOURCE_CREDITS.some((p) => key.startsWith(p))) {
      // "Cet article reprend … la dépêche … intitulée" / "« Titre » datée du 1er mai.": until a line ends a sentence.
      inSourceCredit = !ENDS_LIKE_PROSE.test(content.trimEnd());
      reason = "source-credit";
    } else if (RELATED_MARKERS.has(trimMarkerEnd(key))) {
      inRelatedList = true;
      reason = "related-list";
    } else if (inRelatedList && !prose) reason = "related-list";
    else if (isForeignScript(content)) reason = "foreign-script";
    else if (words <= 8 && LINE_STARTS.some((p) => key === p || key.startsWith(p))) reason = "widget";
    else if (isPhotoCaption(content, words)) reason = "caption";
    else if (words <= 6 && !ENDS_LIKE_PROSE.test(content) && BYLINE_PREFIXES.some((p) => key.startsWith(`${p} `)))
      reason = "byline";
    else if (!prose) reason = "not-prose";
    if (reason === null) {
      inRelatedList = false;
      paragraphs.push(line);
    } else dropped.push({ ...line, reason });
  }
  return removeRepeats(text, paragraphs, dropped);
}

/**
 * The key without its trailing spaces, colons and periods ("À lire aussi :" → "à lire aussi"). A loop, not
 * `/[\s:.]+$/`: that pattern retries from every position of a long run that does not reach the end (quadratic).
 */
function trimMarkerEnd(key: string): string {
  let end = key.length;
  while (end > 0) {
    const ch = key[end - 1]!;
    if (ch !== ":" && ch !== "." && !/\s/.test(ch)) break;
    end--;
  }
  return key.slice(0, end);
}

function linesOf(text: string): Paragraph[] {
  const lines: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e });
    start = i + 1;
  }
  return lines;
}

function isProse(content: string, words: number): boolean {
  if (words >= LONG_LINE_WORDS) return true;
  return words >= MIN_PROSE_WORDS && ENDS_LIKE_PROSE.test(content) && /\p{Ll}/u.test(content);
}

/** A line whose letters are mostly outside the Latin script is in another language than the article's. */
function isForeignScript(content: string): boolean {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    // ASCII and Latin-1: decided by code point, with no Unicode property lookup.
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
        letters++;
        latin++;
      }
      continue;
    }
    if (code >= 0xc0 && code <= 0x24f) {
      if (code !== 0xd7 && code !== 0xf7) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = content[i]!;
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return letters > 0 && latin / letters < 0.5;
}

/**
 * Photo captions carry a credit in square brackets ("[Jean Dupont / AFP]") or after ©, and are short: at most
 * CAPTION_WORDS words per credit (some pages print a caption twice on one line). A longer line holding a credit is
 * prose with a caption glued in (a page without line breaks), and dropping it would lose the whole article.
 */
function isPhotoCaption(content: string, words: number): boolean {
  let credits = 0;
  for (let at = content.indexOf("©"); at >= 0; at = content.indexOf("©", at + 1)) credits++;
  for (const inside of bracketed(content)) {
    const parts = fold(inside).split(/[\s/,]+/);
    if (parts.some((p) => CREDIT_SOURCES.has(p)) || /photo/.test(inside.toLowerCase())) credits++;
  }
  return credits > 0 && words <= CAPTION_WORDS * credits;
}

/** Longest caption, in words, per credit it carries; news captions run 10 to 45 words. */
const CAPTION_WORDS = 50;

/** Longest credit read between brackets; longer bracketed text is prose, not a credit. */
const MAX_CREDIT_LENGTH = 120;

/**
 * The texts `/\[([^\]]{2,120})\]/g` captures, found in one forward scan: that pattern retried up to 120 characters
 * from every "[" of a long run. A match ends at a "]" and starts at the earliest "[" since the previous "]" that is
 * at most 120 characters before it (and at least 2).
 */
function bracketed(content: string): string[] {
  const found: string[] = [];
  const opens: number[] = [];
  let first = 0;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === "[") opens.push(i);
    else if (ch === "]") {
      while (first < opens.length && i - opens[first]! - 1 > MAX_CREDIT_LENGTH) first++;
      if (first < opens.length && i - opens[first]! - 1 >= 2) found.push(content.slice(opens[first]! + 1, i));
      // No "[" before a "]" can start a later match: the capture never crosses a "]".
      opens.length = 0;
      first = 0;
    }
  }
  return found;
}

/** Drops a paragraph whose text repeats an earlier one, or is the cut-off start of another one. */
function removeRepeats(text: string, paragraphs: Paragraph[], dropped: BodySplit["dropped"]): BodySplit {
  const keys = paragraphs.map((p) => fold(text.slice(p.start, p.end)).replace(/\s+/g, " "));
  // Every key that extends a key k sorts right after k, so one sorted pass finds all cut-off copies.
  const sorted = [...new Set(keys)].sort();
  const cutOff = new Set<string>();
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1]!.startsWith(sorted[i]!)) cutOff.add(sorted[i]!);
  const seen = new Set<string>();
  const kept: Paragraph[] = [];
  paragraphs.forEach((paragraph, i) => {
    const key = keys[i]!;
    if (seen.has(key) || cutOff.has(key)) dropped.push({ ...paragraph, reason: "duplicate" });
    else kept.push(paragraph);
    seen.add(key);
  });
  dropped.sort((a, b) => a.start - b.start);
  return { paragraphs: kept, dropped };
}
