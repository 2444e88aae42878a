/**
 * What the explorer's analysis controls ask for and what they show, as pure functions of the graph and the view:
 * the neighbourhood (ego network) that narrows visibility, the shortest paths between two actors with their hops,
 * and the measures and communities of the visible actors. The store holds the settings; these derive the rest.
 */
import {
  betweenness,
  EXACT_BETWEENNESS_LIMIT,
  detectCommunities,
  egoNetwork,
  pageRank,
  projectVisible,
  relationCount,
  shortestPaths,
  weightedDegree,
  type Measure,
  type VisibleSubset,
} from "../analysis/index.ts";
import { NODE_TYPES, type EdgeType, type EntenteGraph, type NodeType } from "../model/types.ts";
import { formatList, t } from "./i18n/index.ts";
import type { Visibility } from "./visibility.ts";

/** What node size follows: the default importance (relation weight and mentions) or a measure of the visible graph. */
export type SizeMode = "importance" | Measure;
export const SIZE_MODES: readonly SizeMode[] = ["importance", "relations", "weighted", "betweenness", "pagerank"];
export type ColorMode = "type" | "community";
export const COLOR_MODES: readonly ColorMode[] = ["type", "community"];
/** Neighbourhood depth: 0 shows the whole view, 1 to 3 the ego network of the chosen actor. */
export type Depth = 0 | 1 | 2 | 3;
export const DEPTHS: readonly Depth[] = [0, 1, 2, 3];

export interface AnalysisSettings {
  size: SizeMode;
  color: ColorMode;
  depth: Depth;
  /** The actor whose neighbourhood shows when `depth` > 0 (follows the selection). */
  ego: string | null;
  /** The two ends of the path to find. */
  pathFrom: string | null;
  pathTo: string | null;
  /** Whether actors without any visible edge are hidden. */
  hideIsolated: boolean;
}

export const DEFAULT_ANALYSIS: AnalysisSettings = {
  size: "importance",
  color: "type",
  depth: 0,
  ego: null,
  pathFrom: null,
  pathTo: null,
  hideIsolated: false,
};

/** The visible part of the graph as the analysis functions read it: visible sets and the sentences in the view. */
export function visibleSubset(visibility: Visibility): VisibleSubset {
  return {
    nodes: visibility.nodes,
    edges: visibility.edges,
    weightOf: (edge) => visibility.evidence.get(edge)?.length ?? 0,
  };
}

/**
 * Narrows `visibility` to the actors within `depth` hops of `ego` (and the visible edges between them), counts
 * recomputed. Unchanged when the depth is 0 or the actor is not visible.
 */
export function restrictToEgo(
  graph: EntenteGraph,
  visibility: Visibility,
  ego: string | null,
  depth: Depth,
): Visibility {
  if (depth === 0 || ego === null || !visibility.nodes.has(ego)) return visibility;
  const keep = egoNetwork(projectVisible(graph, visibleSubset(visibility)), ego, depth);
  return restrictTo(graph, visibility, new Set(keep.keys()));
}

/** `visibility` with only the actors of `keep` (and the visible edges between them), counts recomputed. */
function restrictTo(graph: EntenteGraph, visibility: Visibility, keep: ReadonlySet<string>): Visibility {
  const nodes = new Set<string>();
  for (const node of visibility.nodes) if (keep.has(node)) nodes.add(node);
  const edges = new Set<string>();
  const evidence = new Map(visibility.evidence);
  const nodeCounts = Object.fromEntries(
    NODE_TYPES.map((t) => [t, { visible: 0, total: visibility.nodeCounts[t].total }]),
  ) as Record<NodeType, { visible: number; total: number }>;
  const edgeCounts = Object.fromEntries(
    Object.entries(visibility.edgeCounts).map(([t, c]) => [t, { visible: 0, total: c.total }]),
  ) as Record<EdgeType, { visible: number; total: number }>;
  for (const node of nodes) nodeCounts[graph.getNodeAttribute(node, "type")].visible++;
  for (const edge of visibility.edges) {
    const [source, target] = graph.extremities(edge);
    if (!nodes.has(source) || !nodes.has(target)) {
      evidence.delete(edge);
      continue;
    }
    edges.add(edge);
    edgeCounts[graph.getEdgeAttribute(edge, "type")].visible++;
  }
  return { nodes, edges, evidence, nodeCounts, edgeCounts };
}

