/**
 * Curation: the user's corrections of a built graph, kept in `curation.json` beside `graph.json` and applied after
 * every extraction, so a correction survives every rebuild. This module is pure (no `node:fs`, no DOM, no clock) and
 * is the API the CLI, the server and the explorer share; `file.ts` adds Node's file reading and atomic writing.
 *
 * ```ts
 * import { applyCuration, parseCuration, recordDecision, serializeCuration } from "../curation/index.ts";
 * const curation = parseCuration(text, "curation.json");            // throws CurationFileError naming the entry
 * const { graph, applied, stale } = applyCuration(built, curation); // built is not modified
 * const next = recordDecision(curation, { kind: "reject", edge: "cooperation:state:RUS|state:UKR", at: new Date().toISOString() });
 * await fetch("curation.json", { method: "PUT", body: serializeCuration(next), headers: { "X-Entente-Token": token } });
 * ```
 *
 * Decisions (`Decision`, file format in the README, "Reviewing and correcting the graph"), by stable key:
 * - `accept` edge — marks the relation `accepted` and sets its confidence to 1 (reviewed by a person);
 * - `reject` edge — removes the relation;
 * - `retype` edge `to` — moves the relation to `<to>:<pair>` (merged into that edge when it exists), mark `retyped`, confidence 1;
 * - `reject-evidence` edge `evidence` — removes one sentence (matched by article id and exact text; `start` tells
 *   repeats apart), re-summarises weight, dates and articles; the edge goes when no sentence is left;
 * - `merge` keep fold — folds actor `fold` into `keep` (same type): aliases (with fold's label), mentions, articles,
 *   roles, marks and edges move over (each moved edge marked `merged`); parallel edges of one type merge with evidence
 *   deduplicated; an edge between the two disappears; leaders of a folded state serve the kept one. Later decisions
 *   naming `fold` follow it to `keep`;
 * - `rename` node label — new display name, the old one kept as an alias, key unchanged;
 * - `drop` node — "not an actor": removed with its edges (a dropped state also removes the roles held for it, and
 *   leaders left with no role);
 * - `set-state` leader state — the leader's `state`, their roles held for the old state and that `serves` edge move
 *   to the new state (which must be in the graph);
 * - `add` type source target [evidence] — a relation by hand: `rules: ["curation.added"]`, confidence 1, the cited
 *   sentence as evidence (caller gives article id, exact sentence and its offsets) or, without one, no evidence and
 *   weight 1.
 *
 * Every decision carries `at` (ISO date-time) and an optional `note`; the graph's nodes and edges it touched carry a
 * `CurationMark` `{ action, at, note? }` in their `curation` attribute (removed things leave no trace, by design).
 *
 * `applyCuration(graph, curation)` applies decisions in file order and returns `{ graph, applied, stale }`:
 * `applied` are the indices of the decisions that took effect, `stale` those whose target is not in the graph (an
 * article removed, an actor no longer extracted), each with a reason; stale decisions are never fatal. It is
 * idempotent: applied to its own output the graph does not change (then `reject` and `drop` report stale, their
 * target being gone already; marked decisions — accept, retype, merge, rename… — are recognised as applied).
 * Idempotence relies on the file being in time order (`recordDecision` keeps it so): on a curated graph, a decision
 * leaves alone an item marked by a later decision, since that item is what the later decision made (a relation
 * retyped or added under a key an earlier verdict named). Apply the curation to the graph `graph.json` holds (curated
 * by the build already) or to an uncurated one: the result is the same.
 *
 * Cost: one `graph.copy()` (attributes shared until changed) plus a deep copy of each item a decision changes; measured
 * on a synthetic graph of 50k nodes and 125k edges, about the time of `graph.copy()` itself (1.5 s on the shared
 * 2-core machine; 10k nodes: 0.3 s). Where that is too slow per click, apply the new decision alone to the current
 * curated graph: decisions are applied one after the other, so the result is the same.
 */
export { applyCuration, parseEdgeKey } from "./apply.ts";
export {
  decisionSlot,
  describeDecision,
  emptyCuration,
  recordDecision,
  removeDecision,
  serializeCuration,
} from "./edit.ts";
export { assertCuration, CurationFileError, curationFileSchema, parseCuration } from "./schema.ts";
export * from "./types.ts";
