/**
 * The view filter shared by the explorer, the table view and exports: which node types, relation types,
 * date range, minimum weight and minimum confidence are visible. Pure: the explorer applies it through reducers, exports through
 * `filterGraph`, so both show exactly the same subgraph.
 */
import { dateInterval, intervalsOverlap, type DayInterval } from "./dates.ts";
import { createGraph } from "./graph-io.ts";
import {
  EDGE_TYPES,
  NODE_TYPES,
  type ArticleMeta,
  type EdgeAttributes,
  type EdgeType,
  type EntenteGraph,
  type Evidence,
  type NodeAttributes,
  type NodeType,
} from "./types.ts";

export interface ViewFilter {
  nodeTypes: readonly NodeType[];
  /** Relation types and `serves` (the leader→state links). */
  edgeTypes: readonly EdgeType[];
  /** Inclusive `YYYY-MM-DD` bounds; null = unbounded on that side. */
  from: string | null;
  to: string | null;
  /** When a date bound is set, whether evidence from undated articles still counts. */
  includeUndated: boolean;
  /** Minimum number of supporting sentences (within the date range) for a relation to show. */
  minWeight: number;
  /**
   * Minimum `confidence` for a relation to show, in [0, 1]; 0 or absent = off (`resolveViewFilter` always sets it).
   * A relation without a confidence (a graph built before confidences existed) counts as 0. Memberships (`serves`)
   * are never hidden by it: they are not judgements.
   */
  minConfidence?: number;
}

export const DEFAULT_VIEW_FILTER: ViewFilter = {
  nodeTypes: NODE_TYPES,
  edgeTypes: EDGE_TYPES,
  from: null,
  to: null,
  includeUndated: true,
  minWeight: 1,
  minConfidence: 0,
};

export class FilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FilterError";
  }
}

