/**
 * `entente build --jobs N`: per-article extraction spread over worker threads. `extractArticle` is pure and each
 * article independent, so workers take batches from a shared queue and send back `ArticleExtraction`s (structured
 * clone keeps their `Map`s and `Set`s, in insertion order); the results are put back in article order, so the merge
 * (`graphFromExtractions`, in the main thread) sees exactly what `--jobs 1` gives and writes the same bytes.
 */
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { extractArticle, type ArticleExtraction } from "../extract/index.ts";
import type { ArticleInput } from "../extract/article.ts";
import { getLexicon } from "../extract/lexicon/lexicon.ts";

/** A batch of articles sent to a worker: big enough to amortise messaging, small enough to balance the load. */
export const BATCH_SIZE = 32;

/** One request to the worker and its answer (see `extract-worker.ts`). */
export interface ExtractRequest {
  batch: number;
  inputs: ArticleInput[];
}
export type ExtractResponse = { batch: number; extractions: ArticleExtraction[] } | { batch: number; error: string };

/** Raised for an invalid `--jobs` value; the message names the option and the accepted forms. */
export class JobsOptionError extends Error {
  override name = "JobsOptionError";
}

/** Parses `--jobs`: a positive integer, or `0` / `auto` for the number of cores. */
export function parseJobs(value: string, cores: number = availableParallelism()): number {
  const text = value.trim().toLowerCase();
  if (text === "auto" || text === "0") return Math.max(1, cores);
  if (!/^\d+$/.test(text))
    throw new JobsOptionError(`--jobs: expected a whole number ≥ 1, 0 or "auto", got "${value}"`);
  return Number(text);
}

/**
 * Below this many articles the build stays in one thread whatever `--jobs` says: starting a worker (tsx, the
 * modules, the lexicon) takes about 0.8 s, more than it saves on a few hundred articles at ≈ 1.5 ms each.
 */
export const MIN_PARALLEL_ARTICLES = 500;

export interface ParallelExtractOptions {
  /** Threads to extract in, this one included (N - 1 workers are started); 1, or a small corpus, stays in this thread. */
  jobs: number;
  /** Fewer articles than this are extracted in this thread (default `MIN_PARALLEL_ARTICLES`). */
  minParallel?: number;
  /** Called after each finished batch (or article, in-thread) with the number of articles done. */
  onProgress?: (done: number, total: number) => void;
}

/** Extracts every article, in worker threads when `jobs > 1`; the result is in input order either way. */
export async function extractArticles(
  inputs: readonly ArticleInput[],
  options: ParallelExtractOptions,
): Promise<ArticleExtraction[]> {
  const batches = Math.ceil(inputs.length / BATCH_SIZE);
  const workers = Math.min(Math.max(1, Math.floor(options.jobs)), batches);
  if (workers <= 1 || inputs.length < (options.minParallel ?? MIN_PARALLEL_ARTICLES))
    return extractInThread(inputs, options.onProgress);
  return extractInWorkers(inputs, workers, options.onProgress);
}

function extractInThread(
  inputs: readonly ArticleInput[],
  onProgress?: (done: number, total: number) => void,
): ArticleExtraction[] {
  const lexicon = getLexicon();
  return inputs.map((input, i) => {
    const extraction = extractArticle(input, lexicon);
    onProgress?.(i + 1, inputs.length);
    return extraction;
  });
}

/**
 * Workers run the TypeScript sources through tsx: a tiny ES-module bootstrap (a `data:` URL) registers tsx's loader
 * in the new thread, then imports the worker. `--import tsx` in the worker's `execArgv` is not enough on Node 20
 * (the entry is resolved before the hooks apply), and the `bin/entente.js` shim's in-process `register()` is not
 * inherited by workers. tsx is resolved from this file, so any working directory works.
 */
function workerBootstrap(): URL {
  const api = tsxEsmApiUrl();
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * The ES-module build of `tsx/esm/api`, read from tsx's own export map: `require.resolve` would pick the CommonJS
 * build, whose `register()` cannot load tsx's hooks from a `data:` module, and `import.meta.resolve` is missing
 * under some test runners.
 */
function tsxEsmApiUrl(): string {
  const manifestPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const target = manifest.exports["./esm/api"]?.import?.default;
  if (target === undefined)
    throw new Error("extract: cannot find tsx's ES-module API (tsx/esm/api); reinstall with `npm ci`.");
  return new URL(target, pathToFileURL(manifestPath)).href;
}

async function extractInWorkers(
  inputs: readonly ArticleInput[],
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ArticleExtraction[]> {
  const results: (ArticleExtraction[] | undefined)[] = new Array(Math.ceil(inputs.length / BATCH_SIZE));
  const bootstrap = workerBootstrap();
  const pool: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let pending = results.length;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker) => {
        if (failed || next >= results.length) return;
        const batch = next++;
        const request: ExtractRequest = { batch, inputs: inputs.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE) };
        worker.postMessage(request);
      };
      // The main thread extracts too, between handling workers' messages: with --jobs N it starts N - 1 workers, and
      // it starts working at once while they spend their start-up (≈ 0.8 s) loading tsx and the lexicon.
      const lexicon = getLexicon();
      const workInMainThread = async () => {
        while (!failed && next < results.length) {
          const batch = next++;
          results[batch] = inputs
            .slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE)
            .map((input) => extractArticle(input, lexicon));
          done += results[batch]!.length;
          onProgress?.(done, inputs.length);
          if (--pending === 0) return resolve();
          await new Promise((wake) => setImmediate(wake));
        }
      };
      for (let w = 0; w < count - 1; w++) {
        const worker = new Worker(bootstrap);
        pool.push(worker);
        worker.on("message", (response: ExtractResponse) => {
          if ("error" in response)
            return fail(new Error(`extract: worker failed on batch ${response.batch}: ${response.error}`));
          results[response.batch] = response.extractions;
          done += response.extractions.length;
          onProgress?.(done, inputs.length);
          if (--pending === 0) resolve();
          else feed(worker);
        });
        worker.on("error", (error: Error) => fail(error));
        worker.on("exit", (code) => {
          if (pending > 0)
            fail(new Error(`extract: a worker thread stopped early (exit code ${code}). Retry with --jobs 1.`));
        });
        // Two batches in flight per worker, so it never waits for the main thread between batches.
        feed(worker);
        feed(worker);
      }
      workInMainThread().catch((error: Error) => fail(error));
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results.flatMap((batch) => batch ?? []);
}
