/**
 * Who a relation cue relates: one ordered list of named rules of French news syntax. Each rule reads the cue and
 * the actor groups around it and either answers (a list of pairs, possibly empty: "no relation here") or passes; the
 * first rule that answers wins, and its id is recorded on every relation it produces, so a wrong edge names the
 * decision that made it and precision can be measured per rule (`npx entente eval --by-rule`).
 *
 * Places ("à Lima") are never actors, except for visits. A leader never relates to the state they serve, and two
 * leaders of one state are colleagues, not a relation (`compatible`).
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { actorKey } from "../mentions/mention.ts";
import type { Token } from "../text/tokenise.ts";
import type { LocalActor } from "../types.ts";
import type { CueHit } from "./cues.ts";
import type { Group } from "./groups.ts";
import {
  DEMONSTRATIVES,
  DETERMINERS,
  MEETING_INTRODUCERS,
  COMPLEMENT_PREPOSITIONS,
  POSSESSIVES_PLURAL,
  REPORTING_VERB_STEMS,
  SMALL_DETERMINERS,
  SUBJECT_PRONOUNS,
} from "../lexicon/closed-class.ts";
import { DEFAULT_PAIRING_OPTIONS, type PairingOptions } from "./pairing-options.ts";

export type Pair = [LocalActor, LocalActor];

/** Words opening a clause that modifies a noun: "les groupes qui visent X", "ceux dont X". */
const MODIFIER_OPENERS: ReadonlySet<string> = new Set(["qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels"]);
export type ServedState = (leaderIndex: number) => string | null;

/** What every pairing rule may read about one cue. */
export interface PairingContext {
  tokens: readonly Token[];
  hit: CueHit;
  /** Groups a cue may relate (places only for visits), in sentence order. */
  groups: readonly Group[];
  /** Groups before the cue, nearest first, within the distance window. */
  left: readonly Group[];
  /** Groups after the cue, nearest first, within the distance window. */
  right: readonly Group[];
  nearestLeft: Group | undefined;
  nearestRight: Group | undefined;
  /** The nearer of the two (left on a tie). */
  nearest: Group | undefined;
  lexicon: Lexicon;
  options: PairingOptions;
  /** Every stated cue of the clause, in order (this one included). */
  hits: readonly CueHit[];
  /** The group opening the sentence (its likely subject), when the sentence starts with an actor. */
  subject: Group | undefined;
  /** Pairs that can be in a relation (not one actor twice, not a leader and their state). */
  valid: (pairs: readonly Pair[]) => Pair[];
}

export interface PairingRule {
  id: string;
  /** One sentence: what the rule recognises, with an example. */
  doc: string;
  /** Pairs (possibly none) when the rule answers, `undefined` when it passes to the next rule. */
  apply: (context: PairingContext) => Pair[] | undefined;
}

export interface PairingResult {
  rule: string;
  pairs: Pair[];
}

/** Runs the rules in order on one cue (`hits`: every stated cue of its clause); `null` when none answers. */
export function pairsForCue(
  tokens: readonly Token[],
  hit: CueHit,
  allGroups: readonly Group[],
  servedState: ServedState,
  lexicon: Lexicon,
  options: PairingOptions = DEFAULT_PAIRING_OPTIONS,
  hits: readonly CueHit[] = [hit],
  subject?: Group,
): PairingResult | null {
  const context = pairingContext(tokens, hit, allGroups, servedState, lexicon, options, hits, subject);
  for (const rule of PAIRING_RULES) {
    const pairs = rule.apply(context);
    if (pairs !== undefined) return { rule: rule.id, pairs };
  }
  return null;
}

