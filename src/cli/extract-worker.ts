/**
 * Worker-thread entry of `entente build --jobs N` (started by `parallel-extract.ts`): admits and extracts the
 * batches of files it is sent (`article-work.ts`) with one lexicon built once per thread, and answers each batch
 * with one payload per file (`src/cache/article-result.ts`), or the error.
 */
import { parentPort } from "node:worker_threads";
import { encodeArticleResult } from "../cache/article-result.ts";
import { getLexicon } from "../extract/index.ts";
import { processArticle } from "./article-work.ts";
import type { WorkRequest, WorkResponse } from "./worker-protocol.ts";

const port = parentPort;
if (port === null) throw new Error("extract-worker: must run in a worker thread (started by parallel-extract.ts)");
const lexicon = getLexicon();

port.on("message", (request: WorkRequest) => {
  let response: WorkResponse;
  try {
    response = {
      batch: request.batch,
      payloads: request.jobs.map((job) => encodeArticleResult(processArticle(job, lexicon))),
    };
  } catch (error) {
    response = { batch: request.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(response);
});
