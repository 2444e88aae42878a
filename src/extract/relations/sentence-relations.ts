/**
 * Relations stated by one sentence: cues found per clause, each paired with the actors around it by the ordered
 * pairing rules, then two sentence-level rules that need no cue word. Every relation names the rule that made it.
 */
import { COORDINATION_FILLERS, POSSESSIVES } from "../lexicon/closed-class.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { actorKey, type Mention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenise.ts";
import type { LocalActor } from "../types.ts";
import type { RelationType } from "../../model/types.ts";
import { glossParentheses, splitClauses, type Clause } from "./clauses.ts";
import { findCues } from "./cues.ts";
import { DEFAULT_PAIRING_OPTIONS, type PairingOptions } from "./pairing-options.ts";
import { pairsForCue, type Pair, type ServedState } from "./pairing-rules.ts";
import { afterMarker, groupMentions, type Group } from "./groups.ts";
import { withListedSubject } from "./listed-subject.ts";

/** Words that may precede a sentence's subject: determiners. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(["le", "la", "l'", "les"]);
/** Prepositions introducing a noun's agent: "la médiation de X", "menée par X". */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(["par", "de", "du", "d'", "des"]);
/** Third-person subject pronouns that carry the previous sentence's subject over. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(["il", "elle"]);

export interface SentenceRelation {
  type: RelationType;
  a: LocalActor;
  b: LocalActor;
  /** Id of the rule that produced it (`pair.*` from `pairing-rules.ts`, `sentence.*` here). */
  rule: string;
}

/** Rules that relate actors without a cue word, applied after the cue rules. */
export const SENTENCE_RULES = [
  {
    id: "sentence.mediator",
    doc: "'sous l'égide de la Russie': the mediator cooperates with each party of the nearest plural group before it.",
  },
  {
    id: "sentence.mediation-of-pair",
    doc: "'la médiation menée par X': with no party named in the sentence, the mediator cooperates with each state of the pair the article last named together.",
  },
  {
    id: "sentence.counterpart-meeting",
    doc: "'s'entretenir avec son homologue X': meeting one's counterpart is cooperation, unless the clause states a dispute.",
  },
] as const;

export interface SentenceRelations {
  relations: SentenceRelation[];
  /** The actors of the sentence's subject (its opening actor group, or the subject carried over), for the next one. */
  subject: readonly LocalActor[];
}

export function sentenceRelations(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  lexicon: Lexicon,
  servedState: ServedState,
  options: PairingOptions = DEFAULT_PAIRING_OPTIONS,
  carried: readonly LocalActor[] = [],
  conflictPair: readonly LocalActor[] = [],
): SentenceRelations {
  const found = new Map<string, SentenceRelation>();
  const add = (type: RelationType, [x, y]: Pair, rule: string) => {
    const [a, b] = actorKey(x) <= actorKey(y) ? [x, y] : [y, x];
    const key = `${type}|${actorKey(a)}|${actorKey(b)}`;
    if (!found.has(key)) found.set(key, { type, a, b, rule });
  };
  const glosses = glossParentheses(
    tokens,
    mentions.filter((m) => !m.locative),
    (word) => COORDINATION_FILLERS.has(word),
  );
  const clauses = splitClauses(tokens, glosses);
  const groupsOf = clauses.map((clause) =>
    withListedSubject(tokens, clause, groupMentions(tokens, clause, mentions, lexicon, glosses)),
  );
  const subject = sentenceSubject(tokens, groupsOf[0] ?? [], carried);
  // Cues found once per clause: the pairing rules and the counterpart rule read the same hits.
  const hitsOf = clauses.map((clause, c) =>
    groupsOf[c]!.length === 0 ? [] : findCues(tokens, clause, mentions, lexicon, options),
  );
  clauses.forEach((_, c) => {
    const groups = groupsOf[c]!;
    const hits = hitsOf[c]!;
    for (const hit of hits) {
      const result = pairsForCue(tokens, hit, groups, servedState, lexicon, options, hits, subject);
      for (const pair of result?.pairs ?? []) add(hit.cue.type, pair, result!.rule);
    }
  });
  clauses.forEach((clause, c) => {
    for (const m of mentions) {
      if (
        m.from < clause.from ||
        m.to > clause.to ||
        m.locative ||
        !afterMarker(tokens, m.from, lexicon.mediatorMarkers)
      )
        continue;
      const parties = groupsOf[c]!.filter((g) => g.to <= m.from)
        .reverse()
        .find((g) => g.actors.length >= 2);
      for (const party of parties?.actors ?? [])
        for (const mediator of m.actors)
          if (actorKey(party) !== actorKey(mediator)) add("cooperation", [party, mediator], "sentence.mediator");
    }
  });
  for (const [mediator, party] of mediationOfPair(tokens, clauses, groupsOf, lexicon, conflictPair, options))
    add("cooperation", [mediator, party], "sentence.mediation-of-pair");
  for (const m of mentions) {
    if (m.counterpartOf.length === 0 || !isAfterAvec(tokens, m.from)) continue;
    const c = clauses.findIndex((clause: Clause) => clause.from <= m.from && m.to <= clause.to);
    // "s'est disputé avec son homologue X": a dispute cue governing "avec" says otherwise.
    if (c < 0 || hitsOf[c]!.some((h) => h.cue.type === "dispute" && h.to <= m.from && m.from - h.to <= 4)) continue;
    for (const of of m.counterpartOf)
      for (const actor of m.actors) add("cooperation", [of, actor], "sentence.counterpart-meeting");
  }
  // The subject found here is the one a next sentence opening with "Il" or "Elle" carries over.
  return { relations: [...found.values()], subject: subject?.actors ?? [] };
}

