/**
 * The curation file's types: the user's decisions about a built graph, each addressed by a stable key (node key,
 * edge key, article id + sentence) so that it survives every rebuild. Plain JSON; validated by `schema.ts`.
 */
import type { EntenteGraph, RelationType } from "../model/types.ts";

/** Version of the file format; bumped only for incompatible changes. */
export const CURATION_VERSION = 1;

/** The file's name in a corpus folder (beside `graph.json`). */
export const CURATION_FILE = "curation.json";

/** Rule id given to evidence and relations added by hand (`RelationAttributes.rules`, `Evidence.rule`). */
export const ADDED_RULE = "curation.added";

export const DECISION_KINDS = [
  "accept",
  "reject",
  "retype",
  "reject-evidence",
  "merge",
  "rename",
  "drop",
  "set-state",
  "add",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

interface DecisionBase {
  /** When the decision was made: ISO 8601 date-time, e.g. `2026-11-25T15:42:00.000Z`. */
  at: string;
  /** Why, in the user's words. */
  note?: string;
}

/**
 * A sentence of an article, as cited by a decision. Matched against an edge's evidence by article id and exact
 * sentence text; `start`/`end` (UTF-16 offsets in the article text, as in `Evidence`) tell repeated sentences apart
 * and are required when a relation is added with it.
 */
export interface SentenceRef {
  article: string;
  sentence: string;
  start?: number;
  end?: number;
}

/** The relation is right as extracted: marked `accepted`, confidence 1. */
export interface AcceptDecision extends DecisionBase {
  kind: "accept";
  /** Relation edge key, e.g. `cooperation:state:JPN|state:RUS`. */
  edge: string;
}

/** The relation is wrong: removed with all its evidence. */
export interface RejectDecision extends DecisionBase {
  kind: "reject";
  edge: string;
}

/** The relation is of another type: moved to `<to>:<same pair>` (merged into it if it exists), marked `retyped`, confidence 1. */
export interface RetypeDecision extends DecisionBase {
  kind: "retype";
  edge: string;
  to: RelationType;
}

/** One sentence does not support the edge: that evidence item is removed; the edge goes when none is left. */
export interface RejectEvidenceDecision extends DecisionBase {
  kind: "reject-evidence";
  /** Any edge key, relation or `serves`. */
  edge: string;
  evidence: SentenceRef;
}

/** Two actors of one type are one: `fold` is merged into `keep` and disappears. */
export interface MergeDecision extends DecisionBase {
  kind: "merge";
  keep: string;
  fold: string;
}

/** The actor's display name is wrong: `label` replaces it, the old label becomes an alias. The key does not change. */
export interface RenameDecision extends DecisionBase {
  kind: "rename";
  node: string;
  label: string;
}

/** Not an actor: the node is removed with every edge it has. */
export interface DropDecision extends DecisionBase {
  kind: "drop";
  node: string;
}

/** A leader serves another state: their `state`, the roles held for the old state and that `serves` edge move to `state`. */
export interface SetStateDecision extends DecisionBase {
  kind: "set-state";
  /** Leader node key. */
  node: string;
  /** State node key; the state must be in the graph. */
  state: string;
}

/**
 * A relation the extractor missed. With `evidence` (start and end required, located in the article text by the
 * caller), the sentence becomes an evidence item (rule `curation.added`); without, the edge has no evidence and
 * weight 1 (the user's word is its one support).
 */
export interface AddDecision extends DecisionBase {
  kind: "add";
  type: RelationType;
  source: string;
  target: string;
  evidence?: SentenceRef & { start: number; end: number };
}

export type Decision =
  | AcceptDecision
  | RejectDecision
  | RetypeDecision
  | RejectEvidenceDecision
  | MergeDecision
  | RenameDecision
  | DropDecision
  | SetStateDecision
  | AddDecision;

/** The whole `curation.json`: decisions in the order they were made (later ones win). */
export interface Curation {
  version: typeof CURATION_VERSION;
  decisions: Decision[];
}

/** A decision that matched nothing in the graph, and why (an article removed, an actor no longer extracted…). */
export interface StaleDecision {
  /** Position of the decision in `curation.decisions`. */
  index: number;
  decision: Decision;
  reason: string;
}

export interface CurationResult {
  /** A new graph; the input is never modified. */
  graph: EntenteGraph;
  /** Indices (in `curation.decisions`) of the decisions that matched their target and were applied. */
  applied: number[];
  stale: StaleDecision[];
}
