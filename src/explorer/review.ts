/**
 * The review queue, pure: which relations are left to review and in what order — least confident first (by the
 * calibrated `confidence` every relation carries), then fewest supporting sentences first, then by key.
 */
import type { Curation } from "../curation/index.ts";
import { isRelation, type EntenteGraph, type RelationAttributes } from "../model/types.ts";
import { isReviewed } from "./visibility.ts";

/** Orders two relations from least to most confident; ties by weight, then key, so the queue is deterministic. */
export function compareConfidence(
  a: { key: string; attributes: RelationAttributes },
  b: { key: string; attributes: RelationAttributes },
): number {
  return (
    a.attributes.confidence - b.attributes.confidence ||
    a.attributes.weight - b.attributes.weight ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
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