function pairingContext(
  tokens: readonly Token[],
  hit: CueHit,
  allGroups: readonly Group[],
  servedState: ServedState,
  lexicon: Lexicon,
  options: PairingOptions,
  hits: readonly CueHit[],
  subject: Group | undefined,
): PairingContext {
  const groups = hit.cue.visit ? allGroups : allGroups.filter((g) => !g.place);
  let left = groups.filter((g) => g.to <= hit.from && hit.from - g.to <= options.maxDistance).reverse();
  // A passive participle ("annexées par X") takes its patient only from right before it: "les îles annexées par X"
  // relates no actor before "îles" to X.
  if (tokens[hit.to]?.key === "par" && left[0] && !onlyPunctuation(tokens, left[0].to, hit.from)) left = [];
  // "Le Chili estime que le règlement du différend frontalier…": the main clause's subject is no party
  // to what the subordinate clause says, unless a pronoun carries it over ("X a déclaré qu'il rencontrerait Y").
  left = left.filter((g) => !opensSubordinateClause(tokens, g.to, hit.from));
  // "des tensions, lors de ses échanges avec les deux voisins": an actor after a nearer cue of another type is its.
  // "la crise au Pérou", "les combats en Libye": the country right after an event and "en/au" is where it happens.
  const right = groups.filter(
    (g) =>
      g.from >= hit.to &&
      g.from - hit.to <= options.maxDistance &&
      !claimedByNearerCue(hit, g.from, hits, tokens) &&
      !(hit.cue.type === "dispute" && isEventPlace(tokens, hit, g)),
  );
  const nearestLeft = left[0];
  const nearestRight = right[0];
  const distLeft = nearestLeft ? hit.from - nearestLeft.to : Infinity;
  const distRight = nearestRight ? nearestRight.from - hit.to : Infinity;
  return {
    tokens,
    hit,
    groups,
    left,
    right,
    nearestLeft,
    nearestRight,
    nearest: distLeft <= distRight ? nearestLeft : nearestRight,
    lexicon,
    options,
    hits,
    subject,
    valid: (pairs) => pairs.filter(([a, b]) => compatible(a, b, servedState)),
  };
}

/** The agent and target sides of a cue: by default the groups before and after it. */
function sides(c: PairingContext): { agents: readonly Group[]; targets: readonly Group[]; adjectivalAgent: boolean } {
  const first = c.right[0];
  // "la guerre russe contre l'Ukraine": the demonym is the agent. "son allié américain": it is the other party.
  if (first && first.from === c.hit.to && first.mentions[0]!.adjectival && !c.hit.cue.roleNoun)
    return { agents: [first], targets: c.right.slice(1), adjectivalAgent: true };
  // "après sa rencontre avec X, puis lors d'un appel avec Y": an object of "avec" is no agent of a later cue.
  return {
    agents: c.left.filter((g) => !isWithComplement(c.tokens, g.from)),
    targets: c.right,
    adjectivalAgent: false,
  };
}

/** A coordinated subject relates among itself only through a joint act or a reciprocal verb. */
function jointSubject(c: PairingContext): boolean {
  return c.hit.cue.reciprocal || (c.hit.cue.type !== "dispute" && !c.hit.cue.hosting);
}

const key = (c: PairingContext, at: number) => c.tokens[at]?.key ?? "";

/** "qui oppose A à B", "opposant A et B": forms of "opposer" that name both parties. */
const OPPOSING_FORMS: ReadonlySet<string> = new Set([
  "oppose",
  "opposent",
  "opposait",
  "opposaient",
  "opposant",
  "opposera",
  "opposeront",
  "opposa",
  "opposerait",
]);
/** How far after a stance its event may start: "dénonce fermement le violent bombardement". */
const STANCE_REACH = 9;
/** Determiners that make the cue a noun phrase's head: "les visites", "son soutien". */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  "le",
  "la",
  "l'",
  "les",
  "un",
  "une",
  "des",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
]);
/** "de" introducing a noun's agent: "la visite de X", "du président", "des États-Unis". */
const GENITIVES: ReadonlySet<string> = new Set(["de", "du", "d'", "des"]);
/** How far after a reciprocal noun its plural group may stand: "le conflit sino-indien", not "le conflit … des soldats chiliens, péruviens". */
const RECIPROCAL_RIGHT_REACH = 8;
/** How far before a reciprocal noun its plural owner may stand ("les deux pays ont un long différend"). */
const RECIPROCAL_NOUN_LEFT_REACH = 8;
/** How far after a joint act its plural object may start: "la réconciliation entre les dirigeants de A et de B". */
const JOINT_OBJECT_REACH = 6;
/** "lit-on", "selon": the source of a report, not a party. */
const READING_VERBS: ReadonlySet<string> = new Set([
  "lit",
  "selon",
  "rapporte",
  "rapportent",
  "ecrit",
  "cite",
  "confie",
  "confié",
  "rapporte-t-il",
]);
/** "la crise au Pérou", "les combats en Libye". */
const EVENT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["en", "au", "aux"]);
/** Words opening a purpose: "pour assister", "afin de participer". */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(["pour", "afin"]);
const OPPOSED_TO: ReadonlySet<string> = new Set(["a", "au", "aux", "et", "l'", "la", "le", "les"]);

