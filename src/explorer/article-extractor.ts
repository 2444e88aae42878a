/** The page's side of the extraction worker: one request, one promise; `kill()` ends the worker and fails what waits. */
import type { ArticleSubmission, IntakeResult, KnownArticles } from "./article-intake.ts";
import type { WorkerRequest, WorkerResponse } from "./extract-worker.ts";
import { getLocale, t } from "./i18n/index.ts";

export interface ArticleExtractor {
  extract(submission: ArticleSubmission, known: KnownArticles): Promise<IntakeResult>;
  kill(): void;
}

export function createArticleExtractor(): ArticleExtractor {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, (result: IntakeResult) => void>();
  const start = () => {
    const created = new Worker(new URL("./extract-worker.ts", import.meta.url), {
      type: "module",
      name: "entente-extract",
    });
    created.onmessage = (event: MessageEvent<WorkerResponse>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    created.onerror = (event) => {
      for (const resolve of waiting.values())
        resolve({
          ok: false,
          reason: t("extract.workerFailed", { error: event.message || t("extract.noDetail") }),
        });
      waiting.clear();
      created.terminate();
      worker = null;
    };
    return created;
  };
  return {
    extract(submission, known) {
      worker ??= start();
      const id = next++;
      const request: WorkerRequest = { id, submission, known, locale: getLocale() };
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker!.postMessage(request);
      });
    },
    kill() {
      worker?.terminate();
      worker = null;
      for (const resolve of waiting.values()) resolve({ ok: false, reason: t("extract.closed") });
      waiting.clear();
    },
  };
}
