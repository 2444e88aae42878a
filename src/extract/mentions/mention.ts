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
}

export function actorKey(actor: LocalActor): string {
  return actor.kind === "state" ? `s:${actor.code}` : `l:${actor.index}`;
}