export const PAIRING_RULES: readonly PairingRule[] = [
  {
    id: "pair.complement-cue",
    doc: "A cue whose complement is another cue leaves the relating to the inner one: 'accusé de fournir des drones à X'.",
    apply: (c) =>
      ["de", "d'"].includes(key(c, c.hit.to)) && c.lexicon.cues.longestAt(c.tokens, c.hit.to + 1) ? [] : undefined,
  },
  {
    id: "pair.travel-with-purpose",
    doc: "Travelling somewhere for a purpose ('s'est rendu à Cannes pour assister au festival') is no visit: the purpose's own words say whether a relation is stated.",
    apply: (c) => {
      if (!c.hit.cue.travel) return undefined;
      for (let k = c.hit.to; k < c.tokens.length && k - c.hit.to <= c.options.maxDistance; k++)
        if (PURPOSE_WORDS.has(key(c, k))) return [];
      return undefined;
    },
  },
  {
    id: "pair.joint-act",
    doc: "Signing, a ceasefire: only the members of one coordinated group next to the cue ('X et Y ont signé').",
    apply: (c) => {
      if (!c.hit.cue.groupOnly) return undefined;
      const group = [c.nearestLeft, c.nearestRight].find((g) => g !== undefined && g.actors.length >= 2);
      return group ? c.valid(within(group.actors, group.blocs)) : [];
    },
  },
  {
    id: "pair.with-closed-group",
    doc: "A closed group after 'avec' is the other side of the subject's relation: 'le Brésil garde des liens étroits avec ces deux pays' relates Brazil with each.",
    apply: (c) => {
      const group = c.nearestRight;
      const agent = c.nearestLeft;
      if (!group?.closed || group !== c.nearest || key(c, group.from - 1) !== "avec" || !agent || agent.closed)
        return undefined;
      return c.valid(cross(agent.actors, group.actors));
    },
  },
  {
    id: "pair.closed-group",
    doc: "The nearest group is closed: 'relations russo-japonaises', 'entre les deux pays', 'coopération bilatérale'.",
    apply: (c) => (c.nearest?.closed ? c.valid(within(c.nearest.actors, c.nearest.blocs)) : undefined),
  },
  {
    id: "pair.oppose",
    doc: "'le différend qui oppose A à B', 'la guerre opposant A et B': the verb's object and its complement are the parties.",
    apply: (c) => {
      if (c.hit.cue.type !== "dispute") return undefined;
      let verb = -1;
      for (let k = c.hit.to; k < Math.min(c.tokens.length, c.hit.to + 4); k++)
        if (OPPOSING_FORMS.has(key(c, k))) verb = k;
      if (verb < 0) return undefined;
      const first = c.right.find((g) => g.from > verb && g.from - verb <= 3);
      if (!first) return undefined;
      // The second party follows "à", "au", "aux" or "et", possibly after words ("à plusieurs de ses voisins … et au Tchad").
      const second = c.right.filter(
        (g) => g.from >= first.to && g.from - first.to <= c.options.maxDistance && OPPOSED_TO.has(key(c, g.from - 1)),
      );
      const others = second.flatMap((g) => g.actors);
      return others.length > 0
        ? c.valid(cross(first.actors, others))
        : first.actors.length >= 2
          ? c.valid(within(first.actors, first.blocs))
          : undefined;
    },
  },
  {
    id: "pair.entre",
    doc: "'entre A et B' right after the cue, or 'entre un président de A … et un dirigeant de B' with words on each side.",
    apply: (c) => {
      const window = c.options.entreWindow;
      const entre = c.tokens.findIndex((t, k) => k >= c.hit.to && k <= c.hit.to + window && t.key === "entre");
      if (entre < 0) return undefined;
      // "protester contre le protocole d'accord signé entre A et B": "entre" belongs to the nearer cue ("accord").
      for (let k = c.hit.to; k < entre; k++)
        if (c.lexicon.cues.longestAt(c.tokens, k)?.values.some((v) => v.type !== c.hit.cue.type)) return undefined;
      const group = c.right.find((g) => g.from > entre && g.from - entre <= window);
      // "entre le Japon et le Chili, le Pérou et la Colombie": the first actor with each of a list.
      const first = group?.mentions[0];
      if (
        group &&
        first &&
        group.mentions.length >= 3 &&
        key(c, first.to) === "et" &&
        key(c, group.mentions[1]!.to) === ","
      )
        return c.valid(
          cross(
            first.actors,
            group.mentions.slice(1).flatMap((m) => m.actors),
          ),
        );
      if (group && group.actors.length >= 2) return c.valid(within(group.actors, group.blocs));
      const second = group
        ? c.right.find(
            (g) =>
              g.from >= group.to &&
              g.from - group.to <= window &&
              c.tokens.slice(group.to, g.from).some((t) => t.key === "et"),
          )
        : undefined;
      return group && second ? c.valid(cross(group.actors, second.actors)) : undefined;
    },
  },
  {
    id: "pair.demonstrative",
    doc: "A demonstrative cue ('ces accords', 'cette rencontre') refers back to a relation already stated: nothing new.",
    apply: (c) => (DEMONSTRATIVES.has(key(c, c.hit.from - 1)) ? [] : undefined),
  },
  {
    id: "pair.counterpart",
    doc: "A counterpart ('avec son homologue X') relates to the leaders it is the counterpart of.",
    apply: (c) => {
      for (const group of [c.nearestRight, c.nearestLeft]) {
        const counterparts = group?.mentions.filter((m) => m.counterpartOf.length > 0) ?? [];
        if (group && counterparts.length > 0 && counterparts.length === group.mentions.length)
          return c.valid(cross(uniqueActors(counterparts.flatMap((m) => m.counterpartOf)), group.actors));
      }
      return undefined;
    },
  },
  {
    id: "pair.predicate",
    doc: "A cue after a copula with no actor after it in its phrase is said of a plural subject: 'les relations … sont tendues'.",
    apply: (c) => {
      const rightInPhrase =
        c.nearestRight !== undefined && !c.tokens.slice(c.hit.to, c.nearestRight.from).some((t) => t.key === ",");
      if (rightInPhrase || !isPredicate(c.tokens, c.hit.from, c.lexicon)) return undefined;
      return c.nearestLeft && c.nearestLeft.actors.length >= 2
        ? c.valid(within(c.nearestLeft.actors, c.nearestLeft.blocs))
        : [];
    },
  },
  {
    id: "pair.reciprocal",
    doc: "A reciprocal cue ('se disputent', 'leurs différends') or 'leur coopération' relates one plural group's members.",
    apply: (c) => {
      const possessive =
        POSSESSIVES_PLURAL.has(key(c, c.hit.from - 1)) && c.hit.cue.type !== "dispute" && !c.hit.cue.roleNoun;
      if (!c.hit.cue.reciprocal && !possessive) return undefined;
      // "le rapprochement de leurs positions avec le Mexique": "avec" names the other party; the subject is the agent.
      const other = c.nearestRight;
      if (
        other &&
        isWithComplement(c.tokens, other.from) &&
        !c.tokens.slice(c.hit.to, other.from).some((t) => t.key === ",")
      )
        return undefined;
      // "leur coopération": the possessor is the nearest plural group before the cue.
      // Otherwise the nearest plural group, the subject first: "les deux dirigeants se sont retrouvés au Ghana".
      const group = possessive
        ? c.groups
            .filter((g) => g.to <= c.hit.from)
            .reverse()
            .find((g) => g.actors.length >= 2)
        : [c.nearest, c.nearestLeft, c.nearestRight].find(
            (g) =>
              g !== undefined &&
              g.actors.length >= 2 &&
              (g.to <= c.hit.from
                ? c.hit.from - g.to <= reciprocalLeftReach(c)
                : g.from - c.hit.to <= RECIPROCAL_RIGHT_REACH),
          );
      return group && group.actors.length >= 2 ? c.valid(within(group.actors, group.blocs)) : undefined;
    },
  },
  {
    id: "pair.genitive-agent",
    doc: "A cooperation noun's 'de' names its agent: 'les visites de X au mausolée', 'le soutien de X à Y' relate X to the party after it, never to the clause's subject.",
    apply: (c) => {
      if (
        c.hit.cue.type !== "cooperation" ||
        !NOUN_DETERMINERS.has(key(c, c.hit.from - 1)) ||
        !GENITIVES.has(key(c, c.hit.to))
      )
        return undefined;
      const agent = c.right[0];
      if (!agent || agent.from > c.hit.to + 2 || agent.actors.length !== 1) return undefined;
      const target = c.right[1];
      return target && !c.tokens.slice(agent.to, target.from).some((t) => t.key === ",")
        ? c.valid(cross(agent.actors, target.actors))
        : [];
    },
  },
  {
    id: "pair.stance-on-event",
    doc: "A stance taking an event as object ('l'Argentine dénonce le bombardement contre X', 'se dit préoccupée par les frappes') relates its subject only to the event's named author ('l'agression russe').",
    apply: (c) => {
      const holder = c.nearestLeft;
      if (c.hit.cue.type !== "dispute") return undefined;
      // The cue is the stance itself, its object an event: relate the holder to the event's adjectival author, if any.
      const event = c.hits.find(
        (h) =>
          h !== c.hit &&
          h.cue.type === "dispute" &&
          h.from >= c.hit.to &&
          h.from - c.hit.to <= STANCE_REACH &&
          !secondPredicate(c.tokens, h.from),
      );
      if (event && c.lexicon.stances.longestAt(c.tokens, c.hit.from)) {
        const author = c.right.find((g) => g.from === event.to && g.mentions[0]!.adjectival);
        return holder && author ? c.valid(cross(holder.actors, author.actors)) : [];
      }
      // The cue is the event, after a stance: the stance's subject is no party; the event relates its author and target.
      if (!holder || secondPredicate(c.tokens, c.hit.from) || !stanceBetween(c, holder.to, c.hit.from))
        return undefined;
      const { agents, targets, adjectivalAgent } = sides(c);
      return adjectivalAgent && targets[0] ? c.valid(cross(agents[0]!.actors, targets[0].actors)) : [];
    },
  },
  {
    id: "pair.joint-subject",
    doc: "A plural subject relates among itself when the only actor after the cue is in another phrase: 'Washington et Riyad sont proches d'un accord, a affirmé X'.",
    apply: (c) => {
      const { agents, targets } = sides(c);
      const agent = agents[0];
      const target = targets[0];
      if (!jointSubject(c) || !agent || agent.actors.length < 2 || complementOfCue(c)) return undefined;
      if (c.hit.cue.reciprocal && c.hit.from - agent.to > reciprocalLeftReach(c)) return undefined;
      if (target && !c.tokens.slice(c.hit.to, target.from).some((t) => t.key === ",")) return undefined;
      return c.valid(within(agent.actors, agent.blocs));
    },
  },
  {
    id: "pair.host",
    doc: "A host brings guests together: the host meets each guest, and the guests meet each other ('X a reçu Y et Z').",
    apply: (c) => {
      if (!c.hit.cue.hosting) return undefined;
      const { agents, targets } = sides(c);
      const target = targets[0];
      if (!target) return undefined;
      const pairs = c.valid(cross(agents[0]?.actors ?? [], target.actors));
      return pairs.length > 0 ? c.valid([...pairs, ...within(target.actors, target.blocs)]) : undefined;
    },
  },
  {
    id: "pair.infinitive-subject",
    doc: "An infinitive clause ('après avoir signé … avec X', 'avant de rencontrer X') has the sentence's subject as agent, not the actor just before it.",
    apply: (c) => {
      const subject = c.subject;
      const target = c.right[0];
      if (!subject || !target || subject.to > c.hit.from || !infinitiveBetween(c.tokens, subject.to, c.hit.from))
        return undefined;
      const agent = c.left[0];
      if (agent && agent.from >= infinitiveStart(c.tokens, subject.to, c.hit.from)) return undefined;
      const pairs = c.valid(cross(subject.actors, target.actors));
      return pairs.length > 0 ? pairs : undefined;
    },
  },
  {
    id: "pair.object-modifier",
    doc: "'contre les groupes terroristes prenant l'Inde pour cible': an actor inside a participial or relative clause that modifies the preposition's object is not the object.",
    apply: (c) => {
      if (c.hit.to - c.hit.from !== 1 || c.tokens[c.hit.from]?.key !== "contre" || !c.nearestRight) return undefined;
      const between = c.tokens.slice(c.hit.to, c.nearestRight.from);
      // The object is a noun (no actor, no state organ) followed by a present participle or a relative pronoun.
      const noun = between.findIndex((t) => !t.punct && !DETERMINERS.has(t.key) && !c.lexicon.organs.has(t.key));
      if (noun < 0) return undefined;
      const modifier = between.slice(noun + 1).some((t) => MODIFIER_OPENERS.has(t.key) || /[a-z]ant$/.test(t.key));
      return modifier ? [] : undefined;
    },
  },
  {
    id: "pair.agent-target",
    doc: "The nearest actors before and after the cue: 'A … sanctions contre B'; a demonym right after a cue noun is its agent ('la guerre russe contre l'Ukraine').",
    apply: (c) => {
      const { agents, targets } = sides(c);
      if (!targets[0]) return undefined;
      // "…, lit-on sur le site du ministère": past a comma and a reporting verb, an actor is the source.
      if (reportedAfter(c, targets[0].from)) return undefined;
      // "X a salué la décision turque et s'est dit prêt à travailler avec la Turquie": a demonym qualifying a noun
      // before the cue that is the target itself is not the agent; the actor before it is.
      const target = targets[0];
      const isTarget = (g: Group) =>
        g.mentions.every((m) => m.adjectival) &&
        g.actors.every((a) => target.actors.some((t) => actorKey(t) === actorKey(a)));
      const agent = agents[0] && isTarget(agents[0]) ? agents[1] : agents[0];
      // "A et son homologue B ont convenu que les troupes des deux pays…": the pair anaphor names the agents' own
      // states, so the relation is among the agents.
      if (agent && target.closed && agent.actors.length >= 2 && ownStates(c, agent, target))
        return c.valid(within(agent.actors, agent.blocs));
      const pairs = c.valid(cross(agent?.actors ?? [], target.actors));
      return pairs.length > 0 ? pairs : undefined;
    },
  },
  {
    id: "pair.agent-beyond-own-state",
    doc: "When the actor before the cue is the target leader's own state, the agent is the one before it: 'Poutine … avec Pyongyang, … au dirigeant nord-coréen Kim'.",
    apply: (c) => {
      const { agents, targets } = sides(c);
      const target = targets[0];
      const next = agents[1];
      if (
        !target ||
        !next ||
        !target.actors.every((a) => a.kind === "leader") ||
        !agents[0]!.actors.every((a) => a.kind === "state")
      )
        return undefined;
      const ownState = agents[0]!.actors.every((a) => target.actors.some((t) => c.valid([[a, t]]).length === 0));
      return ownState ? c.valid(cross(next.actors, target.actors)) : undefined;
    },
  },
  {
    id: "pair.meeting",
    doc: "A meeting noun closing a clause ('pour un entretien', 'lors d'une rencontre') relates the clause's plural subject, or its subject and object.",
    apply: (c) => {
      const { agents, targets } = sides(c);
      if (targets[0] || agents.length === 0 || !introducesMeeting(c.tokens, c.hit)) return undefined;
      const subject = agents[agents.length - 1]!;
      if (subject.actors.length >= 2) return c.valid(within(subject.actors, subject.blocs));
      if (agents[0] !== subject && noComma(c.tokens, subject.to, c.hit.from))
        return c.valid(cross(subject.actors, agents[0]!.actors));
      return undefined;
    },
  },
  {
    id: "pair.joint-object",
    doc: "With no actor before a joint act, the plural group after it relates among itself: 'la réconciliation entre … du Pérou et de l'Équateur'.",
    apply: (c) => {
      const { agents, targets } = sides(c);
      const target = targets[0];
      const afterEntre =
        target !== undefined && (key(c, target.from - 1) === "entre" || key(c, target.from - 2) === "entre");
      const near = target !== undefined && (target.from - c.hit.to <= JOINT_OBJECT_REACH || afterEntre);
      // Only a joint act relates its object's members: "félicite X, Y et Z" or "soutient A et B" does not relate X and Y.
      // "X a reçu … pour fêter l'ouverture des relations entre A et B": the nearer cue owns "entre".
      const nearerCue =
        target !== undefined && c.hits.some((h) => h !== c.hit && h.from >= c.hit.to && h.to <= target.from);
      const joint = (c.hit.cue.reciprocal || c.hit.cue.groupOnly || afterEntre) && !nearerCue;
      return joint && target && near && target.actors.length >= 2 && agents.length === 0
        ? c.valid(within(target.actors, target.blocs))
        : undefined;
    },
  },
  {
    id: "pair.sentence-subject",
    doc: "With no actor before the cue in its clause, an actor opening the sentence is its subject: 'X, irrité par …, mais aussi par …, a fini par expulser les diplomates de Y'.",
    apply: (c) => {
      const subject = c.subject;
      const target = c.right[0];
      if (!subject || !target || c.groups.some((g) => g.to <= c.hit.from) || subject.to > c.hit.from) return undefined;
      if (c.hit.cue.reciprocal || c.tokens.slice(c.hit.to, target.from).some((t) => t.key === ",")) return undefined;
      const pairs = c.valid(cross(subject.actors, target.actors));
      return pairs.length > 0 ? pairs : undefined;
    },
  },
];

