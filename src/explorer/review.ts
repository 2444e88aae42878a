/**
 * The review queue, pure: which relations are left to review and in what order — least confident first. A
 * relation scored by the confidence model is ordered by its `confidence`; one without a score (a graph built before
 * scoring) comes first, ordered by its number of supporting sentences, fewest first: nothing vouches for it yet.
 */
import type { Curation } from "../curation/index.ts";
import { isRelation, type EntenteGraph, type RelationAttributes } from "../model/types.ts";
import { isReviewed } from "./visibility.ts";

/** Orders two relations from least to most confident; ties by weight, then key, so the queue is deterministic. */
export function compareConfidence(a: { key: string; attributes: RelationAttributes }, b: { key: string; attributes: RelationAttributes }): number {
  const ca = a.attributes.confidence;
  const cb = b.attributes.confidence;
  if (ca === undefined && cb !== undefined) return -1;
  if (ca !== undefined && cb === undefined) return 1;
  if (ca !== undefined && cb !== undefined && ca !== cb) return ca - cb;
  return a.attributes.weight - b.attributes.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Keys of the relations not reviewed yet, least confident first. */
export function reviewQueue(graph: EntenteGraph): string[] {
  const items: { key: string; attributes: RelationAttributes }[] = [];
  graph.forEachEdge((key, attributes) => {
    if (isRelation(attributes) && !isReviewed(attributes)) items.push({ key, attributes });
  });
  return items.sort(compareConfidence).map((item) => item.key);
}

/** The relation the queue shows: the first one left that was not skipped (all skipped: start over). */
export function currentReviewItem(queue: readonly string[], skipped: readonly string[]): string | null {
  const skip = new Set(skipped);
  return queue.find((edge) => !skip.has(edge)) ?? queue[0] ?? null;
}

/** Verdicts given on relations (accept, reject, retype) — what "reviewed" counts. */
export function verdictCount(curation: Curation): number {
  return curation.decisions.filter((d) => d.kind === "accept" || d.kind === "reject" || d.kind === "retype").length;
}
