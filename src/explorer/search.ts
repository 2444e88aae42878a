/**
 * Actor search: case-, accent- and alias-insensitive, with a little typo tolerance. "poutine", "Putin",
 * "choigou" and "Pyongyang" (a capital, listed among its state's aliases) all find the right actor. Pure.
 */
import { compareFrench, FOLDS, foldText } from "../model/text-keys.ts";
import type { EntenteGraph, NodeType } from "../model/types.ts";

/** Lower case, accents and punctuation dropped, ligatures and special letters spelled out, spaces collapsed (`FOLDS.search`). */
export function foldForSearch(value: string): string {
  return foldText(value, FOLDS.search);
}

interface Entry {
  node: string;
  label: string;
  type: NodeType;
  /** The surface form as written, shown when it is not the label. */
  form: string;
  text: string;
  words: string[];
  importance: number;
}

export interface SearchIndex {
  entries: readonly Entry[];
}

export interface SearchResult {
  node: string;
  label: string;
  type: NodeType;
  /** The alias that matched, when it differs from the label (e.g. "Putin" for Vladimir Poutine). */
  matched: string | null;
  score: number;
}

/** Indexes every node's label, aliases and English name; `importance` breaks ties between equal matches. */
export function createSearchIndex(graph: EntenteGraph, importance: (node: string) => number = () => 0): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((node, attributes) => {
    const forms = new Set([attributes.label, ...attributes.aliases]);
    if (attributes.type === "state") forms.add(attributes.nameEn);
    for (const form of forms) {
      const text = foldForSearch(form);
      if (text === "") continue;
      entries.push({
        node,
        label: attributes.label,
        type: attributes.type,
        form,
        text,
        words: text.split(" "),
        importance: importance(node),
      });
    }
  });
  return { entries };
}

/** Best matches first, one per actor. */
export function searchActors(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const q = foldForSearch(query);
  if (q === "") return [];
  const best = new Map<string, { entry: Entry; score: number }>();
  for (const entry of index.entries) {
    const score = matchScore(entry, q);
    if (score === 0) continue;
    const previous = best.get(entry.node);
    // Prefer the label when an alias scores the same, so "matched" only shows when it explains the hit.
    if (previous === undefined || score > previous.score || (score === previous.score && entry.form === entry.label))
      best.set(entry.node, { entry, score });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.importance - a.entry.importance ||
        compareFrench(a.entry.label, b.entry.label) ||
        (a.entry.node < b.entry.node ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ entry, score }) => ({
      node: entry.node,
      label: entry.label,
      type: entry.type,
      matched: foldForSearch(entry.form) === foldForSearch(entry.label) ? null : entry.form,
      score,
    }));
}

function matchScore(entry: Entry, q: string): number {
  if (entry.text === q) return 100;
  if (entry.text.startsWith(q)) return 80;
  if (entry.words.some((w) => w.startsWith(q)) || entry.text.includes(` ${q}`)) return 60;
  if (q.length >= 3 && entry.text.includes(q)) return 40;
  if (q.length >= 4 && !q.includes(" ")) {
    const tolerance = q.length >= 7 ? 2 : 1;
    if (entry.words.some((w) => editDistance(q, w, tolerance) <= tolerance)) return 30;
  }
  return 0;
}

/** Levenshtein distance, giving up (returning `max + 1`) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
