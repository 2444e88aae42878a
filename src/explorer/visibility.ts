/**
 * What the current filter shows: visible node and edge sets, visible evidence, and counts per type — computed
 * once per filter change through the model's `createViewPredicate`, so the view, the legend, the table and the
 * filtered export all agree (minimum confidence included). One explorer-only criterion sits on top: review status.
 */
import { createViewPredicate, type ViewFilter } from "../model/filter.ts";
import {
  EDGE_TYPES,
  NODE_TYPES,
  type EdgeAttributes,
  type EdgeType,
  type EntenteGraph,
  type Evidence,
  type NodeType,
} from "../model/types.ts";

/** Which relations show by review status. */
export type ReviewFilter = "all" | "reviewed" | "unreviewed";
export const REVIEW_FILTERS: readonly ReviewFilter[] = ["all", "reviewed", "unreviewed"];

/** Criteria of the explorer beyond the shared `ViewFilter`. */
export interface ExplorerCriteria {
  review: ReviewFilter;
}

export const DEFAULT_CRITERIA: ExplorerCriteria = { review: "all" };

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Evidence of each visible edge within the date range. */
  evidence: ReadonlyMap<string, Evidence[]>;
  nodeCounts: Readonly<Record<NodeType, { visible: number; total: number }>>;
  edgeCounts: Readonly<Record<EdgeType, { visible: number; total: number }>>;
}

/** Whether a relation was reviewed by the user: it carries at least one curation mark. */
export function isReviewed(attributes: EdgeAttributes): boolean {
  return (attributes.curation?.length ?? 0) > 0;
}

function passesReview(attributes: EdgeAttributes, review: ReviewFilter): boolean {
  if (review === "all" || attributes.type === "serves") return true;
  return isReviewed(attributes) === (review === "reviewed");
}

/** Applies `filter` and `criteria` to `graph`; O(nodes + edges). */
export function computeVisibility(
  graph: EntenteGraph,
  filter: ViewFilter,
  criteria: ExplorerCriteria = DEFAULT_CRITERIA,
): Visibility {
  const predicate = createViewPredicate(graph.getAttribute("articles"), filter);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const evidence = new Map<string, Evidence[]>();
  const nodeCounts = Object.fromEntries(NODE_TYPES.map((t) => [t, { visible: 0, total: 0 }])) as Record<
    NodeType,
    { visible: number; total: number }
  >;
  const edgeCounts = Object.fromEntries(EDGE_TYPES.map((t) => [t, { visible: 0, total: 0 }])) as Record<
    EdgeType,
    { visible: number; total: number }
  >;
  graph.forEachNode((key, attributes) => {
    nodeCounts[attributes.type].total++;
    if (!predicate.nodeVisible(attributes)) return;
    nodes.add(key);
    nodeCounts[attributes.type].visible++;
  });
  graph.forEachEdge((key, attributes, source, target) => {
    edgeCounts[attributes.type].total++;
    if (!predicate.edgeVisible(attributes, nodes.has(source), nodes.has(target))) return;
    if (!passesReview(attributes, criteria.review)) return;
    edges.add(key);
    evidence.set(key, predicate.visibleEvidence(attributes));
    edgeCounts[attributes.type].visible++;
  });
  return { nodes, edges, evidence, nodeCounts, edgeCounts };
}
