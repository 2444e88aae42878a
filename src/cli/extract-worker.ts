/**
 * Worker-thread entry of `entente build --jobs N` (started by `parallel-extract.ts`): extracts the batches of
 * articles it is sent with one lexicon built once per thread, and answers each with its extractions or the error.
 */
import { parentPort } from "node:worker_threads";
import { extractArticle } from "../extract/index.ts";
import { getLexicon } from "../extract/lexicon/lexicon.ts";
import type { ExtractRequest, ExtractResponse } from "./parallel-extract.ts";

const port = parentPort;
if (port === null) throw new Error("extract-worker: must run in a worker thread (started by parallel-extract.ts)");
const lexicon = getLexicon();

port.on("message", (request: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { batch: request.batch, extractions: request.inputs.map((input) => extractArticle(input, lexicon)) };
  } catch (error) {
    response = { batch: request.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(response);
});
