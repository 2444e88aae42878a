/**
 * What a saved page says about itself, checked and bounded like a manifest entry: a title, an outlet, a publication
 * date, a canonical URL and a declared language. Values come from untrusted markup, so each is cleaned (no control
 * or override characters, length limits of `metadata.json`) or dropped; nothing here throws.
 */
import { datePrecision } from "../../model/dates.ts";
import { cleanTitle } from "../title.ts";
import { oddNameProblem, stripUnprintable } from "../display.ts";
import { MANIFEST_LIMITS } from "../manifest.ts";

/** The metadata of a page, each field null when the page does not give a usable one. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, the calendar date as the page writes it (the publisher's local date). */
  date: string | null;
  /** Where the date was read, for messages: "the page's metadata" or "the page's <time> element". */
  dateSource: string | null;
  url: string | null;
  /** The primary subtag of `<html lang>`, lowercased ("fr" for "fr-FR"): a hint, the language check decides. */
  language: string | null;
}

/** The raw strings a page offers, before checking. */
export interface RawPageMetadata {
  title?: string | null | undefined;
  outlet?: string | null | undefined;
  /** The publication date from `article:published_time` or JSON-LD `datePublished`. */
  publishedTime?: string | null | undefined;
  /** The `datetime` of the page's `<time>` element, used when the metadata gives no date. */
  timeElement?: string | null | undefined;
  /** Candidate URLs, best first (`<link rel="canonical">`, `og:url`): the first usable one is kept. */
  urls?: readonly (string | null | undefined)[];
  language?: string | null | undefined;
}

/** Checks and bounds what a page says about itself. */
export function checkPageMetadata(raw: RawPageMetadata): PageMetadata {
  const title = raw.title == null ? "" : cleanTitle(raw.title);
  const published = pageDate(raw.publishedTime);
  const timed = published === null ? pageDate(raw.timeElement) : null;
  return {
    title: title === "" ? null : title,
    outlet: boundedText(raw.outlet, MANIFEST_LIMITS.outlet),
    date: published ?? timed,
    dateSource: published !== null ? "the page's metadata" : timed !== null ? "the page's <time> element" : null,
    url: (raw.urls ?? []).map(pageUrl).find((url) => url !== null) ?? null,
    language: pageLanguage(raw.language),
  };
}

/**
 * The calendar date of an ISO 8601 date or date-time as written ("2024-03-03T23:30:00-05:00" → "2024-03-03": the
 * day the publisher dated it, not converted to another time zone); null for anything else or an impossible date.
 */
export function pageDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const match = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T\s]\d{2}:\d{2})/.exec(value);
  if (match === null) return null;
  return datePrecision(match[1]!) === null ? null : match[1]!;
}

function boundedText(value: string | null | undefined, limit: number): string | null {
  if (value == null) return null;
  const text = stripUnprintable(value.replace(/\s+/gu, " ")).trim();
  if (text === "") return null;
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}

function pageUrl(value: string | null | undefined): string | null {
  if (value == null) return null;
  const url = value.trim();
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > MANIFEST_LIMITS.url || oddNameProblem(url) !== null) return null;
  return url;
}

function pageLanguage(value: string | null | undefined): string | null {
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)/.exec(value ?? "");
  return primary === null ? null : primary[1]!.toLowerCase();
}
