/**
 * The web worker that admits and extracts articles added in the page, off the main thread: the lexicon and the
 * language detector load once here, and the page stays responsive while a long article is read.
 */
import { intakeArticle, type ArticleSubmission, type IntakeResult, type KnownArticles } from "./article-intake.ts";
import { setLocale, t, type Locale } from "./i18n/index.ts";

export interface WorkerRequest {
  id: number;
  submission: ArticleSubmission;
  known: KnownArticles;
  /** The page's language: refusals are written in it. */
  locale: Locale;
}

export interface WorkerResponse {
  id: number;
  result: IntakeResult;
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, submission, known, locale } = event.data;
  setLocale(locale);
  let result: IntakeResult;
  try {
    result = intakeArticle(submission, known);
  } catch (error) {
    result = {
      ok: false,
      reason: t("extract.unreadable", { error: (error as Error).message }),
    };
  }
  self.postMessage({ id, result } satisfies WorkerResponse);
};
