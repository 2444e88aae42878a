/** A mention of one or more actors in a sentence, with the facts relation pairing needs. */
import type { LocalActor } from "../types.ts";

export type MentionKind = "state" | "compound" | "group" | "anaphor" | "leader";

export interface Mention {
  /** Token span in the sentence. */
  from: number;
  to: number;
  kind: MentionKind;
  actors: LocalActor[];
  /** A place where something happens ("à Moscou"), not an actor. */
  locative: boolean;
  /** A closed set of actors that relate among themselves ("russo-japonais", "les deux pays", "bilatéral"). */
  closed: boolean;
  /** A demonym used as an adjective right after a noun ("la guerre russe"). */
  adjectival: boolean;
  /** For "son homologue X": the leaders X is the counterpart of. */
  counterpartOf: LocalActor[];
  /** Id of the mention rule that found it (`MENTION_RULES`). */
  rule: MentionRule;
}

/** The ways a mention is found, by pass: titled leaders, references, states. */
export const MENTION_RULES = {
  "mention.title": "a leader named with a title: 'le Premier ministre japonais X', 'X, le président français,'",
  "mention.title-knowledge":
    "a titled leader whose state world knowledge gives: 'le président X' in a year X was in office",
  "mention.counterpart":
    "a counterpart or predecessor: 'son homologue X', 'son homologue ghanéen' (the leader of that state)",
  "mention.name-reference":
    "a leader named again: full name, surname, 'M. X', or a known leader's full name without title",
  "mention.title-reference":
    "a nameless title designating the one leader of that state with that office: 'le chef de l'État russe'",
  "mention.office-holder":
    "a nameless title no leader of the article holds, designating the one person world knowledge says held it that year",
  "mention.speaker": "'nous' opening a clause of a statement its state's government publishes: that state",
  "mention.state": "a state by name, capital, demonym, seat of power",
  "mention.compound": "a compound of several states: 'russo-japonais', 'Russie-Japon'",
  "mention.group": "a collective name: 'les deux Corées'",
  "mention.pair-anaphor": "'les deux pays', 'bilatéral': the last pair named together, else the last two actors",
} as const;
export type MentionRule = keyof typeof MENTION_RULES;

export function actorKey(actor: LocalActor): string {
  return actor.kind === "state" ? `s:${actor.code}` : `l:${actor.index}`;
}