/**
 * "a dénoncé un vol et accusé X": a past participle right after "et" is a second verb of the subject, not the
 * stance's object ("condamne les tirs et attaques contre X" coordinates nouns).
 */
function secondPredicate(tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.key === "et" && PAST_PARTICIPLE.test(tokens[from]?.text.toLowerCase() ?? "");
}
/** Endings of past participles of the first and second groups: "accusé", "menacées", "averti". */
const PAST_PARTICIPLE = /(?:é|ée|és|ées|i|is|ie|ies)$/;

/** Every actor of `target` is an actor of `agent` or the state one of them serves. */
function ownStates(c: PairingContext, agent: Group, target: Group): boolean {
  return target.actors.every((t) => agent.actors.some((a) => c.valid([[a, t]]).length === 0));
}

/** A stance expression ("condamne", "exprime sa préoccupation") starts between two positions. */
function stanceBetween(c: PairingContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (c.lexicon.stances.mayStartAt(c.tokens, k) && c.lexicon.stances.longestAt(c.tokens, k)) return true;
  return false;
}

/** "pour un entretien", "lors d'une rencontre": a meeting noun that closes a clause about its participants. */
function introducesMeeting(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.cue.type !== "cooperation") return false;
  let k = hit.from - 1;
  while (k >= 0 && SMALL_DETERMINERS.has(tokens[k]!.key)) k--;
  return k >= 0 && MEETING_INTRODUCERS.has(tokens[k]!.key);
}

