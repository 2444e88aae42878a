/** Relations stated by one sentence: cues found per clause, each paired with the actors around it. */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { actorKey, type Mention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenise.ts";
import type { LocalActor } from "../types.ts";
import type { RelationType } from "../../model/types.ts";
import { splitClauses } from "./clauses.ts";
import { findCues } from "./cues.ts";
import { afterMarker, groupMentions, pairsForCue, type ServedState } from "./pairs.ts";

export interface SentenceRelation {
  type: RelationType;
  a: LocalActor;
  b: LocalActor;
}

export function sentenceRelations(tokens: readonly Token[], mentions: readonly Mention[], lexicon: Lexicon, servedState: ServedState): SentenceRelation[] {
  const found = new Map<string, SentenceRelation>();
  for (const clause of splitClauses(tokens)) {
    const groups = groupMentions(tokens, clause, mentions, lexicon);
    if (groups.length === 0) continue;
    for (const hit of findCues(tokens, clause, mentions, lexicon)) {
      for (const [x, y] of pairsForCue(tokens, hit, groups, servedState, lexicon)) {
        const [a, b] = actorKey(x) <= actorKey(y) ? [x, y] : [y, x];
        const key = `${hit.cue.type}|${actorKey(a)}|${actorKey(b)}`;
        if (!found.has(key)) found.set(key, { type: hit.cue.type, a, b });
      }
    }
  }
  // "sous l'égide de la Russie": the mediator cooperates with each party of the nearest plural group before it.
  for (const clause of splitClauses(tokens)) {
    const groups = groupMentions(tokens, clause, mentions, lexicon);
    for (const m of mentions) {
      if (m.from < clause.from || m.to > clause.to || m.locative || !afterMarker(tokens, m.from, lexicon.mediatorMarkers)) continue;
      const parties = groups.filter((g) => g.to <= m.from).reverse().find((g) => g.actors.length >= 2);
      for (const party of parties?.actors ?? [])
        for (const mediator of m.actors) {
          if (actorKey(party) === actorKey(mediator)) continue;
          const [a, b] = actorKey(party) <= actorKey(mediator) ? [party, mediator] : [mediator, party];
          const key = `cooperation|${actorKey(a)}|${actorKey(b)}`;
          if (!found.has(key)) found.set(key, { type: "cooperation", a, b });
        }
    }
  }
  // "s'entretenir avec son homologue X", "évoquer avec son homologue X": meeting one's counterpart is cooperation,
  // unless the clause says otherwise with a dispute cue.
  for (const m of mentions) {
    if (m.counterpartOf.length === 0 || !isAfterAvec(tokens, m.from)) continue;
    const clause = splitClauses(tokens).find((c) => c.from <= m.from && m.to <= c.to);
    if (!clause || findCues(tokens, clause, mentions, lexicon).some((h) => h.cue.type === "dispute")) continue;
    for (const of of m.counterpartOf)
      for (const actor of m.actors) {
        const [a, b] = actorKey(of) <= actorKey(actor) ? [of, actor] : [actor, of];
        const key = `cooperation|${actorKey(a)}|${actorKey(b)}`;
        if (!found.has(key)) found.set(key, { type: "cooperation", a, b });
      }
  }
  return [...found.values()];
}

/** "avec son homologue", "avec leurs homologues": the counterpart title right after "avec". */
function isAfterAvec(tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.key === "avec" || (tokens[from]?.key !== undefined && ["son", "sa", "ses", "leur", "leurs"].includes(tokens[from]!.key) && tokens[from - 1]?.key === "avec");
}
