/**
 * One article, end to end: normalise, keep the body, split sentences, find mentions, classify relations. Pure: the
 * same text and metadata always give the same result, in Node and in the browser.
 */
import { splitBody } from "./body.ts";
import { getLexicon, type Lexicon } from "./lexicon/lexicon.ts";
import { findArticleMentions } from "./mentions/article-mentions.ts";
import { projectToStates } from "./relations/state-projection.ts";
import { DEFAULT_PAIRING_OPTIONS } from "./relations/pairing-options.ts";
import { sentenceRelations } from "./relations/sentence-relations.ts";
import { normaliseWithOffsets, originalSpan } from "./text/normalise.ts";
import { splitSentences } from "./text/sentences.ts";
import { tokenise } from "./text/tokenise.ts";
import { publicationOf } from "../knowledge/outlets.ts";
import type { ArticleExtraction, LocalActor, LocalRelation, SentenceSpan } from "./types.ts";

export interface ArticleInput {
  id: string;
  /** The decoded article text, exactly as in the file. */
  text: string;
  date: string | null;
  /** The publication and its address, to know the state it speaks from ("le président de la République"). */
  outlet?: string | null;
  url?: string | null;
}

/** The extraction input of an article with its metadata. */
export function articleInput(
  meta: { id: string; date: string | null; outlet: string | null; url: string | null },
  text: string,
): ArticleInput {
  return { id: meta.id, text, date: meta.date, outlet: meta.outlet, url: meta.url };
}

export function extractArticle(input: ArticleInput, lexicon: Lexicon = getLexicon()): ArticleExtraction {
  const normalised = normaliseWithOffsets(input.text);
  const text = normalised.text;
  const sentences: SentenceSpan[] = [];
  for (const paragraph of splitBody(text).paragraphs) {
    for (const span of splitSentences(text.slice(paragraph.start, paragraph.end))) {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      const original = originalSpan(normalised, start, end);
      sentences.push({ start, end, originalStart: original.start, originalEnd: original.end });
    }
  }
  const sentenceTexts = sentences.map((s) => text.slice(s.start, s.end));
  const tokenised = sentences.map((s, i) => tokenise(sentenceTexts[i]!, s.start));
  const year = input.date === null ? null : Number(input.date.slice(0, 4));
  const publication = publicationOf(input.outlet ?? null, input.url ?? null);
  const found = findArticleMentions(sentenceTexts, tokenised, lexicon, year, publication);
  const servedState = (index: number) => found.leaders[index]?.roles.at(-1)?.state ?? null;

  const relations: LocalRelation[] = [];
  let subject: readonly LocalActor[] = [];
  found.sentences.forEach((sentence, s) => {
    const { relations: stated, subject: next } = sentenceRelations(
      sentence.tokens,
      sentence.mentions,
      lexicon,
      servedState,
      DEFAULT_PAIRING_OPTIONS,
      subject,
      sentence.pair,
    );
    subject = next;
    for (const relation of [...stated, ...projectToStates(stated, servedState)])
      relations.push({ ...relation, sentence: s });
  });
  return {
    articleId: input.id,
    date: input.date,
    sentences,
    sentenceTexts: sentences.map((s) => input.text.slice(s.originalStart, s.originalEnd)),
    leaders: found.leaders,
    states: found.states,
    relations,
  };
}
