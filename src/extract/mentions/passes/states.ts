/**
 * Pass 4 — states, sentence by sentence in reading order: each state mention (`state-mention.ts`), the recent actors
 * "les deux pays" may refer to, and the last pair of states named together.
 */
import type { Token } from "../../text/tokenise.ts";
import type { LocalActor } from "../../types.ts";
import type { ArticleContext } from "../article-context.ts";
import { actorKey, type Mention } from "../mention.ts";
import { stateMentionAt } from "./state-mention.ts";

/** How many recent actors (and leaders) are kept for "les deux pays" / "les deux dirigeants". */
const RECENT_LIMIT = 8;
/** Words between two states named together: "le Pérou et l'Équateur", "entre le Chili et la Bolivie". */
const PAIR_COORDINATION = new Set(["et", "la", "le", "l'", "les", "a", "au", "aux", "de", "du", "d'", "des", "en"]);

/** Finds the states of every sentence, in order (the recent-actor memory runs across sentences). */
export function findAllStates(ctx: ArticleContext): void {
  const recent: LocalActor[] = [];
  const recentLeaders: LocalActor[] = [];
  ctx.sentences.forEach((sentence, s) => {
    for (const m of sentence.mentions) if (m.kind === "leader") recentLeaders.push(...m.actors);
    if (recentLeaders.length > RECENT_LIMIT) recentLeaders.splice(0, recentLeaders.length - RECENT_LIMIT);
    findStates(ctx, s, recent, recentLeaders);
    if (ctx.recentPair) sentence.pair = ctx.recentPair;
  });
}

function findStates(ctx: ArticleContext, s: number, recent: LocalActor[], recentLeaders: LocalActor[]): void {
  const { tokens, mentions } = ctx.sentences[s]!;
  const leaderMentions = [...mentions].sort((a, b) => a.from - b.from);
  let nextLeader = 0;
  let previousState: Omit<Mention, "counterpartOf"> | null = null;
  const noteRecent = (actors: LocalActor[]) => {
    for (const actor of actors) {
      const state: LocalActor | null = actor.kind === "state" ? actor : ctx.stateOfLeader(actor.index);
      if (!state) continue;
      const at = recent.findIndex((r) => actorKey(r) === actorKey(state));
      if (at >= 0) recent.splice(at, 1);
      recent.push(state);
      // Only the last few actors matter for "les deux pays"; a bounded list keeps long texts linear.
      if (recent.length > RECENT_LIMIT) recent.shift();
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    while (nextLeader < leaderMentions.length && leaderMentions[nextLeader]!.from <= i)
      noteRecent(leaderMentions[nextLeader++]!.actors);
    if (ctx.consumed[s]![i]) continue;
    const notState = ctx.lexicon.nonStateForms.mayStartAt(tokens, i)
      ? ctx.lexicon.nonStateForms.longestAt(tokens, i)
      : null;
    if (notState) {
      ctx.consume(s, i, notState.to);
      i = notState.to - 1;
      continue;
    }
    const found = stateMentionAt(ctx, s, i, recent, recentLeaders);
    if (!found) continue;
    ctx.addMention(s, found);
    // The speaker ("nous") is not one of the parties "les deux pays" may mean.
    if (found.rule !== "mention.speaker") noteRecent(found.actors);
    notePair(ctx, tokens, previousState, found);
    if (!found.locative) previousState = found;
    ctx.consume(s, found.from, found.to);
    i = found.to - 1;
  }
}

/**
 * Remembers the last two states named together ("le Pérou et l'Équateur", "sino-indien"): what "les
 * deux pays" most likely refers to, even when a third party (often the speaker) was named since.
 */
function notePair(
  ctx: ArticleContext,
  tokens: readonly Token[],
  previous: Omit<Mention, "counterpartOf"> | null,
  found: Omit<Mention, "counterpartOf">,
): void {
  if (found.locative) return;
  // A resolved "les deux pays" keeps meaning the same pair ("l'histoire des deux pays … les ministres des deux pays").
  if (found.kind === "anaphor") {
    if (found.actors.length === 2 && found.actors.every((a) => a.kind === "state")) ctx.recentPair = found.actors;
    return;
  }
  if (found.closed && found.actors.length === 2) {
    ctx.recentPair = found.actors;
    return;
  }
  if (!previous || previous.actors.length !== 1 || found.actors.length !== 1 || found.kind !== "state") return;
  const gap = tokens.slice(previous.to, found.from);
  if (gap.some((t) => t.key === "et") && gap.every((t) => PAIR_COORDINATION.has(t.key)))
    ctx.recentPair = [previous.actors[0]!, found.actors[0]!];
}
