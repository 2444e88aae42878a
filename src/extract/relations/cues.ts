/** Relation cues in a clause, with negation: "aucun accord", "sans coopérer", "n'ont pas coopéré" state no relation. */
import type { Lexicon, RelationCue } from "../lexicon/lexicon.ts";
import type { Mention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenise.ts";
import type { Clause } from "./clauses.ts";
import {
  ADJUNCT_PREPOSITIONS,
  PRESUPPOSING_DETERMINERS,
  AUXILIARIES,
  REFLEXIVE_ADVERBS,
  REFLEXIVE_PRONOUNS,
  SCOPE_BREAKS,
  SANS_ADVERBIALS,
  STANDALONE_NEGATORS,
} from "../lexicon/closed-class.ts";
import { DEFAULT_PAIRING_OPTIONS, type PairingOptions } from "./pairing-options.ts";

/** How far before a cue an appeal may start ("appelle à la reprise d'un dialogue"). */
const APPEAL_REACH = 8;
/** Words that may stand between an appeal and the cooperation it calls for. */
const APPEAL_FILLERS: ReadonlySet<string> = new Set([
  "un",
  "une",
  "le",
  "la",
  "l'",
  "les",
  "de",
  "du",
  "des",
  "d'",
  "a",
  "au",
  "aux",
  "reprise",
  "relance",
  "ouverture",
  "instauration",
  "retour",
  "nouveau",
  "nouvelle",
  "vrai",
  "veritable",
  "franc",
  "direct",
  "plein",
  "pleine",
  "rapide",
  "prompt",
  "prompte",
]);

export interface CueHit {
  from: number;
  to: number;
  cue: RelationCue;
}

export function findCues(
  tokens: readonly Token[],
  clause: Clause,
  mentions: readonly Mention[],
  lexicon: Lexicon,
  options: PairingOptions = DEFAULT_PAIRING_OPTIONS,
): CueHit[] {
  const insideMention = new Uint8Array(tokens.length);
  for (const m of mentions) for (let t = m.from; t < m.to; t++) insideMention[t] = 1;
  const hits: CueHit[] = [];
  let hypothetical = false;
  for (let i = clause.from; i < clause.to; i++) {
    if (insideMention[i] || tokens[i]!.punct) continue;
    const fixed = lexicon.notCues.mayStartAt(tokens, i) ? lexicon.notCues.longestAt(tokens, i) : null;
    if (fixed) {
      i = fixed.to - 1;
      continue;
    }
    const match = lexicon.cues.longestAt(tokens, i);
    if (!match || match.to > clause.to) continue;
    // A reflexive pronoun makes the verb reciprocal: "se disputent", "s'affrontent", "se sont fortement dégradées".
    const reflexive = isReflexive(tokens, i);
    // A hypothetical frame covers the rest of its clause: "toute agression … sera considérée comme une agression".
    if (isHypothetical(tokens, clause, i, lexicon) || isModal(tokens, clause, i, lexicon)) hypothetical = true;
    const wished = isWished(tokens, clause, i, lexicon);
    if (!hypothetical && !isNegated(tokens, clause, i, match.to, lexicon, options.negationWindow))
      for (const cue of match.values)
        if (!(wished && cue.type !== "dispute"))
          hits.push({ from: i, to: match.to, cue: reflexive ? { ...cue, reciprocal: true } : cue });
    i = match.to - 1;
  }
  return hits;
}

function isNegated(
  tokens: readonly Token[],
  clause: Clause,
  from: number,
  to: number,
  lexicon: Lexicon,
  window: number,
): boolean {
  const windowStart = Math.max(clause.from, from - window);
  for (let k = from - 1; k >= windowStart; k--) {
    const key = tokens[k]!.key;
    if (SCOPE_BREAKS.has(key)) break;
    // A negation reaches into its verb's object ("ne soutiendrait pas l'ouverture de négociations") but not into an
    // adjunct: "refusé de condamner la Russie pour son invasion" negates "condamner", not "invasion".
    if (ADJUNCT_PREPOSITIONS.has(key)) break;
    if (STANDALONE_NEGATORS.has(key) && !SANS_ADVERBIALS.has(tokens[k + 1]?.key ?? "")) return true;
    if (lexicon.negatingVerbs.longestAt(tokens, k)) return true;
    // "ne … pas/plus/jamais/guère/aucun" around the cue; "ne … que" restricts and does not negate.
    if (key === "ne" || key === "n'") {
      const end = Math.min(clause.to, to + 2);
      for (let j = k + 1; j < end; j++) if (lexicon.negators.has(tokens[j]!.key)) return true;
      // "n'ose condamner", "ne peut s'entendre": these verbs take "ne" alone; "ne peut que" still restricts.
      if (lexicon.neAloneVerbs.has(tokens[k + 1]?.key ?? "") && tokens[k + 2]?.key !== "que") return true;
    }
  }
  return false;
}

/**
 * "invite à renouer le dialogue", "afin de favoriser des pourparlers entre A et B": a cooperation that is called for is
 * not stated. Only the appeal's own object counts (a few determiners or a noun of beginning between): "appelle au
 * respect de la trêve signée en mai" presupposes the ceasefire. A call to end a dispute presupposes it too, so
 * dispute cues are never wished away.
 */
function isWished(tokens: readonly Token[], clause: Clause, from: number, lexicon: Lexicon): boolean {
  for (let k = from - 1; k >= Math.max(clause.from, from - APPEAL_REACH); k--) {
    const match = lexicon.appeals.mayStartAt(tokens, k) ? lexicon.appeals.longestAt(tokens, k) : null;
    if (match && match.to <= from && tokens.slice(match.to, from).every((t) => APPEAL_FILLERS.has(t.key))) return true;
  }
  return false;
}

/** "toute agression contre l'un d'eux", "en cas d'attaque": a possibility, not a relation. */
function isHypothetical(tokens: readonly Token[], clause: Clause, from: number, lexicon: Lexicon): boolean {
  for (let k = from - 1; k >= Math.max(clause.from, from - 3); k--) {
    const match = lexicon.hypotheticals.longestAt(tokens, k);
    if (match && match.to >= from - 1) return true;
  }
  return false;
}

/**
 * A modal verb earlier in the cue's phrase: "Obama peut mobiliser l'opinion contre l'Iran", "Pékin pourrait livrer
 * des armes à Moscou" state a possibility, not a relation. The phrase ends at a scope break (",", "et", "qui"…).
 */
function isModal(tokens: readonly Token[], clause: Clause, from: number, lexicon: Lexicon): boolean {
  // "pourrait expliquer le visible réchauffement russo-japonais": a definite noun phrase names an event the sentence
  // takes as given; only what the modal's verb would do ("livrer", "contre X", "un accord") is a mere possibility.
  if (PRESUPPOSING_DETERMINERS.has(tokens[from - 1]?.key ?? "")) return false;
  for (let k = from - 1; k >= clause.from; k--) {
    // "et" may join the modal verb's objects ("mobiliser les dirigeants et l'opinion contre X"): it does not end it.
    const key = tokens[k]!.key;
    if (key !== "et" && SCOPE_BREAKS.has(key)) return false;
    if (lexicon.modals.longestAt(tokens, k)) return true;
  }
  return false;
}

/** "se" or "s'" before the verb, with only auxiliaries and adverbs ("-ment", "encore", "davantage") between. */
function isReflexive(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const key = tokens[k]!.key;
    if (REFLEXIVE_PRONOUNS.has(key)) return true;
    if (!AUXILIARIES.has(key) && !key.endsWith("ment") && !REFLEXIVE_ADVERBS.has(key)) return false;
  }
  return false;
}