/** The group at `from` is the object of "avec" (a determiner, title words or a possessive may come between). */
function isWithComplement(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const token = tokens[k]!;
    if (token.key === "avec") return true;
    // "avec son homologue chilien": a determiner or a lower-case noun may stand between.
    if (
      token.punct ||
      token.capitalised ||
      !(SMALL_DETERMINERS.has(token.key) || NOUN_DETERMINERS.has(token.key) || /^\p{Ll}+$/u.test(token.key))
    )
      return false;
  }
  return false;
}

/** The start of the last infinitive clause opener ("après avoir", "avant de", "afin de") between two positions, or -1. */
function infinitiveStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const word = tokens[k]!.key;
    const next = tokens[k + 1]?.key ?? "";
    if (
      (word === "apres" && (next === "avoir" || next === "etre")) ||
      ((word === "avant" || word === "afin") && (next === "de" || next === "d'"))
    )
      return k;
  }
  return -1;
}

function infinitiveBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return infinitiveStart(tokens, from, to) >= 0;
}

/**
 * How far before a reciprocal cue its plural group may stand: a verb's subject anywhere in the clause ("se
 * disputent"), a noun's owner only nearby ("le Pérou et l'Équateur, en conflit depuis…"), not the subject of another
 * verb ("X et Y ont étudié les chances de sortie du conflit").
 */
