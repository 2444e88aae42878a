/**
 * The explorer's timeline chart as numbers: how many relations of each type each month holds, and how many of them
 * the current filter keeps. Pure: no DOM, no clock.
 *
 * A relation *counts in a month* when at least one of its supporting sentences comes from an article whose date
 * overlaps that month — exactly when a date window of that one month would keep it (the rule of
 * `createViewPredicate`). A day- or month-dated article falls in one month; a year-dated one overlaps every month of its
 * year, as it does for the filter. A relation counts once per month, however many sentences it has there. Sentences
 * of undated articles belong to no month: they are counted apart (`undated`), kept when no date bound is set or when
 * "include undated articles" is on, as the filter does.
 */
import { dateInterval } from "../model/dates.ts";
import type { ViewFilter } from "../model/filter.ts";
import { RELATION_TYPES, type EntenteGraph, type RelationType } from "../model/types.ts";

/** Month indices into a month scale (`YYYY-MM`, consecutive, ascending): first and last, inclusive. */
export type MonthRange = readonly [number, number];

/** The months of `months` a date of any precision overlaps, clipped to the scale; null when undated or outside it. */
export function monthRange(months: readonly string[], date: string | null): MonthRange | null {
  if (date === null || months.length === 0) return null;
  const interval = dateInterval(date);
  if (interval === null) return null;
  const first = monthIndex(months, interval.start.slice(0, 7));
  const last = monthIndex(months, interval.end.slice(0, 7));
  const a = Math.max(0, first);
  const b = Math.min(months.length - 1, last);
  return a > b ? null : [a, b];
}

/**
 * Index of `month` on the scale by arithmetic (the scale is consecutive), so a lookup is O(1); it may fall outside
 * `[0, months.length)`.
 */
function monthIndex(months: readonly string[], month: string): number {
  const origin = months[0]!;
  return (
    (Number(month.slice(0, 4)) - Number(origin.slice(0, 4))) * 12 +
    (Number(month.slice(5, 7)) - Number(origin.slice(5, 7)))
  );
}

/** One relation on the month scale. */
export interface RelationMonths {
  key: string;
  type: RelationType;
  /** Month indices where it counts, ascending, unique. */
  months: readonly number[];
  /** Whether one of its sentences comes from an undated article. */
  undated: boolean;
}

/** Every relation (not `serves`) of a graph on a month scale; computed once per graph. */
export interface RelationTimeline {
  months: readonly string[];
  relations: readonly RelationMonths[];
}

/**
 * Places every relation of `graph` on `months`. An evidence item's date is its article's (from the graph's article
 * list, as the filter reads it), or the date the evidence carries when the article is not listed.
 */
export function indexRelationMonths(graph: EntenteGraph, months: readonly string[]): RelationTimeline {
  // Per article: the months its date overlaps, or "undated" (no date); null = dated outside the scale.
  const articleMonths = new Map<string, MonthRange | "undated" | null>();
  const place = (date: string | null) => (date === null ? "undated" : monthRange(months, date));
  for (const article of graph.getAttribute("articles")) articleMonths.set(article.id, place(article.date));
  const relations: RelationMonths[] = [];
  graph.forEachEdge((key, attributes) => {
    if (attributes.type === "serves") return;
    const seen = new Set<number>();
    let undated = false;
    for (const evidence of attributes.evidence) {
      const range = articleMonths.has(evidence.article) ? articleMonths.get(evidence.article)! : place(evidence.date);
      if (range === "undated") undated = true;
      else if (range !== null) for (let m = range[0]; m <= range[1]; m++) seen.add(m);
    }
    relations.push({ key, type: attributes.type, months: [...seen].sort((a, b) => a - b), undated });
  });
  return { months, relations };
}

/** Counts per relation type and month (arrays as long as the scale), and those of undated articles. */
export interface TimelineCounts {
  months: Readonly<Record<RelationType, Uint32Array>>;
  undated: Readonly<Record<RelationType, number>>;
}

function emptyCounts(length: number): {
  months: Record<RelationType, Uint32Array>;
  undated: Record<RelationType, number>;
} {
  const months = {} as Record<RelationType, Uint32Array>;
  const undated = {} as Record<RelationType, number>;
  for (const type of RELATION_TYPES) {
    months[type] = new Uint32Array(length);
    undated[type] = 0;
  }
  return { months, undated };
}

/** How many relations count in each month, whatever the filter: the chart's full (dimmed) bars. */
export function countAll(timeline: RelationTimeline): TimelineCounts {
  const counts = emptyCounts(timeline.months.length);
  for (const relation of timeline.relations) {
    const row = counts.months[relation.type];
    for (const m of relation.months) row[m]!++;
    if (relation.undated) counts.undated[relation.type]++;
  }
  return counts;
}

/**
 * What the current filter keeps, month by month: a relation the view shows (`visibleEdges`, which already applies the
 * types, the date range, the minimum weight and confidence and the review status) counts in the months of its that
 * the filter's date range overlaps; its undated sentences count when no range is set or undated articles are included.
 */
export function countKept(
  timeline: RelationTimeline,
  visibleEdges: ReadonlySet<string>,
  filter: Pick<ViewFilter, "from" | "to" | "includeUndated">,
): TimelineCounts {
  const counts = emptyCounts(timeline.months.length);
  const [first, last] = windowMonths(timeline.months, filter);
  const undatedKept = (filter.from === null && filter.to === null) || filter.includeUndated;
  for (const relation of timeline.relations) {
    if (!visibleEdges.has(relation.key)) continue;
    const row = counts.months[relation.type];
    for (const m of relation.months) if (m >= first && m <= last) row[m]!++;
    if (relation.undated && undatedKept) counts.undated[relation.type]++;
  }
  return counts;
}

/**
 * The months a filter's date range overlaps, as indices `[first, last]` (first > last when none); an unbounded side
 * reaches the end of the scale.
 */
export function windowMonths(months: readonly string[], filter: Pick<ViewFilter, "from" | "to">): [number, number] {
  if (months.length === 0) return [0, -1];
  const first = filter.from === null ? 0 : Math.max(0, monthIndex(months, filter.from.slice(0, 7)));
  const last =
    filter.to === null ? months.length - 1 : Math.min(months.length - 1, monthIndex(months, filter.to.slice(0, 7)));
  return [first, last];
}

/** The largest stacked total of one month (all types): the chart's vertical scale. */
export function peakMonth(counts: TimelineCounts): number {
  let peak = 0;
  const length = counts.months[RELATION_TYPES[0]].length;
  for (let m = 0; m < length; m++) {
    let sum = 0;
    for (const type of RELATION_TYPES) sum += counts.months[type][m]!;
    if (sum > peak) peak = sum;
  }
  return peak;
}