/** Narrows `visibility` to the actors with at least one visible edge, counts recomputed. */
export function dropIsolated(graph: EntenteGraph, visibility: Visibility): Visibility {
  const connected = new Set<string>();
  for (const edge of visibility.edges) for (const end of graph.extremities(edge)) connected.add(end);
  if (connected.size === visibility.nodes.size) return visibility;
  return restrictTo(graph, visibility, connected);
}

/** One hop of a path: two consecutive actors and the visible edges between them (parallel relations together). */
export interface Hop {
  from: string;
  to: string;
  edges: string[];
}

export interface PathView {
  from: string;
  to: string;
  /** Hops of the shortest paths; null when the view does not connect the two actors. */
  length: number | null;
  /** Each listed shortest path as its hops. */
  paths: Hop[][];
  /** How many shortest paths there are (may be more than listed). */
  count: number;
  /** Every actor and edge on a shortest path, for the highlight. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Why no path was looked for (an end hidden by the filters), or null. */
  problem: string | null;
}

/** The shortest paths between the chosen actors through the visible graph; null until both ends are chosen. */
export function computePathView(
  graph: EntenteGraph,
  visibility: Visibility,
  from: string | null,
  to: string | null,
): PathView | null {
  if (from === null || to === null || !graph.hasNode(from) || !graph.hasNode(to)) return null;
  const empty = { from, to, length: null, paths: [], count: 0, nodes: new Set<string>(), edges: new Set<string>() };
  const hidden = [from, to].filter((node) => !visibility.nodes.has(node));
  if (hidden.length > 0)
    return {
      ...empty,
      problem: t("analysis.hiddenEnds", {
        count: hidden.length,
        actors: formatList(hidden.map((n) => graph.getNodeAttribute(n, "label"))),
      }),
    };
  const projected = projectVisible(graph, visibleSubset(visibility));
  const result = shortestPaths(projected, from, to);
  const pairEdges = (a: string, b: string) => projected.getEdgeAttributes(a, b).edges;
  const edges = new Set<string>();
  for (const pair of result.pairs) {
    const [a, b] = pair.split("\u0000") as [string, string];
    for (const edge of pairEdges(a, b)) edges.add(edge);
  }
  const paths = result.paths.map((path) =>
    path.slice(1).map((node, i) => ({ from: path[i]!, to: node, edges: pairEdges(path[i]!, node) })),
  );
  return { ...empty, length: result.length, paths, count: result.count, nodes: result.nodes, edges, problem: null };
}

/** Every measure and the communities of the visible actors. */
export interface MeasureValues {
  values: Readonly<Record<Measure, ReadonlyMap<string, number>>>;
  community: ReadonlyMap<string, number>;
  /** Number of actors of each community, by index (0 = largest). */
  communitySizes: readonly number[];
  /** Whether betweenness is an estimate (large views, see `src/analysis/measures.ts`). */
  estimated: boolean;
}

/** Computes every measure of the visible graph; pure, so the page and the analysis worker share it. */
export function computeMeasureValues(graph: EntenteGraph, subset: VisibleSubset): MeasureValues {
  const projected = projectVisible(graph, subset);
  const communities = detectCommunities(projected);
  return {
    values: {
      relations: relationCount(graph, subset),
      weighted: weightedDegree(graph, subset),
      betweenness: betweenness(projected),
      pagerank: pageRank(projected),
    },
    community: communities.of,
    communitySizes: communities.sizes,
    estimated: projected.order > EXACT_BETWEENNESS_LIMIT,
  };
}

/** The measures of the current view, or null while they are being computed (or not asked for). */
export function measuresOf(state: {
  visibility: Visibility;
  measures: { visibility: Visibility; values: MeasureValues } | null;
}): MeasureValues | null {
  return state.measures !== null && state.measures.visibility === state.visibility ? state.measures.values : null;
}