function reciprocalLeftReach(c: PairingContext): number {
  const noun = NOUN_DETERMINERS.has(key(c, c.hit.from - 1)) || GENITIVES.has(key(c, c.hit.from - 1));
  // "A et B ont signé un texte qui clôt des mois d'affrontements": after the parties' joint act, the noun is theirs.
  const afterJointAct = c.hits.some((h) => h !== c.hit && h.cue.groupOnly && h.to <= c.hit.from);
  return noun && !afterJointAct ? RECIPROCAL_NOUN_LEFT_REACH : c.options.maxDistance;
}

/** A comma followed by a reporting verb ("…, a déclaré X", "…, lit-on sur le site de X") lies between the cue and `to`. */
function reportedAfter(c: PairingContext, to: number): boolean {
  for (let k = c.hit.to; k < to; k++) {
    if (c.tokens[k]!.key !== ",") continue;
    for (let j = k + 1; j < Math.min(to, k + 4); j++)
      if (isReportingVerb(c.tokens[j]!.key) || READING_VERBS.has(c.tokens[j]!.key)) return true;
  }
  return false;
}

/** A state named right after a dispute noun and "en", "au" or "aux": "la crise au Pérou" is a topic, not a party. */
function isEventPlace(tokens: readonly Token[], hit: CueHit, group: Group): boolean {
  // Only after an event noun ("la guerre", "du conflit"): "a rappelé son ambassadeur en Bolivie" names a party.
  const noun = NOUN_DETERMINERS.has(tokens[hit.from - 1]?.key ?? "") || GENITIVES.has(tokens[hit.from - 1]?.key ?? "");
  return noun && group.from === hit.to + 1 && EVENT_PLACE_PREPOSITIONS.has(tokens[hit.to]?.key ?? "");
}

