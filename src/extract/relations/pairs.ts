/**
 * Who a relation cue relates. Patterns of French news syntax, tried in order:
 *  1. the nearest group is closed ("relations russo-japonaises", "entre les deux pays", "coopération bilatérale"):
 *     its members relate to each other;
 *  2. "entre A et B" right after the cue;
 *  3. a counterpart ("avec son homologue X"): X relates to the leaders it is the counterpart of;
 *  4. a reciprocal cue ("se disputent", "leurs différends") or a possessive "leur coopération": members of the
 *     nearest group relate to each other;
 *  5. otherwise the nearest actors before and after the cue ("A … sanctions contre B"); a demonym right after
 *     the cue noun is its agent ("la guerre russe contre l'Ukraine"). When those are one and the same state, the
 *     next actor before is tried ("Poutine … avec Pyongyang, … félicitations au dirigeant nord-coréen").
 * Places ("à Lima") are never actors. A leader never relates to the state they serve.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Mention } from "../mentions/mention.ts";
import { actorKey } from "../mentions/mention.ts";
import type { Token } from "../text/tokenise.ts";
import type { LocalActor } from "../types.ts";
import type { Clause } from "./clauses.ts";
import type { CueHit } from "./cues.ts";

export interface Group {
  from: number;
  to: number;
  actors: LocalActor[];
  mentions: Mention[];
  closed: boolean;
  /** A place where something happens: an actor only for visits. */
  place: boolean;
}

/** Words that may stand between coordinated actors: "le Japon, la Corée du Sud et les États-Unis". */
const COORDINATION_FILLERS = new Set([",", "et", "ainsi", "que", "de", "du", "des", "d'", "la", "le", "les", "l'"]);
const MAX_DISTANCE = 26;
const ENTRE_WINDOW = 6;
const POSSESSIVES = new Set(["leur", "leurs"]);

/** Groups of coordinated actor mentions inside a clause. */
export function groupMentions(tokens: readonly Token[], clause: Clause, mentions: readonly Mention[], lexicon: Lexicon): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    if (m.from < clause.from || m.to > clause.to || afterNonPartyMarker(tokens, m.from, lexicon)) continue;
    // A place stays a group of its own, used only by visits ("une visite à Riyad").
    if (m.locative) {
      groups.push({ from: m.from, to: m.to, actors: [...m.actors], mentions: [m], closed: false, place: true });
      continue;
    }
    const last = groups.at(-1);
    const joinable = last && !last.place && !last.closed && !m.closed && tokens.slice(last.to, m.from).every((t) => COORDINATION_FILLERS.has(t.key)) && last.to <= m.from;
    if (last && joinable) {
      last.to = m.to;
      last.mentions.push(m);
      for (const a of m.actors) if (!last.actors.some((b) => actorKey(a) === actorKey(b))) last.actors.push(a);
    } else groups.push({ from: m.from, to: m.to, actors: [...m.actors], mentions: [m], closed: m.closed, place: false });
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

export type ServedState = (leaderIndex: number) => string | null;

