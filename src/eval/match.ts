/**
 * Which gold actor each node of a graph is, by names, exactly as the dev set's `score.mjs` decides: a node matches a
 * gold entity of its own type when one of its names (key, label, ISO codes, aliases) equals one of the entity's
 * names once folded; among several, the first in gold order wins unless a later one holds the node's full label.
 */
import { FOLDS, foldText } from "../model/text-keys.ts";
import type { EntenteGraph } from "../model/types.ts";
import type { GoldGraph } from "./gold.ts";

/**
 * `score.mjs`'s comparison form (`FOLDS.scoreMatch`): no accents, lower case, one apostrophe, every other run of
 * non-alphanumerics a space. (Also straightens ʼ and ʻ, which `score.mjs` turns into spaces; no gold name has one.)
 */
export function foldForMatch(value: string): string {
  return foldText(value, FOLDS.scoreMatch);
}

/** Every folded name of a node: its key, label, ISO codes and aliases (`nameEn` is not one: `score.mjs` ignores it). */
export function nodeNames(
  key: string,
  attributes: { label: string; aliases: string[]; iso2?: string | null; iso3?: string },
): string[] {
  const raw = [key, attributes.label, attributes.iso3, attributes.iso2, ...attributes.aliases];
  return [...new Set(raw.filter((x): x is string => typeof x === "string" && x.trim() !== "").map(foldForMatch))];
}

export interface ActorMatch {
  /** Node key → gold entity id, or null when the node is no gold actor. */
  goldOf: Map<string, string | null>;
  /** Gold id → labels of the nodes matched to it, in graph order. */
  hits: Map<string, string[]>;
  /** Nodes matched to no gold actor, as `label (type)`. */
  extra: string[];
  /** Labels of unmatched nodes bearing a forbidden name. */
  forbidden: string[];
}

export function matchActors(graph: EntenteGraph, gold: GoldGraph): ActorMatch {
  const goldNames = Object.entries(gold.entities).map(([id, e]) => ({
    id,
    type: e.type,
    names: new Set(e.names.map(foldForMatch)),
  }));
  const forbiddenNames = new Set((gold.forbidden_entities ?? []).map(foldForMatch));
  const goldOf = new Map<string, string | null>();
  const hits = new Map<string, string[]>();
  const extra: string[] = [];
  const forbidden: string[] = [];
  graph.forEachNode((key, a) => {
    const names = nodeNames(key, a.type === "state" ? a : { label: a.label, aliases: a.aliases });
    const label = foldForMatch(a.label);
    let match: { id: string; full: boolean } | null = null;
    for (const g of goldNames) {
      if (g.type !== a.type || !names.some((n) => g.names.has(n))) continue;
      const full = g.names.has(label);
      if (!match || (full && !match.full)) match = { id: g.id, full };
    }
    // A forbidden name counts only on a node that is no gold actor (a state may be named by its seat of power).
    if (!match && names.some((n) => forbiddenNames.has(n))) forbidden.push(a.label);
    goldOf.set(key, match?.id ?? null);
    if (match) hits.set(match.id, [...(hits.get(match.id) ?? []), a.label]);
    else extra.push(`${a.label} (${a.type})`);
  });
  return { goldOf, hits, extra, forbidden };
}
