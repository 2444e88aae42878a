/** Graph measures of the visible graph, pure and usable from Node and the browser. */
export { detectCommunities, COMMUNITY_SEED, type Communities } from "./communities.ts";
export {
  betweenness,
  BETWEENNESS_SAMPLES,
  EXACT_BETWEENNESS_LIMIT,
  computeMeasure,
  isMeasure,
  MEASURES,
  pageRank,
  relationCount,
  weightedDegree,
  type Measure,
} from "./measures.ts";
export { egoNetwork, MAX_PATHS, pairKey, shortestPaths, type PathResult } from "./paths.ts";
export {
  projectVisible,
  wholeGraph,
  type PairAttributes,
  type ProjectedGraph,
  type VisibleSubset,
} from "./visible-graph.ts";
export {
  countAll,
  countKept,
  indexRelationMonths,
  monthRange,
  peakMonth,
  windowMonths,
  type MonthRange,
  type RelationMonths,
  type RelationTimeline,
  type TimelineCounts,
} from "./timeline.ts";
export {
  binKept,
  MONTHLY_SPAN_LIMIT,
  relationHistory,
  type HistoryBin,
  type HistoryRelation,
  type HistorySentence,
  type RelationHistory,
} from "./history-bins.ts";
