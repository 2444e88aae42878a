/**
 * The time slider's scale: the months covered by the articles' dates, and conversions between a slider position
 * and the filter's inclusive day bounds. Pure.
 */
import { dateInterval } from "../model/dates.ts";
import type { ArticleMeta } from "../model/types.ts";
import { formatDate } from "./i18n/index.ts";

/** Every month (`YYYY-MM`) from the earliest to the latest article date, inclusive; empty when nothing is dated. */
export function articleMonths(articles: readonly ArticleMeta[]): string[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const article of articles) {
    const interval = article.date === null ? null : dateInterval(article.date);
    if (interval === null) continue;
    if (first === null || interval.start < first) first = interval.start;
    if (last === null || interval.end > last) last = interval.end;
  }
  if (first === null || last === null) return [];
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (;;) {
    const current = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    months.push(current);
    if (current >= end) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** Slider positions of a filter's bounds; an unbounded side sits at the end of the scale. */
export function boundsToIndices(months: readonly string[], from: string | null, to: string | null): [number, number] {
  const last = Math.max(0, months.length - 1);
  const index = (day: string | null, fallback: number) => {
    if (day === null) return fallback;
    const month = day.slice(0, 7);
    if (month <= (months[0] ?? month)) return 0;
    const i = months.findIndex((m) => m >= month);
    return i === -1 ? last : i;
  };
  return [index(from, 0), index(to, last)];
}

/** Filter bounds of two slider positions: the ends of the scale mean "unbounded", so nothing is hidden by default. */
export function indicesToBounds(
  months: readonly string[],
  fromIndex: number,
  toIndex: number,
): { from: string | null; to: string | null } {
  const last = months.length - 1;
  const [a, b] = fromIndex <= toIndex ? [fromIndex, toIndex] : [toIndex, fromIndex];
  const from = a <= 0 || months[a] === undefined ? null : dateInterval(months[a])!.start;
  const to = b >= last || months[b] === undefined ? null : dateInterval(months[b])!.end;
  return { from, to };
}

/** "nov. 2013" / "Nov 2013" for "2013-11", in the interface's language. */
export function formatMonth(month: string): string {
  return formatDate(month);
}

/** A readable article date of any precision, in the interface's language (see `i18n/index.ts`). */
export { formatDate } from "./i18n/index.ts";

/** Window widths (in months) the timeline offers, and the one it starts with. */
export const WINDOW_WIDTHS = [1, 3, 6, 12, 24, 60] as const;
export const DEFAULT_WINDOW_WIDTH = 12;

/** The filter bounds of a window of `width` months starting at month index `start` (clipped to the scale). */
export function windowBounds(
  months: readonly string[],
  start: number,
  width: number,
): { from: string | null; to: string | null } {
  const last = months.length - 1;
  const a = Math.max(0, Math.min(start, last));
  return indicesToBounds(months, a, Math.min(last, a + Math.max(1, width) - 1));
}

/**
 * The next window when playing: where play starts (`step` false) — the current window's start, or the beginning when
 * the current window already reaches the end (so "play" after the end plays again) — or the window one month later
 * (`step` true). Null when there is nothing to play: a step from a window that reaches the end, or fewer than two months.
 */
export function playWindow(
  months: readonly string[],
  filter: { from: string | null; to: string | null },
  width: number,
  step: boolean,
): { from: string | null; to: string | null } | null {
  if (months.length < 2) return null;
  const [a, b] = boundsToIndices(months, filter.from, filter.to);
  const atEnd = b >= months.length - 1;
  if (step) return atEnd ? null : windowBounds(months, a + 1, width);
  return windowBounds(months, atEnd ? 0 : a, width);
}
