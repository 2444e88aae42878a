/** Groups of coordinated actor mentions inside a clause, the units pairing rules relate (`pairing-rules.ts`). */
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Mention } from "../mentions/mention.ts";
import { actorKey } from "../mentions/mention.ts";
import type { Token } from "../text/tokenise.ts";
import type { LocalActor } from "../types.ts";
import type { Clause } from "./clauses.ts";
import { COORDINATION_FILLERS, PARALLEL_PREPOSITIONS } from "../lexicon/closed-class.ts";

export interface Group {
  from: number;
  to: number;
  actors: LocalActor[];
  mentions: Mention[];
  closed: boolean;
  /** A place where something happens: an actor only for visits. */
  place: boolean;
}

/** Groups of coordinated actor mentions inside a clause. */
export function groupMentions(
  tokens: readonly Token[],
  clause: Clause,
  mentions: readonly Mention[],
  lexicon: Lexicon,
): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    if (m.from < clause.from || m.to > clause.to || afterNonPartyMarker(tokens, m.from, lexicon)) continue;
    // A place stays a group of its own, used only by visits ("une visite à Riyad").
    if (m.locative) {
      groups.push({ from: m.from, to: m.to, actors: [...m.actors], mentions: [m], closed: false, place: true });
      continue;
    }
    const last = groups.at(-1);
    const joinable =
      last &&
      !last.place &&
      !last.closed &&
      !m.closed &&
      last.to <= m.from &&
      coordinated(tokens.slice(last.to, m.from));
    if (last && joinable) {
      last.to = m.to;
      last.mentions.push(m);
      for (const a of m.actors) if (!last.actors.some((b) => actorKey(a) === actorKey(b))) last.actors.push(a);
    } else
      groups.push({ from: m.from, to: m.to, actors: [...m.actors], mentions: [m], closed: m.closed, place: false });
  }
  return groups;
}

/** "face à la Corée du Nord", "sous l'égide de la Chine": the actor is not a party to the relation. */
function afterNonPartyMarker(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  return afterMarker(tokens, at, lexicon.nonPartyMarkers) || afterMarker(tokens, at, lexicon.mediatorMarkers);
}

/** Whether a phrase of `markers` stands right before token `at` (a few words may come between). */
export function afterMarker(tokens: readonly Token[], at: number, markers: Lexicon["nonPartyMarkers"]): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++) {
    const marker = markers.longestAt(tokens, k);
    // "face à la Corée du Nord", "face aux tirs nord-coréens": a few words may stand between marker and actor.
    if (marker && at - marker.to <= 3 && tokens.slice(marker.to, at).every((t) => !t.punct)) return true;
  }
  return false;
}

/**
 * Whether the words between two actor mentions coordinate them: fillers only ("le Japon, la Corée du Sud et les
 * États-Unis"), or a repeated preposition after a comma or "et" ("au Chili, en Argentine et aux Philippines").
 */
function coordinated(gap: readonly Token[]): boolean {
  if (gap.every((t) => COORDINATION_FILLERS.has(t.key))) return true;
  return (
    gap.some((t) => t.key === "," || t.key === "et") &&
    gap.every((t) => COORDINATION_FILLERS.has(t.key) || PARALLEL_PREPOSITIONS.has(t.key))
  );
}
