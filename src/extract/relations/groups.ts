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
  /**
   * Sides of a coordination that do not relate among themselves, when the group has several: "l'Iran et les six
   * puissances (États-Unis, Chine, …)" is Iran on one side and the six on the other.
   */
  blocs?: LocalActor[][];
}

/** How many words may name the bloc a gloss lists: "et les six grandes puissances du groupe 5+1 (…)". */
const GLOSSED_NOUN_REACH = 8;

/** Groups of coordinated actor mentions inside a clause. */
export function groupMentions(
  tokens: readonly Token[],
  clause: Clause,
  mentions: readonly Mention[],
  lexicon: Lexicon,
  glosses: readonly Clause[] = [],
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
    const gloss = glosses.find((g) => g.from + 1 === m.from);
    if (last && gloss && !last.place && !m.closed && glossedBloc(tokens.slice(last.to, gloss.from))) {
      last.blocs ??= [[...last.actors]];
      last.blocs.push([]);
      last.to = m.to;
      last.mentions.push(m);
      addActors(last, m.actors);
      continue;
    }
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
      addActors(last, m.actors);
    } else
      groups.push({ from: m.from, to: m.to, actors: [...m.actors], mentions: [m], closed: m.closed, place: false });
  }
  return groups;
}

/** Adds actors new to the group, to its last bloc too when it has blocs. */
function addActors(group: Group, actors: readonly LocalActor[]): void {
  for (const a of actors) {
    if (group.actors.some((b) => actorKey(a) === actorKey(b))) continue;
    group.actors.push(a);
    group.blocs?.at(-1)!.push(a);
  }
}

/** "et les six grandes puissances du groupe 5+1": a coordinated noun phrase, which the gloss after it lists. */
function glossedBloc(gap: readonly Token[]): boolean {
  const [first, ...rest] = gap;
  return (
    (first?.key === "et" || first?.key === ",") &&
    rest.length > 0 &&
    rest.length <= GLOSSED_NOUN_REACH &&
    rest.every((t) => !t.punct)
  );
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