/**
 * The sentence's likely subject: an actor group opening it ("X, irrité par …, a fini par …"), or, for a
 * sentence opening with "Il" or "Elle", the subject carried over from the sentence before ("La France salue … Elle
 * félicite …").
 */
export function sentenceSubject(
  tokens: readonly Token[],
  firstClauseGroups: readonly Group[],
  carried: readonly LocalActor[],
): Group | undefined {
  const opening = firstClauseGroups[0];
  if (opening && !opening.place && tokens.slice(0, opening.from).every((t) => SUBJECT_OPENERS.has(t.key)))
    return opening;
  if (carried.length > 0 && PRONOUN_SUBJECTS.has(tokens[0]?.key ?? ""))
    return { from: 0, to: 1, actors: [...carried], mentions: [], closed: false, place: false };
  return undefined;
}

/**
 * "la médiation de X", "les bons offices proposés … par X": the mediator (the first actor after the noun
 * introduced by "de" or "par") and each state of the article's current pair, when the sentence names neither.
 */
function mediationOfPair(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  groupsOf: readonly Group[][],
  lexicon: Lexicon,
  pair: readonly LocalActor[],
  options: PairingOptions,
): Pair[] {
  if (pair.length !== 2) return [];
  const inPair = (a: LocalActor) => pair.some((p) => actorKey(p) === actorKey(a));
  const out: Pair[] = [];
  clauses.forEach((clause, c) => {
    const groups = groupsOf[c]!;
    if (groups.some((g) => g.actors.some(inPair))) return;
    for (let i = clause.from; i < clause.to; i++) {
      const noun = lexicon.mediations.mayStartAt(tokens, i) ? lexicon.mediations.longestAt(tokens, i) : null;
      if (!noun) continue;
      const mediator = groups.find(
        (g) =>
          !g.place && g.from >= noun.to && g.from - noun.to <= options.maxDistance && introducedByAgent(tokens, g.from),
      );
      for (const actor of mediator?.actors ?? []) for (const party of pair) out.push([actor, party]);
      i = noun.to - 1;
    }
  });
  return out;
}

/** "par X", "de X", "du Koweït", "par le Premier ministre X": the agent of a noun. */
function introducedByAgent(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) {
    const word = tokens[k]!.key;
    if (AGENT_PREPOSITIONS.has(word)) return true;
    if (!["le", "la", "l'", "les"].includes(word)) return false;
  }
  return false;
}

/** "avec son homologue", "avec leurs homologues": the counterpart title right after "avec". */
function isAfterAvec(tokens: readonly Token[], from: number): boolean {
  return (
    tokens[from - 1]?.key === "avec" || (POSSESSIVES.has(tokens[from]?.key ?? "") && tokens[from - 1]?.key === "avec")
  );
}
