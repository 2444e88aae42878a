/** Intermediate results of extraction: what one article says, before actors are resolved across articles. */
import type { RelationType } from "../model/types.ts";
import type { OfficeClass } from "./lexicon/lexicon.ts";

/** An actor inside one article: a state by code, or a leader by their index in the article's leader list. */
export type LocalActor = { kind: "state"; code: string } | { kind: "leader"; index: number };

export interface SentenceSpan {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** Offsets in the original article text, for evidence. */
  originalStart: number;
  originalEnd: number;
}

export interface RoleSighting {
  role: string;
  class: OfficeClass;
  /** State code. */
  state: string;
  /** Index of the sentence that states the role. */
  sentence: number;
  /** Id of the mention rule that gave the role (`MENTION_RULES`). */
  rule: string;
}

/** A leader as introduced in one article (by a title and a name). */
export interface LocalLeader {
  /** The fullest name seen in the article, as written. */
  name: string;
  /** Every name form seen ("Vladimir Poutine", "M. Poutine", "Poutine"). */
  aliases: Set<string>;
  roles: RoleSighting[];
  mentions: number;
}

export interface LocalRelation {
  type: RelationType;
  a: LocalActor;
  b: LocalActor;
  sentence: number;
  /** Id of the extraction rule that produced it (`relations/pairing-rules.ts`, `relations/sentence-relations.ts`). */
  rule: string;
}

/** Everything the extractor found in one article. */
export interface ArticleExtraction {
  articleId: string;
  date: string | null;
  sentences: SentenceSpan[];
  /** Original-text sentence strings, parallel to `sentences`. */
  sentenceTexts: string[];
  leaders: LocalLeader[];
  /** State code → surface forms seen and mention count. */
  states: Map<string, { aliases: Set<string>; mentions: number }>;
  relations: LocalRelation[];
}
