/**
 * The web worker that admits and extracts articles added in the page, off the main thread: the lexicon and the
 * language detector load once here, and the page stays responsive while a long article is read.
 */
import { intakeArticle, type ArticleSubmission, type IntakeResult, type KnownArticles } from "./article-intake.ts";

export interface WorkerRequest {
  id: number;
  submission: ArticleSubmission;
  known: KnownArticles;
}

export interface WorkerResponse {
  id: number;
  result: IntakeResult;
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, submission, known } = event.data;
  let result: IntakeResult;
  try {
    result = intakeArticle(submission, known);
  } catch (error) {
    result = {
      ok: false,
      reason: `extract: the article could not be read (${(error as Error).message}). Report this with the text.`,
    };
  }
  self.postMessage({ id, result } satisfies WorkerResponse);
};
