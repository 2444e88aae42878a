/**
 * The messages between `entente build --jobs N`'s main thread (`parallel-extract.ts`) and its worker threads
 * (`extract-worker.ts`): the main thread sends batches of files to read as articles (`article-work.ts`), a worker
 * answers each batch with one encoded result per file (`src/cache/article-result.ts`), in the batch's order, or with
 * the error that stopped it. Structured clone carries them, so only data: bytes, strings, numbers.
 */
import type { ManifestEntry } from "../corpus/index.ts";

/** One file to read as an article. */
export interface ArticleJob {
  /** Its position in the corpus (code-point order of names): results are put back by it. */
  index: number;
  file: string;
  bytes: Uint8Array;
  entry: ManifestEntry | undefined;
}

/** Main thread → worker: a batch of files, numbered so the answer can be matched to it. */
export interface WorkRequest {
  batch: number;
  jobs: ArticleJob[];
}

/** Worker → main thread: one payload per job of the batch, in its order; or the error (with its stack) that stopped it. */
export type WorkResponse = { batch: number; payloads: string[] } | { batch: number; error: string };
