/**
 * A corpus folder in, the admitted articles and their extractions out, ready for the merge: `entente build`'s work
 * up to `graphFromExtractions`, incremental. The main thread lists the folder, reads each file and hashes its bytes,
 * and asks the cache (`src/cache/`) first; only new or changed files (and stale or corrupt entries) go to the
 * workers for intake and extraction, and their results are written to the cache as they arrive. Results are put
 * back in name order before the cross-file step (`corpus-assembly.ts`), so the output never depends on which file
 * came from where or when: a warm build gives the bytes of a cold one.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { decodeArticleResult, PayloadError, type ArticleResult } from "../cache/article-result.ts";
import { extractorFingerprint } from "../cache/fingerprint.ts";
import { CacheFolderError, EntryStore } from "../cache/store.ts";
import { displayName, isArticleFileName, type ManifestEntry, DEFAULT_INTAKE_OPTIONS } from "../corpus/index.ts";
import type { ArticleJob } from "./worker-protocol.ts";
import { assembleCorpus, type AssembledCorpus, type BuildVerdict } from "./corpus-assembly.ts";
import { readCorpusFiles } from "../corpus/read-folder.ts";
import { CACHE_FOLDER } from "../cache/store.ts";
import { MIN_PARALLEL_ARTICLES, runArticleJobs, WorkerPool } from "./parallel-extract.ts";

export interface BuildCorpusOptions {
  /** Threads for intake and extraction (see `runArticleJobs`). */
  jobs: number;
  /** The cache folder, or null to read and extract every file without a cache (`--no-cache`). */
  cacheDir: string | null;
  /** Fewer files to extract than this stay in one thread (default `MIN_PARALLEL_ARTICLES`). */
  minParallel?: number;
  /** The extractor's fingerprint (default: computed from the files, `extractorFingerprint()`). */
  fingerprint?: string;
  /** Called as files are done, with the count done and the count to extract (cache hits excluded). */
  onProgress?: (done: number, total: number) => void;
}

/** What the cache did in one build; every problem is reported, none stops the build. */
export interface CacheReport {
  /** The folder used, or null when the build ran without a cache. */
  dir: string | null;
  /** Why the cache folder could not be used at all (the build then ran without it), or null. */
  unusable: string | null;
  /** Files whose cached result was used. */
  reused: number;
  /** Files read and extracted in this build (new, changed, stale, corrupt, or all without a cache). */
  extracted: number;
  /** Entries made by another version of the extractor or its data, rebuilt. */
  stale: number;
  /** Entries that failed their checks, rebuilt: the file and what was wrong. */
  corrupt: { file: string; reason: string }[];
  /** Entries that could not be written (the build still succeeded; those files are extracted again next time). */
  writeFailures: number;
  /** The first write error's message, when any. */
  writeError: string | null;
  /** Entries of files no longer in the corpus (or changed since) removed after the build. */
  pruned: number;
}

export interface CorpusBuild extends AssembledCorpus {
  cache: CacheReport;
}

/** The cache key of a file: its name, the SHA-256 of its bytes and its manifest entry, as canonical JSON. */
export function cacheKey(file: string, bytes: Uint8Array, entry: ManifestEntry | undefined): string {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // An entry is a flat object: sorting its keys is enough to make the text canonical.
  const canonicalEntry = entry === undefined ? null : JSON.parse(JSON.stringify(entry, Object.keys(entry).sort()));
  return JSON.stringify({ file, sha256, entry: canonicalEntry });
}

/**
 * Reads, admits and extracts the corpus in `dir`, reusing cached results.
 * @throws CorpusFolderError when the folder itself cannot be read
 */
export async function buildCorpus(dir: string, options: BuildCorpusOptions): Promise<CorpusBuild> {
  // Workers are started as soon as it is known there is enough to extract to pay for them, and boot while the main
  // thread reads the files and asks the cache: at once for a build without cache or a first build, otherwise once
  // the cache has missed often enough. A warm build with little to extract never starts one.
  let pool: WorkerPool | undefined;
  const enough = Math.max(1, options.minParallel ?? MIN_PARALLEL_ARTICLES);
  const startWorkers = (toExtract: number) => {
    if (pool === undefined && options.jobs > 1 && toExtract >= enough)
      pool = WorkerPool.start(Math.floor(options.jobs) - 1);
  };
  try {
    if (options.cacheDir === null || !existsSync(options.cacheDir)) startWorkers(countArticleFiles(dir));
    return await buildWith(dir, options, startWorkers, () => pool);
  } finally {
    await pool?.terminate();
  }
}

/** The number of article file names in `dir` (0 when it cannot be listed: reading it will say why). */
function countArticleFiles(dir: string): number {
  try {
    return readdirSync(dir).filter(isArticleFileName).length;
  } catch {
    return 0;
  }
}

