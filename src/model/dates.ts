/**
 * Article dates of mixed precision (day, month or year) and the inclusive day intervals they stand for.
 * A month-only date covers the whole month, a year-only date the whole year; an unknown date covers nothing.
 */
import type { DatePrecision } from "./types.ts";

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayInterval {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  end: string;
}

/** The precision of a date string, or null when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day. */
export function datePrecision(value: string): DatePrecision | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return "year";
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return "month";
  const d = Number(day);
  if (d < 1 || d > daysInMonth(Number(year), m)) return null;
  return "day";
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The inclusive interval of days a date of any precision covers; null for an invalid date. */
export function dateInterval(value: string): DayInterval | null {
  const precision = datePrecision(value);
  if (precision === null) return null;
  const [y, m] = value.split("-").map(Number) as [number, number?];
  switch (precision) {
    case "day":
      return { start: value, end: value };
    case "month":
      return { start: `${y}-${pad(m!)}-01`, end: `${y}-${pad(m!)}-${pad(daysInMonth(y, m!))}` };
    case "year":
      return { start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

/** Whether two inclusive day intervals share at least one day (ISO dates compare as strings). */
export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}
