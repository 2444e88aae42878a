/**
 * The graph contract: node and edge attribute types of an Entente graph.
 *
 * Domain attributes (what the articles say) are written by `extract/`; display attributes (`x`, `y`)
 * by `layout/` only. Everything here is plain JSON so that `graph.export()` is the file format.
 */
import type { AbstractGraph, Attributes, SerializedGraph } from "graphology-types";

export const RELATION_TYPES = ["cooperation", "dispute", "alliance"] as const;
/** A relation between two actors, classified from the sentences that state it. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** The link from a leader to the state they serve; not a relation, drawn as membership. */
export const MEMBERSHIP_TYPE = "serves" as const;
export type MembershipType = typeof MEMBERSHIP_TYPE;
export type EdgeType = RelationType | MembershipType;
export const EDGE_TYPES: readonly EdgeType[] = [...RELATION_TYPES, MEMBERSHIP_TYPE];

export const NODE_TYPES = ["state", "leader"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Metadata of one article of the corpus, kept in the graph so evidence can name its source. */
export interface ArticleMeta {
  /** Stable id: the file name without extension. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  outlet: string | null;
  /** As precise as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** ISO 639-1 code of the text's language. */
  language: string;
  url: string | null;
  /** SHA-256 of the file's bytes: identifies the exact text the offsets refer to. */
  sha256: string;
  /**
   * Id of the first article (in file-name order) telling the same story: a near-duplicate, such as the same wire copy
   * in another outlet. Absent when none. Both stay sources; edge weights count the story once (`summariseEvidence`).
   */
  sameStoryAs?: string;
}

/** One sentence that supports an edge. */
export interface Evidence {
  /** `ArticleMeta.id` of the source article. */
  article: string;
  /** The sentence exactly as in the article file (original characters, not normalised). */
  sentence: string;
  /** Offsets of `sentence` in the decoded article text, in UTF-16 code units: `text.slice(start, end) === sentence`. */
  start: number;
  end: number;
  /** The article's date (same format as `ArticleMeta.date`), or null. */
  date: string | null;
  /**
   * Id of the extraction rule that drew this edge from this sentence: a relation rule (`extract/relations/rule-list.ts`,
   * required on relation evidence, the schema checks it) or, on membership evidence, the mention rule that gave the
   * leader's role (`MENTION_RULES` of `extract/mentions/mention.ts`).
   */
  rule?: string;
}

/** What a user decided about a node or an edge (`curation.json`, applied by `src/curation/`). */
export const CURATION_ACTIONS = [
  "accepted",
  "retyped",
  "added",
  "merged",
  "renamed",
  "state-corrected",
  "evidence-rejected",
] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];
export interface CurationMark {
  action: CurationAction;
  /** When the decision was made, ISO 8601 date-time. */
  at: string;
  note?: string;
}

interface ActorAttributes {
  type: NodeType;
  /** Display name: the canonical French name of a state, the fullest name seen of a leader. */
  label: string;
  /** Every surface form seen in the articles, sorted. */
  aliases: string[];
  /** Number of mentions over the corpus. */
  mentions: number;
  /** Ids of the articles that mention the actor, sorted. */
  articles: string[];
  /** Layout position (display attributes, written by `layout/`). */
  x?: number;
  y?: number;
  /** Decisions of the user applied to this actor, oldest first (absent when none). */
  curation?: CurationMark[];
}

export interface StateAttributes extends ActorAttributes {
  type: "state";
  /** ISO 3166-1 alpha-2 code; null for states without one (e.g. historical states). */
  iso2: string | null;
  /** ISO 3166-1 alpha-3 code, or the ISO 3166-3 / user-assigned code for states without one. */
  iso3: string;
  /** English name, for readers and tools outside French. */
  nameEn: string;
}

/** A role a leader was seen holding, with the dates it was seen. */
export interface RoleSpan {
  /** Normalised French title, e.g. "président", "ministre des Affaires étrangères". */
  role: string;
  /** Node key of the state the role is held for. */
  state: string;
  firstDate: string | null;
  lastDate: string | null;
  articles: string[];
}

export interface LeaderAttributes extends ActorAttributes {
  type: "leader";
  /** Node key of the state the leader serves (the most recent role's state). */
  state: string;
  /** Every role seen, sorted by first date then name. */
  roles: RoleSpan[];
}

export type NodeAttributes = StateAttributes | LeaderAttributes;

interface SourcedEdgeAttributes {
  type: EdgeType;
  /** Number of distinct supporting sentences. */
  weight: number;
  evidence: Evidence[];
  /** Start of the earliest supporting article's date interval (`YYYY-MM-DD`), null if none is dated. */
  firstDate: string | null;
  /** End of the latest supporting article's date interval (`YYYY-MM-DD`), null if none is dated. */
  lastDate: string | null;
  /** Ids of the supporting articles, sorted. */
  articles: string[];
  /** Decisions of the user applied to this edge, oldest first (absent when none). */
  curation?: CurationMark[];
}

export interface RelationAttributes extends SourcedEdgeAttributes {
  type: RelationType;
  /** Calibrated probability that the relation is right, in [0, 1] (see `extract/resolve/confidence.ts`). */
  confidence: number;
  /** Ids of the extraction rules behind the evidence, sorted and unique. */
  rules: string[];
}

export interface MembershipAttributes extends SourcedEdgeAttributes {
  type: MembershipType;
  /** The roles that link the leader (source) to the state (target). */
  roles: string[];
}

export type EdgeAttributes = RelationAttributes | MembershipAttributes;

export interface GraphAttributes {
  name: string;
  /** Every article the graph was built from, sorted by id. */
  articles: ArticleMeta[];
  /**
   * Present only in a graph *summary* (a graph whose evidence sentences live in shard files beside it, see
   * `model/evidence-shards.ts`): where the shards are and what each must hold. Its edges' evidence items are then
   * references, `{ article, start, date }` only, until the shards are merged in or fetched.
   */
  evidenceShards?: EvidenceShardIndex;
}

/** The shard files of a graph summary: a folder beside `graph.json` and one entry per file, in shard order. */
export interface EvidenceShardIndex {
  /** Folder of the shards, relative to the graph file's folder (`graph.evidence`). */
  folder: string;
  /** Edge `key` goes to shard `fnv1a(key) mod files.length`. */
  files: EvidenceShardEntry[];
}

/** What one shard must hold; checked when it is read, so a stale, truncated or altered shard is refused. */
export interface EvidenceShardEntry {
  /** File name inside `folder`: `NNN-<first 12 hex of its SHA-256>.json`. */
  file: string;
  /** Number of edges with evidence in the shard. */
  edges: number;
  /** Number of evidence items in the shard. */
  sentences: number;
  /** SHA-256 of the file's bytes. */
  sha256: string;
}

/** Entente graphs are undirected multigraphs: relations are symmetric and a pair may have several typed edges. */
export type EntenteGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedEntenteGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && (RELATION_TYPES as readonly string[]).includes(value);
}

export function isRelation(attributes: EdgeAttributes): attributes is RelationAttributes {
  return attributes.type !== MEMBERSHIP_TYPE;
}

export type { Attributes };