/** Merges a partial filter over the defaults and validates it; throws a `FilterError` naming the field. */
export function resolveViewFilter(partial: Partial<ViewFilter> = {}): ViewFilter {
  const filter = { ...DEFAULT_VIEW_FILTER, ...partial, minConfidence: partial.minConfidence ?? 0 };
  for (const t of filter.nodeTypes)
    if (!(NODE_TYPES as readonly string[]).includes(t))
      throw new FilterError(`filter: nodeTypes: unknown node type "${t}" (${NODE_TYPES.join(", ")})`);
  for (const t of filter.edgeTypes)
    if (!EDGE_TYPES.includes(t))
      throw new FilterError(`filter: edgeTypes: unknown relation type "${t}" (${EDGE_TYPES.join(", ")})`);
  for (const field of ["from", "to"] as const) {
    const value = filter[field];
    if (value !== null && dateInterval(value) === null)
      throw new FilterError(`filter: ${field}: "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  // A bound of month or year precision covers its whole period.
  const from = filter.from === null ? null : dateInterval(filter.from)!.start;
  const to = filter.to === null ? null : dateInterval(filter.to)!.end;
  if (from !== null && to !== null && from > to) throw new FilterError(`filter: from (${from}) is after to (${to})`);
  if (!Number.isFinite(filter.minWeight) || filter.minWeight < 0)
    throw new FilterError(`filter: minWeight: must be a number ≥ 0, got ${filter.minWeight}`);
  if (typeof filter.minConfidence !== "number" || !(filter.minConfidence >= 0 && filter.minConfidence <= 1))
    // Untyped callers (URL state, CLI) may pass anything; NaN fails the range test.
    throw new FilterError(`filter: minConfidence: must be a number from 0 to 1, got ${filter.minConfidence}`);
  return { ...filter, from, to };
}

export function isDefaultFilter(filter: ViewFilter): boolean {
  return (
    filter.from === null &&
    filter.to === null &&
    filter.minWeight <= 1 &&
    (filter.minConfidence ?? 0) <= 0 &&
    NODE_TYPES.every((t) => filter.nodeTypes.includes(t)) &&
    EDGE_TYPES.every((t) => filter.edgeTypes.includes(t))
  );
}

/** Visibility tests for one graph and one filter; article intervals are computed once, lookups are O(1). */
export interface ViewPredicate {
  nodeVisible(attributes: NodeAttributes): boolean;
  /** Evidence of the edge that falls in the date range (all of it when no range is set). */
  visibleEvidence(attributes: EdgeAttributes): Evidence[];
  /** Whether the edge shows, given whether both its endpoints show. */
  edgeVisible(attributes: EdgeAttributes, sourceVisible: boolean, targetVisible: boolean): boolean;
}

export function createViewPredicate(articles: readonly ArticleMeta[], filter: ViewFilter): ViewPredicate {
  const hasRange = filter.from !== null || filter.to !== null;
  const range: DayInterval = { start: filter.from ?? "0000-01-01", end: filter.to ?? "9999-12-31" };
  const articleInRange = new Map<string, boolean>();
  for (const article of articles) {
    const interval = article.date === null ? null : dateInterval(article.date);
    articleInRange.set(article.id, interval === null ? filter.includeUndated : intervalsOverlap(interval, range));
  }
  const inRange = (articleId: string) => !hasRange || (articleInRange.get(articleId) ?? false);
  const articleById: ArticleIndex = new Map(articles.map((a) => [a.id, a]));
  const nodeTypes = new Set(filter.nodeTypes);
  const edgeTypes = new Set(filter.edgeTypes);
  const minConfidence = filter.minConfidence ?? 0;

  const visibleEvidence = (attributes: EdgeAttributes) =>
    hasRange ? attributes.evidence.filter((e) => inRange(e.article)) : attributes.evidence;

  return {
    nodeVisible: (attributes) => nodeTypes.has(attributes.type) && (!hasRange || attributes.articles.some(inRange)),
    visibleEvidence,
    edgeVisible(attributes, sourceVisible, targetVisible) {
      if (!sourceVisible || !targetVisible || !edgeTypes.has(attributes.type)) return false;
      const weight = hasRange ? visibleWeight(attributes, visibleEvidence(attributes), articleById) : attributes.weight;
      if (weight <= 0) return false;
      if (attributes.type === "serves") return true;
      return weight >= filter.minWeight && (minConfidence <= 0 || (attributes.confidence ?? 0) >= minConfidence);
    },
  };
}

/** Weight counts distinct sentences; evidence lists hold one entry per distinct sentence. */
function visibleWeight(_attributes: EdgeAttributes, evidence: Evidence[], articleById: ArticleIndex): number {
  return storyWeight(evidence, articleById);
}

type ArticleIndex = ReadonlyMap<string, ArticleMeta>;

/** The story an article tells: the first article of its near-duplicate group (`sameStoryAs`), else its own id. */
export function storyOf(articleById: ArticleIndex): (article: string) => string {
  return (article) => articleById.get(article)?.sameStoryAs ?? article;
}

/**
 * The weight of evidence: its number of sentences, a story told by several articles (near-duplicates, marked
 * `sameStoryAs`) counting once, as many sentences as its richest telling gives.
 */
export function storyWeight(evidence: readonly Evidence[], articleById: ArticleIndex): number {
  const perArticle = new Map<string, number>();
  let grouped = false;
  for (const e of evidence) {
    perArticle.set(e.article, (perArticle.get(e.article) ?? 0) + 1);
    if (articleById.get(e.article)?.sameStoryAs !== undefined) grouped = true;
  }
  if (!grouped) return evidence.length;
  const perStory = new Map<string, number>();
  const storyOfArticle = storyOf(articleById);
  for (const [article, count] of perArticle) {
    const story = storyOfArticle(article);
    perStory.set(story, Math.max(perStory.get(story) ?? 0, count));
  }
  let weight = 0;
  for (const count of perStory.values()) weight += count;
  return weight;
}

/**
 * The visible subgraph as a new graph: hidden nodes and edges dropped, each edge's evidence restricted to the
 * date range, with weight, dates and articles recomputed from what remains. Graph attributes are kept.
 */
export function filterGraph(graph: EntenteGraph, filter: ViewFilter): EntenteGraph {
  const articles = graph.getAttribute("articles");
  const predicate = createViewPredicate(articles, filter);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const result = createGraph();
  result.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((key, attributes) => {
    if (predicate.nodeVisible(attributes)) result.addNode(key, structuredClone(attributes));
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (!predicate.edgeVisible(attributes, result.hasNode(source), result.hasNode(target))) return;
    const evidence = predicate.visibleEvidence(attributes);
    const copy = structuredClone(attributes);
    if (evidence !== attributes.evidence)
      Object.assign(copy, summariseEvidence(structuredClone(evidence), articleById));
    result.addEdgeWithKey(key, source, target, copy);
  });
  return result;
}

/** Weight, dates and article list of an edge, derived from its evidence. */
export function summariseEvidence(
  evidence: Evidence[],
  articleById: ReadonlyMap<string, ArticleMeta>,
): Pick<EdgeAttributes, "evidence" | "weight" | "firstDate" | "lastDate" | "articles"> {
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const ids = new Set<string>();
  for (const e of evidence) {
    ids.add(e.article);
    const date = articleById.get(e.article)?.date ?? null;
    const interval = date === null ? null : dateInterval(date);
    if (interval === null) continue;
    if (firstDate === null || interval.start < firstDate) firstDate = interval.start;
    if (lastDate === null || interval.end > lastDate) lastDate = interval.end;
  }
  return { evidence, weight: storyWeight(evidence, articleById), firstDate, lastDate, articles: [...ids].sort() };
}