export function pairsForCue(tokens: readonly Token[], hit: CueHit, allGroups: readonly Group[], servedState: ServedState, lexicon: Lexicon): [LocalActor, LocalActor][] {
  const groups = hit.cue.visit ? allGroups : allGroups.filter((g) => !g.place);
  const valid = (pairs: [LocalActor, LocalActor][]) => pairs.filter(([a, b]) => compatible(a, b, servedState));
  let left = groups.filter((g) => g.to <= hit.from && hit.from - g.to <= MAX_DISTANCE).reverse();
  // A passive participle ("annexées par X") takes its patient only from right before it: "les îles annexées par X"
  // relates no actor before "îles" to X.
  if (tokens[hit.to]?.key === "par" && left[0] && !adjacent(tokens, left[0].to, hit.from)) left = [];
  const right = groups.filter((g) => g.from >= hit.to && g.from - hit.to <= MAX_DISTANCE);
  const nearestLeft = left[0];
  const nearestRight = right[0];
  const distLeft = nearestLeft ? hit.from - nearestLeft.to : Infinity;
  const distRight = nearestRight ? nearestRight.from - hit.to : Infinity;
  const nearest = distLeft <= distRight ? nearestLeft : nearestRight;

  // "accusé de fournir des drones à la Russie": the complement's own cue relates its actors, not the outer one.
  if (["de", "d'"].includes(tokens[hit.to]?.key ?? "") && lexicon.cues.longestAt(tokens, hit.to + 1)) return [];

  // "X et Y ont signé", "un cessez-le-feu": only the members of one coordinated group.
  if (hit.cue.groupOnly) {
    const group = [nearestLeft, nearestRight].find((g) => g !== undefined && g.actors.length >= 2);
    return group ? valid(within(group.actors)) : [];
  }

  // 1. A closed group nearest to the cue.
  if (nearest?.closed) return valid(within(nearest.actors));

  // 2. "entre A et B" just after the cue.
  const entre = tokens.findIndex((t, k) => k >= hit.to && k <= hit.to + ENTRE_WINDOW && t.key === "entre");
  // "protester contre le protocole d'accord signé entre A et B": "entre" belongs to the nearer cue ("accord").
  const cueInBetween =
    entre >= 0 && tokens.slice(hit.to, entre).some((_, k) => lexicon.cues.longestAt(tokens, hit.to + k)?.values.some((v) => v.type !== hit.cue.type) ?? false);
  if (entre >= 0 && !cueInBetween) {
    const group = right.find((g) => g.from > entre && g.from - entre <= ENTRE_WINDOW);
    if (group && group.actors.length >= 2) return valid(within(group.actors));
    // "entre un président des États-Unis en exercice et un dirigeant de la Corée du Nord": each side has its words.
    const second = group ? right.find((g) => g.from >= group.to && g.from - group.to <= ENTRE_WINDOW && tokens.slice(group.to, g.from).some((t) => t.key === "et")) : undefined;
    if (group && second) return valid(cross(group.actors, second.actors));
  }

  // "ont condamné ces accords", "cette rencontre": a demonstrative refers back to a relation already stated; it only
  // relates actors it names itself (a closed group or "entre A et B", handled above).
  if (["ce", "cet", "cette", "ces"].includes(tokens[hit.from - 1]?.key ?? "")) return [];

  // 3. Counterparts relate to the leaders they are counterparts of.
  for (const group of [nearestRight, nearestLeft]) {
    const counterparts = group?.mentions.filter((m) => m.counterpartOf.length > 0) ?? [];
    if (group && counterparts.length === group.mentions.length && counterparts.length > 0) {
      const of = counterparts.flatMap((m) => m.counterpartOf);
      return valid(cross(uniqueActors(of), group.actors));
    }
  }

  // 4. Reciprocal cues, "leur coopération" and predicates ("les relations sont tendues") relate one group's members.
  const possessive = POSSESSIVES.has(tokens[hit.from - 1]?.key ?? "") && hit.cue.type !== "dispute" && !hit.cue.roleNoun;
  // A predicate with no actor after it in the same phrase ("les relations … sont tendues") is said of the subject.
  const rightInPhrase = nearestRight !== undefined && !tokens.slice(hit.to, nearestRight.from).some((t) => t.key === ",");
  if (!rightInPhrase && isPredicate(tokens, hit.from, lexicon)) return nearestLeft && nearestLeft.actors.length >= 2 ? valid(within(nearestLeft.actors)) : [];
  if (hit.cue.reciprocal || possessive) {
    // "leur coopération", "leur Alliance": the possessor is the nearest plural group before the cue.
    const group = possessive ? groups.filter((g) => g.to <= hit.from).reverse().find((g) => g.actors.length >= 2) : nearest;
    if (group && group.actors.length >= 2) return valid(within(group.actors));
  }

  // 5. Nearest actors on either side.
  let agentGroups = left;
  let targets = right;
  const first = right[0];
  // "la guerre russe contre l'Ukraine": the demonym is the agent. "son allié américain": it is the other party.
  if (first && first.from === hit.to && first.mentions[0]!.adjectival && !hit.cue.roleNoun) {
    agentGroups = [first];
    targets = right.slice(1);
  }
  const target = targets[0];
  const agent = agentGroups[0];
  // "Washington et Riyad sont proches d'un accord, a affirmé X": a plural subject relates among itself when the
  // only actor after the cue is in another phrase.
  // A coordinated subject relates among itself only through a joint act ("X et Y ont conclu un accord") or a
  // reciprocal verb; "X, Y et Z ont condamné…" or "ont accueilli le verdict" says nothing about X and Y.
  const jointSubject = hit.cue.reciprocal || (hit.cue.type !== "dispute" && !hit.cue.hosting);
  if (jointSubject && agent && target && agent.actors.length >= 2 && tokens.slice(hit.to, target.from).some((t) => t.key === ",")) return valid(within(agent.actors));
  if (target) {
    const pairs = valid(cross(agent?.actors ?? [], target.actors));
    // A host brings guests together: the host meets each guest, and the guests meet each other.
    if (hit.cue.hosting && pairs.length > 0) return valid([...pairs, ...within(target.actors)]);
    if (pairs.length > 0) return pairs;
    // "Poutine … avec Pyongyang, … au dirigeant nord-coréen Kim": the actor before is the target leader's own
    // state, so the agent is the one before it.
    const targetIsLeaders = target.actors.every((a) => a.kind === "leader");
    const next = agentGroups[1];
    if (targetIsLeaders && next && agentGroups[0]!.actors.every((a) => target.actors.some((t) => !compatible(a, t, servedState)))) return valid(cross(next.actors, target.actors));
  }
  if (jointSubject && agentGroups[0] && agentGroups[0].actors.length >= 2 && !target) return valid(within(agentGroups[0].actors));
  // "X a reçu Y pour un entretien": with nothing after the cue, the two actors before it (subject and object).
  // "X a reçu Y pour un entretien", "X et son homologue Y … lors d'une rencontre": with nothing after a meeting
  // noun, its participants are the clause's subject (if plural), or the subject and the object.
  if (!target && agentGroups.length > 0 && introducesMeeting(tokens, hit)) {
    const subject = agentGroups[agentGroups.length - 1]!;
    if (subject.actors.length >= 2) return valid(within(subject.actors));
    if (agentGroups[0] !== subject && sameClauseSpan(tokens, subject.to, hit.from)) return valid(cross(subject.actors, agentGroups[0]!.actors));
  }
  if (jointSubject && target && target.actors.length >= 2 && agentGroups.length === 0) return valid(within(target.actors));
  return [];
}