async function buildWith(
  dir: string,
  options: BuildCorpusOptions,
  startWorkers: (toExtract: number) => void,
  pool: () => WorkerPool | undefined,
): Promise<CorpusBuild> {
  const { files, ignored, manifest } = readCorpusFiles(dir, DEFAULT_INTAKE_OPTIONS.maxBytes, new Set([CACHE_FOLDER]));
  const report: CacheReport = {
    dir: options.cacheDir,
    unusable: null,
    reused: 0,
    extracted: 0,
    stale: 0,
    corrupt: [],
    writeFailures: 0,
    writeError: null,
    pruned: 0,
  };
  let store: EntryStore | null = null;
  if (options.cacheDir !== null) {
    try {
      store = EntryStore.open(options.cacheDir, options.fingerprint ?? extractorFingerprint());
    } catch (error) {
      if (!(error instanceof CacheFolderError)) throw error;
      report.unusable = error.message;
      report.dir = null;
    }
  }

  const verdicts: (BuildVerdict | undefined)[] = new Array(files.length);
  const keys: (string | undefined)[] = new Array(files.length);
  const used = new Set<string>();
  const jobs: ArticleJob[] = [];
  files.forEach((input, index) => {
    if ("refusal" in input) {
      verdicts[index] = input;
      return;
    }
    const entry = manifest.entries.get(input.file);
    if (store !== null) {
      const key = cacheKey(input.file, input.bytes, entry);
      const address = EntryStore.address(key);
      keys[index] = key;
      used.add(address);
      const cached = lookUp(store, key, address, input.file, report);
      if (cached !== null) {
        verdicts[index] = { file: input.file, result: cached };
        report.reused++;
        return;
      }
    }
    jobs.push({ index, file: input.file, bytes: input.bytes, entry });
    startWorkers(jobs.length);
  });

  const writes: Promise<void>[] = [];
  let done = 0;
  await runArticleJobs(jobs, {
    jobs: options.jobs,
    minParallel: options.minParallel,
    pool: pool(),
    encode: store !== null,
    onResult: (index, result, payload) => {
      verdicts[index] = { file: files[index]!.file, result };
      const key = keys[index];
      if (store !== null && key !== undefined && payload !== null) {
        writes.push(
          store.write(key, payload).catch((error: unknown) => {
            report.writeFailures++;
            report.writeError ??= error instanceof Error ? error.message : String(error);
          }),
        );
      }
      options.onProgress?.(++done, jobs.length);
    },
  });
  await Promise.all(writes);
  report.extracted = jobs.length;
  if (store !== null) report.pruned = store.prune(used);

  const missing = verdicts.findIndex((v) => v === undefined);
  if (missing >= 0) throw new Error(`build: no result for "${files[missing]!.file}" (a bug; please report it)`);
  return { ...assembleCorpus(verdicts as BuildVerdict[], manifest, ignored), cache: report };
}

/** The cached result of a file, or null (miss, stale, corrupt: the kinds are counted in `report`). */
function lookUp(
  store: EntryStore,
  key: string,
  address: string,
  file: string,
  report: CacheReport,
): ArticleResult | null {
  const lookup = store.read(key, address);
  if (lookup.status === "stale") report.stale++;
  if (lookup.status === "corrupt") report.corrupt.push({ file, reason: lookup.reason });
  if (lookup.status !== "hit") return null;
  try {
    return decodeArticleResult(lookup.payload);
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    report.corrupt.push({ file, reason: error.message });
    return null;
  }
}

/** The report's lines for the build summary and the notices about corrupt entries and failed writes. */
export function cacheSummary(report: CacheReport): { line: string; notices: string[] } {
  const notices = report.corrupt.map(
    ({ file, reason }) =>
      `cache: the entry of "${displayName(file)}" was corrupt (${reason}); it was extracted again and rewritten.`,
  );
  if (report.unusable !== null) notices.push(`${report.unusable}. This build ran without a cache.`);
  if (report.writeFailures > 0)
    notices.push(
      `cache: ${report.writeFailures} entr${report.writeFailures === 1 ? "y" : "ies"} could not be written (${report.writeError}); those articles will be extracted again next time.`,
    );
  if (report.dir === null) return { line: `  cache: not used; ${report.extracted} extracted`, notices };
  const rebuilt = [
    report.stale > 0 ? `${report.stale} stale` : "",
    report.corrupt.length > 0 ? `${report.corrupt.length} corrupt` : "",
  ].filter((s) => s !== "");
  return {
    line: `  cache: ${report.reused} reused, ${report.extracted} extracted${rebuilt.length > 0 ? ` (${rebuilt.join(", ")}: rebuilt)` : ""}${report.pruned > 0 ? `, ${report.pruned} unused removed` : ""}; ${report.dir}`,
    notices,
  };
}
