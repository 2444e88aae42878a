/**
 * The publication date of an article that neither its manifest entry nor its page dates, read from the text itself
 * with `chrono-node`'s French parser (its French entry only, not its every locale), and only where a publication date stands: a dateline ("PARIS, 3 mars 2024
 * (AFP) -"), a "publié le …" line at the top, or a full date in the first paragraph. Never further down, where dates
 * are those of the events reported, and never inside a quotation. Pure: no clock is read.
 */
import * as chronoFr from "chrono-node/fr";
import { LINE_BREAK } from "./lines.ts";

/** Where in the text a date was read, as said in the notice. */
export type DateSource = "dateline" | "publication line" | "first paragraph";

/** A date read from the text: `YYYY-MM-DD`, where it was found, and the words it was read from. */
export interface InferredDate {
  date: string;
  source: DateSource;
  /** The words the date was parsed from, as in the text (for the notice). */
  quote: string;
}

/** Non-empty lines at the top of a text searched for a dateline or a "publié le" line (title, byline, lede). */
const HEAD_LINES = 6;
/** A line this long is a paragraph of prose, not a title, a byline or a caption. */
const MIN_PARAGRAPH_CHARS = 80;
/**
 * A dateline: a place in letters (capitals or not, "PARIS", "Moscou", "NEW YORK"), a comma, the date, an optional
 * agency in parentheses, then a dash.
 */
const DATELINE = /^\s*\p{Lu}[\p{L}' .-]{1,40}?,\s*(?<date>[^,\n()–—-]{6,40}?)\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]/u;
/** A publication line: "Publié le …", "Mis en ligne le …", "Paru le …" (not "mis à jour", the date of an edit). */
const PUBLICATION = /\b(?:publi[ée]e?|mis en ligne|paru)\s+le\s+(?<date>.{6,60})/iu;
/** Characters of a line searched: a dateline, a publication line or a lede's date are at its start. */
const MAX_LINE_CHARS = 1000;
/** Opening quotation marks and the mark that closes each. */
const QUOTE_CLOSE: Readonly<Record<string, string>> = { "«": "»", "“": "”", '"': '"' };
/** chrono needs a reference date for relative expressions; only explicit full dates are kept, so any fixed one does. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** The article's date read from its dateline, its "publié le" line or its first paragraph, or null. */
export function inferDate(text: string): InferredDate | null {
  const head: string[] = [];
  let firstParagraph: string | null = null;
  for (const whole of text.slice(0, 20_000).split(LINE_BREAK)) {
    if (whole.trim() === "") continue;
    const line = whole.slice(0, MAX_LINE_CHARS);
    if (head.length < HEAD_LINES) head.push(line);
    if (line.trim().length >= MIN_PARAGRAPH_CHARS) {
      firstParagraph = line;
      break;
    }
  }
  for (const line of head) {
    const dateline = DATELINE.exec(line);
    const date = dateline === null ? null : fullDate(dateline.groups!.date!);
    if (date !== null) return { date: date.date, source: "dateline", quote: dateline![0].trim() };
  }
  for (const line of head) {
    const published = PUBLICATION.exec(line);
    const date = published === null ? null : fullDate(published.groups!.date!);
    if (date !== null) return { date: date.date, source: "publication line", quote: published![0].trim().slice(0, 80) };
  }
  if (firstParagraph !== null) {
    const date = fullDate(withoutQuotations(firstParagraph));
    if (date !== null) return { date: date.date, source: "first paragraph", quote: date.words };
  }
  return null;
}

/**
 * The text with its quotations (« … », “ … ”, " … ") blanked out, whose dates are what someone said, not when the
 * article was published. One pass (a regular expression for unclosed quotes would backtrack quadratically); a quote
 * left open runs to the end.
 */
function withoutQuotations(text: string): string {
  let out = "";
  let closing: string | null = null;
  for (const ch of text) {
    if (closing !== null) {
      if (ch === closing) closing = null;
      out += " ";
    } else if (ch in QUOTE_CLOSE) {
      closing = QUOTE_CLOSE[ch]!;
      out += " ";
    } else out += ch;
  }
  return out;
}

/** The first full calendar date written out in `text` (day, month and a four-digit year), or null. */
function fullDate(text: string): { date: string; words: string } | null {
  for (const result of chronoFr.parse(text, REFERENCE)) {
    const start = result.start;
    // "hier", "lundi" or "le 3 mars" are dates only relative to a day we do not know: an explicit year is required.
    if (!/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/.test(result.text)) continue;
    if (!start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) continue;
    const [year, month, day] = [start.get("year"), start.get("month"), start.get("day")];
    if (year === null || month === null || day === null) continue;
    const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return { date, words: result.text };
  }
  return null;
}

/** How a notice names where a date was read. */
export function describeDateSource(inferred: InferredDate): string {
  const where =
    inferred.source === "dateline"
      ? "its dateline"
      : inferred.source === "publication line"
        ? "its publication line"
        : "a date in its first paragraph";
  return `${where} ("${inferred.quote}")`;
}
