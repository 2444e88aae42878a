/**
 * `entente build --jobs N`: the per-file work (intake and extraction, `article-work.ts`) spread over worker threads.
 * Each file is independent, so workers take batches of files from a shared queue (their bytes are sent, the reading
 * stays in the main thread, which hashes them for the cache first) and stream back one payload per file
 * (`src/cache/article-result.ts`), which `onResult` receives as it arrives, tagged with the file's index: whatever
 * the arrival order, the caller puts results back in name order, so every `--jobs` gives the same bytes. The
 * messages exchanged are typed in `worker-protocol.ts`.
 */
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { decodeArticleResult, encodeArticleResult, type ArticleResult } from "../cache/article-result.ts";
import { getLexicon } from "../extract/index.ts";
import { processArticle } from "./article-work.ts";
import type { ArticleJob, WorkRequest, WorkResponse } from "./worker-protocol.ts";

/** A batch of files sent to a worker: big enough to amortise messaging, small enough to balance the load. */
export const BATCH_SIZE = 32;

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
 * Below this many files to extract the build stays in one thread whatever `--jobs` says: starting a worker (tsx,
 * the modules, the lexicon) takes about 0.8 s, which a few hundred files at ≈ 2.5 ms each (intake + extraction) do
 * not win back. Measured: see the README's Performance section.
 */
export const MIN_PARALLEL_ARTICLES = 500;

/** A result as it arrives: the file's index, its result, and its payload when `encode` was asked or a worker sent it. */
export type ResultHandler = (index: number, result: ArticleResult, payload: string | null) => void;

export interface RunOptions {
  /** Threads to work in, this one included (N - 1 workers are started); 1, or few files, stays in this thread. */
  jobs: number;
  /** Fewer files than this are processed in this thread (default `MIN_PARALLEL_ARTICLES`). */
  minParallel?: number;
  /** Whether results made in this thread are encoded too (for the cache); workers always send payloads. */
  encode: boolean;
  /** Called for every file as its result arrives, in no particular order. */
  onResult: ResultHandler;
  /** Workers started ahead (`WorkerPool.start`): used whatever the count of files, and terminated at the end. */
  pool?: WorkerPool;
}

/**
 * Worker threads started ahead of their work, so they boot (tsx, the modules, the lexicon: ≈ 0.8 s) while the main
 * thread is still reading files and asking the cache. `terminate` ends them; calling it twice is harmless.
 */
export class WorkerPool {
  readonly workers: Worker[];
  /** The first error a worker raised before it was given work (reported when work starts). */
  failure: Error | null = null;

  private constructor(workers: Worker[]) {
    this.workers = workers;
  }

  /** Starts `count` worker threads. */
  static start(count: number): WorkerPool {
    const bootstrap = workerBootstrap();
    const pool = new WorkerPool(Array.from({ length: count }, () => new Worker(bootstrap)));
    // Listening at once: an error while booting would otherwise be thrown as uncaught.
    for (const worker of pool.workers) {
      worker.on("error", (error: Error) => (pool.failure ??= error));
      worker.on("exit", (code) => (pool.failure ??= new Error(`build: a worker thread stopped (exit code ${code}).`)));
    }
    return pool;
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Processes every job, in worker threads when `jobs > 1` and there are enough of them; resolves when all are done. */
export async function runArticleJobs(jobs: readonly ArticleJob[], options: RunOptions): Promise<void> {
  const batches = Math.ceil(jobs.length / BATCH_SIZE);
  if (options.pool !== undefined && options.pool.workers.length > 0 && batches > 1) {
    await runInWorkers(jobs, options.pool, options);
    return;
  }
  await options.pool?.terminate();
  const workers = Math.min(Math.max(1, Math.floor(options.jobs)), batches);
  if (workers <= 1 || jobs.length < (options.minParallel ?? MIN_PARALLEL_ARTICLES)) {
    await runInThread(jobs, options);
    return;
  }
  await runInWorkers(jobs, WorkerPool.start(workers - 1), options);
}

/** Runs every job here, yielding after each batch so that cache writes progress meanwhile. */
async function runInThread(jobs: readonly ArticleJob[], options: RunOptions): Promise<void> {
  const lexicon = getLexicon();
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
    for (const job of jobs.slice(start, start + BATCH_SIZE)) {
      const result = processArticle(job, lexicon);
      options.onResult(job.index, result, options.encode ? encodeArticleResult(result) : null);
    }
    await new Promise((wake) => setImmediate(wake));
  }
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

async function runInWorkers(jobs: readonly ArticleJob[], pool: WorkerPool, options: RunOptions): Promise<void> {
  const batches = Math.ceil(jobs.length / BATCH_SIZE);
  const lexicon = getLexicon();
  let next = 0;
  let pending = batches;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const finished = () => {
        if (--pending === 0) resolve();
      };
      const batchOf = (batch: number) => jobs.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE);
      const feed = (worker: Worker) => {
        if (failed || next >= batches) return;
        const batch = next++;
        const request: WorkRequest = { batch, jobs: batchOf(batch) };
        worker.postMessage(request);
      };
      // The main thread works too, between handling workers' messages: with --jobs N it starts N - 1 workers, and
      // it starts at once while they spend their start-up (≈ 0.8 s) loading tsx and the lexicon.
      const workInMainThread = async () => {
        while (!failed && next < batches) {
          const batch = next++;
          for (const job of batchOf(batch)) {
            const result = processArticle(job, lexicon);
            options.onResult(job.index, result, options.encode ? encodeArticleResult(result) : null);
          }
          finished();
          await new Promise((wake) => setImmediate(wake));
        }
      };
      if (pool.failure !== null) return fail(pool.failure);
      for (const worker of pool.workers) {
        worker.on("message", (response: WorkResponse) => {
          if ("error" in response)
            return fail(new Error(`build: a worker failed on batch ${response.batch}: ${response.error}`));
          const batch = batchOf(response.batch);
          try {
            response.payloads.forEach((payload, i) =>
              options.onResult(batch[i]!.index, decodeArticleResult(payload, false), payload),
            );
          } catch (error) {
            return fail(error as Error);
          }
          finished();
          feed(worker);
        });
        worker.on("error", (error: Error) => fail(error));
        worker.on("exit", (code) => {
          if (pending > 0)
            fail(new Error(`build: a worker thread stopped early (exit code ${code}). Retry with --jobs 1.`));
        });
        // Two batches in flight per worker, so it never waits for the main thread between batches.
        feed(worker);
        feed(worker);
      }
      workInMainThread().catch((error: Error) => fail(error));
    });
  } finally {
    await pool.terminate();
  }
}
