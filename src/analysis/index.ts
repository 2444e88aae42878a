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
