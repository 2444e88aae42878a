/**
 * When each node and edge exists on a GEXF timeline, derived from the dates of the articles behind it.
 *
 * Rules (documented in the README's "GEXF export" section):
 * - a dated article stands for the whole day interval of its date (`src/model/dates.ts`: `2013-11` covers the month,
 *   `2023` the year); an edge exists during the union of its supporting articles' intervals, merged where they
 *   overlap or touch;
 * - an undated article has no interval: with `undated: "always"` it makes the element present at all times (as the
 *   explorer's date filter counts undated evidence in every range by default); with `"ignore"` it is left out, and an
 *   element with no dated article at all is present at all times, since nothing places it in time;
 * - a node exists during its own articles' intervals and those of its edges, so Gephi never hides an exported edge
 *   because an endpoint is absent at that moment.
 */
import { dateInterval, type DayInterval } from "../model/dates.ts";
import type { ArticleMeta, EntenteGraph } from "../model/types.ts";

/** How evidence from undated articles shapes the timeline. */
export type UndatedPolicy = "always" | "ignore";

/** Present at every moment (no time bounds in the file), or during these sorted, disjoint, non-adjacent intervals. */
export type Presence = "always" | readonly DayInterval[];

/** The presence of every node and edge of a graph, by key. */
export interface GraphTimeline {
  nodes: ReadonlyMap<string, Presence>;
  edges: ReadonlyMap<string, Presence>;
}

/** The day after an ISO day, computed in UTC so no time zone can shift it. */
const NEXT_DAY_CACHE = new Map<string, string>();

/**
 * The day after `day`. Exports compare the same few article days again and again, so results are memoised: building
 * a `Date` and an ISO string per comparison was a hot spot of large exports (`npm run bench`).
 */
function nextDay(day: string): string {
  let next = NEXT_DAY_CACHE.get(day);
  if (next === undefined) {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    if (NEXT_DAY_CACHE.size > 100_000) NEXT_DAY_CACHE.clear();
    NEXT_DAY_CACHE.set(day, next);
  }
  return next;
}

/** Sorts intervals and merges those that overlap or touch (end + 1 day ≥ next start). */
export function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const sorted = [...intervals].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0,
  );
  const merged: DayInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval.start <= nextDay(last.end)) {
      if (interval.end > last.end) last.end = interval.end;
    } else merged.push({ ...interval });
  }
  return merged;
}

/**
 * Presence of an element supported by these articles (ids unknown to the graph count as undated); null when nothing
 * places it in time (no dated article, and undated ones ignored).
 */
function presenceOf(
  articleIds: Iterable<string>,
  intervals: ReadonlyMap<string, DayInterval | null>,
  undated: UndatedPolicy,
): Presence | null {
  const found: DayInterval[] = [];
  for (const id of articleIds) {
    const interval = intervals.get(id) ?? null;
    if (interval !== null) found.push(interval);
    else if (undated === "always") return "always";
  }
  return found.length === 0 ? null : mergeIntervals(found);
}

/** Union of presences; "always" absorbs everything, and an empty union means nothing places the element in time. */
function unionPresence(presences: readonly Presence[]): Presence {
  const all: DayInterval[] = [];
  for (const presence of presences) {
    if (presence === "always") return "always";
    all.push(...presence);
  }
  return all.length === 0 ? "always" : mergeIntervals(all);
}

/** Computes when every node and edge of the graph exists, following the rules in this module's header. */
export function graphTimeline(graph: EntenteGraph, undated: UndatedPolicy): GraphTimeline {
  const articles: readonly ArticleMeta[] = graph.getAttribute("articles");
  const intervals = new Map(articles.map((a) => [a.id, a.date === null ? null : dateInterval(a.date)]));
  const edges = new Map<string, Presence>();
  graph.forEachEdge((key, attributes) => {
    edges.set(key, presenceOf(new Set(attributes.evidence.map((e) => e.article)), intervals, undated) ?? "always");
  });
  const nodes = new Map<string, Presence>();
  graph.forEachNode((key, attributes) => {
    const own = presenceOf(attributes.articles, intervals, undated);
    // A node whose own articles say nothing about time is placed by its edges alone.
    const parts: Presence[] = own === null ? [] : [own];
    graph.forEachEdge(key, (edge) => parts.push(edges.get(edge)!));
    nodes.set(key, unionPresence(parts));
  });
  return { nodes, edges };
}

/** The latest day on which some article is known to have been published on or after: the start of the latest interval. */
export function latestArticleDay(articles: readonly ArticleMeta[]): string | null {
  let latest: string | null = null;
  for (const article of articles) {
    const interval = article.date === null ? null : dateInterval(article.date);
    if (interval !== null && (latest === null || interval.start > latest)) latest = interval.start;
  }
  return latest;
}