/** The cue is the complement of another cue: "accusé de « financer des rebelles »", "menace de sanctions". */
function complementOfCue(c: PairingContext): boolean {
  let k = c.hit.from - 1;
  while (k >= 0 && (c.tokens[k]!.key === "«" || c.tokens[k]!.key === '"')) k--;
  if (!GENITIVES.has(key(c, k))) return false;
  return c.hits.some((h) => h !== c.hit && h.to === k);
}

/** A complementiser "que" between two positions whose clause does not start with a subject pronoun. */
function opensSubordinateClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.key;
    if (word !== "que" && word !== "qu'") continue;
    // Only after a verb of saying, thinking or wishing ("estime que", "a affirmé jeudi que"): after a noun, "que"
    // opens a relative clause ("le geste que représente cet accord"), which keeps the main subject.
    const verb = [tokens[k - 1], tokens[k - 2]].some((t) => t !== undefined && isReportingVerb(t.key));
    if (verb && !SUBJECT_PRONOUNS.has(tokens[k + 1]?.key ?? "")) return true;
  }
  return false;
}

function isReportingVerb(word: string): boolean {
  for (const stem of REPORTING_VERB_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

/** A stated cue of another type, taking a complement ("contacts avec"), starts between the cue and position `to`. */
function claimedByNearerCue(hit: CueHit, to: number, hits: readonly CueHit[], tokens: readonly Token[]): boolean {
  // The preposition may follow an adjective: "la coopération économique entre A et B".
  const takesComplement = (other: CueHit) =>
    [other.to, other.to + 1].some((k) => k < to && COMPLEMENT_PREPOSITIONS.has(tokens[k]?.key ?? ""));
  return hits.some(
    (other) => other.from >= hit.to && other.to <= to && other.cue.type !== hit.cue.type && takesComplement(other),
  );
}

function noComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.key === ",") return false;
  return true;
}

