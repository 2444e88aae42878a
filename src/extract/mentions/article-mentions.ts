/**
 * Finds every actor mention of one article by folding its mention passes, in order, over one `ArticleContext`:
 * leaders introduced by a title, references to them, nameless titles, then states. Leaders come before states so a
 * title's demonym ("le président russe") is not also a state mention.
 */
import type { Publication } from "../../knowledge/outlets.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokenise.ts";
import { ArticleContext, type ArticleMentions } from "./article-context.ts";
import { findLeaderReferences } from "./passes/leader-references.ts";
import { resolvePendingTitles } from "./passes/pending-titles.ts";
import { findAllStates } from "./passes/states.ts";
import { findTitledLeaders } from "./passes/titled-leaders.ts";

export type { ArticleMentions, SentenceMentions } from "./article-context.ts";

/** One pass over the article: what it finds, in one sentence, and the function that finds it. */
export interface MentionPass {
  id: string;
  doc: string;
  run: (context: ArticleContext) => void;
}

export const MENTION_PASSES: readonly MentionPass[] = [
  {
    id: "titled-leaders",
    doc: "leaders introduced by a title, with their office and state; nameless titles wait for pass 3",
    run: (ctx) => ctx.sentences.forEach((_, s) => findTitledLeaders(ctx, s)),
  },
  {
    id: "leader-references",
    doc: "leaders named again, and full names world knowledge knows as leaders in the article's year",
    run: (ctx) => ctx.sentences.forEach((_, s) => findLeaderReferences(ctx, s)),
  },
  {
    id: "pending-titles",
    doc: "nameless titles designating the one leader of the article with that office and state",
    run: resolvePendingTitles,
  },
  {
    id: "states",
    doc: "states by name, capital, demonym, compound, collective name and pair anaphor, in reading order",
    run: findAllStates,
  },
];

/**
 * `year`: the article's year, to tell which known leaders were in office; null when the article is undated.
 * `publication`: the state the publication speaks from and whether it is its government (`publicationOf`).
 */
export function findArticleMentions(
  sentenceTexts: readonly string[],
  tokenised: Token[][],
  lexicon: Lexicon,
  year: number | null = null,
  publication: Publication | null = null,
): ArticleMentions {
  const context = new ArticleContext(sentenceTexts, tokenised, lexicon, year, publication);
  for (const pass of MENTION_PASSES) pass.run(context);
  return context.result();
}