/** "pour un entretien", "lors d'une rencontre": a meeting noun that closes a clause about its participants. */
function introducesMeeting(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.cue.type !== "cooperation") return false;
  let k = hit.from - 1;
  while (k >= 0 && ["un", "une", "d'", "de", "la", "le", "leur", "son", "sa"].includes(tokens[k]!.key)) k--;
  return k >= 0 && ["pour", "lors"].includes(tokens[k]!.key);
}

/** No sentence-internal break (comma) between two positions: the actors belong to one verb phrase. */
function sameClauseSpan(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.key === ",") return false;
  return true;
}

/** Only punctuation between `from` and `to`. */
function adjacent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.punct) return false;
  return true;
}

const ADVERBS_BEFORE_PREDICATE = new Set(["toujours", "actuellement", "encore", "deja", "desormais", "formellement", "de", "plus", "en", "tres", "particulierement", "profondement", "aujourd'hui", "restees", "longtemps", "ete", "ont", "sont", "est"]);

/** A cue after a copula, possibly with adverbs between: "sont actuellement au plus bas", "restent en guerre". */
function isPredicate(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 5; k--) {
    const key = tokens[k]!.key;
    if (lexicon.copulas.has(key)) return true;
    if (!ADVERBS_BEFORE_PREDICATE.has(key)) return false;
  }
  return false;
}

function within(actors: readonly LocalActor[]): [LocalActor, LocalActor][] {
  const pairs: [LocalActor, LocalActor][] = [];
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) pairs.push([actors[i]!, actors[j]!]);
  return pairs;
}

function cross(a: readonly LocalActor[], b: readonly LocalActor[]): [LocalActor, LocalActor][] {
  return a.flatMap((x) => b.map((y): [LocalActor, LocalActor] => [x, y]));
}

function uniqueActors(actors: LocalActor[]): LocalActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(actorKey(a)) && seen.add(actorKey(a)));
}

/** Two actors can be in a relation unless they are the same, a leader and their state, or two leaders of one state. */
function compatible(a: LocalActor, b: LocalActor, servedState: ServedState): boolean {
  if (actorKey(a) === actorKey(b)) return false;
  if (a.kind === "state" && b.kind === "state") return true;
  const stateA = a.kind === "state" ? a.code : servedState(a.index);
  const stateB = b.kind === "state" ? b.code : servedState(b.index);
  if (stateA !== null && stateA === stateB) return false;
  return true;
}