function onlyPunctuation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.punct) return false;
  return true;
}

const ADVERBS_BEFORE_PREDICATE = new Set([
  "toujours",
  "actuellement",
  "encore",
  "deja",
  "desormais",
  "formellement",
  "de",
  "plus",
  "en",
  "tres",
  "particulierement",
  "profondement",
  "aujourd'hui",
  "restees",
  "longtemps",
  "ete",
  "ont",
  "sont",
  "est",
]);

/** A cue after a copula, possibly with adverbs between: "sont actuellement au plus bas", "restent en guerre". */
function isPredicate(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 5; k--) {
    const word = tokens[k]!.key;
    if (lexicon.copulas.has(word)) return true;
    if (!ADVERBS_BEFORE_PREDICATE.has(word)) return false;
  }
  return false;
}

/** Every pair of a group's actors; of a group in blocs, every pair across two blocs (`Group.blocs`). */
export function within(actors: readonly LocalActor[], blocs?: readonly (readonly LocalActor[])[]): Pair[] {
  if (blocs) return blocs.flatMap((bloc, i) => blocs.slice(i + 1).flatMap((other) => cross(bloc, other)));
  const pairs: Pair[] = [];
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) pairs.push([actors[i]!, actors[j]!]);
  return pairs;
}

export function cross(a: readonly LocalActor[], b: readonly LocalActor[]): Pair[] {
  return a.flatMap((x) => b.map((y): Pair => [x, y]));
}

function uniqueActors(actors: LocalActor[]): LocalActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(actorKey(a)) && seen.add(actorKey(a)));
}

/** Two actors can be in a relation unless they are the same, a leader and their state, or two leaders of one state. */
export function compatible(a: LocalActor, b: LocalActor, servedState: ServedState): boolean {
  if (actorKey(a) === actorKey(b)) return false;
  if (a.kind === "state" && b.kind === "state") return true;
  const stateA = a.kind === "state" ? a.code : servedState(a.index);
  const stateB = b.kind === "state" ? b.code : servedState(b.index);
  return stateA === null || stateA !== stateB;
}
