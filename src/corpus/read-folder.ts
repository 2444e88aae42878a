/**
 * Reads a corpus folder from disk and hands its files to the pure intake (`intake.ts`). The only corpus module that
 * touches `node:fs`. A corpus folder is untrusted (scraped pages, a shared drive), so it is read defensively:
 *
 * - not recursively, and entries are examined with `lstat`: a symbolic link is refused (`link`), never followed, so a
 *   `.txt` link to `/etc/passwd` or `/proc/self/pagemap` cannot pull another file into a published graph;
 * - only regular files are opened; a FIFO, socket or device is refused (`not-a-file`) without opening it, and files
 *   are opened with `O_NOFOLLOW | O_NONBLOCK` and checked again with `fstat`, so a file swapped for a link or a pipe
 *   between the two checks is still refused and never blocks the build;
 * - reads go through the file descriptor and stop one byte past the limit, whatever size `stat` reported (files in
 *   `/proc` report 0 and stream gigabytes);
 * - a name that is not valid UTF-8, or holds control or bidirectional-override characters, is refused (`name`);
 * - every I/O failure becomes a refusal of that one file (`unreadable`), so it never stops the others.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  type Stats,
} from "node:fs";
import { join } from "node:path";
import {
  admitCorpus,
  compareCodePoints,
  displayName,
  ignoredFilesNotice,
  isArticleFileName,
  oddNameProblem,
  resolveIntakeOptions,
  tooLargeRefusal,
  type CorpusFile,
  type CorpusReadResult,
  type IntakeOptions,
  type Refusal,
} from "./intake.ts";
// Registers linkedom as the page reader of this process: pages on disk are read with it.
import { readHtmlWithLinkedom } from "./html/linkedom-reader.ts";
import { EMPTY_MANIFEST, MANIFEST_FILE, parseManifest, type Manifest } from "./manifest.ts";

export { readHtmlWithLinkedom };

export type { CorpusReadResult } from "./intake.ts";

/** The folder itself cannot be read (missing, not a folder, no permission). */
export class CorpusFolderError extends Error {
  override name = "CorpusFolderError";
}

/** Bytes read from a file descriptor at a time. */
const CHUNK_BYTES = 64 * 1024;

/** A folder's article files, read (bytes or a refusal each), the names it ignores, and its manifest. */
export interface CorpusFiles {
  files: CorpusFile[];
  /** Entries that are not articles (sub-folders end in "/"), for the notice. */
  ignored: string[];
  manifest: Manifest;
}

/**
 * Read every article file of `dir` (`*.txt`, `*.html`, `*.htm`) (and `metadata.json` when present) and admit or refuse each.
 * Throws `CorpusFolderError` only when the folder itself is unusable; everything else is in the result.
 */
export function readCorpusFolder(dir: string, options: Partial<IntakeOptions> = {}): CorpusReadResult {
  const opts = resolveIntakeOptions(options);
  const { files, ignored, manifest } = readCorpusFiles(dir, opts.maxBytes);
  const result = admitCorpus(files, manifest, opts);
  if (ignored.length > 0) result.notices.unshift(ignoredFilesNotice(ignored));
  return result;
}

/**
 * Lists `dir` and reads each article file (bounded, links and special files refused by name), without admitting any:
 * the first half of `readCorpusFolder`, shared with the incremental build, which admits files in workers.
 * @param skip names the listing passes over silently (the build's cache folder inside a flat project)
 */
export function readCorpusFiles(dir: string, maxBytes: number, skip: ReadonlySet<string> = new Set()): CorpusFiles {
  const files: CorpusFile[] = [];
  const ignored: string[] = [];
  for (const { name, valid } of listFolder(dir)) {
    if (name === MANIFEST_FILE || skip.has(name)) continue;
    const article = isArticleFileName(name);
    const oddName = valid ? oddNameProblem(name) : "is not valid UTF-8";
    if (oddName !== null) {
      if (article) files.push({ file: name, refusal: nameRefusal(name, oddName) });
      else ignored.push(name);
      continue;
    }
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      if (article) files.push({ file: name, refusal: unreadable(name, error) });
      else ignored.push(name);
      continue;
    }
    if (!article || stats.isDirectory()) {
      ignored.push(stats.isDirectory() ? `${name}/` : name);
      continue;
    }
    if (stats.isSymbolicLink()) {
      files.push({ file: name, refusal: linkRefusal(name) });
      continue;
    }
    if (!stats.isFile()) {
      files.push({ file: name, refusal: notAFileRefusal(name, stats) });
      continue;
    }
    const read = readBounded(path, maxBytes);
    files.push(
      "bytes" in read ? { file: name, bytes: read.bytes } : { file: name, refusal: refusalOf(name, read, maxBytes) },
    );
  }
  return { files, ignored, manifest: readManifest(dir, maxBytes) };
}

/** What reading one file gave: its bytes, or why not. */
export type BoundedRead =
  | { bytes: Uint8Array }
  | { problem: "too-large"; size: number | null }
  | { problem: "link" }
  | { problem: "not-a-file"; stats: Stats }
  | { problem: "unreadable"; error: unknown };

/**
 * Reads at most `maxBytes` of a regular file through one file descriptor: never follows a link, never blocks on a
 * pipe, never reads more than `maxBytes + 1` bytes whatever `stat` says.
 */
export function readBounded(path: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return errorCode(error) === "ELOOP" ? { problem: "link" } : { problem: "unreadable", error };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: "not-a-file", stats };
    if (stats.size > maxBytes) return { problem: "too-large", size: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      // The file grew past its reported size (or reports none, like /proc): stop one byte over the limit.
      if (total > maxBytes) return { problem: "too-large", size: null };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: "unreadable", error };
  } finally {
    closeSync(fd);
  }
}

interface FolderEntry {
  /** The name, decoded from UTF-8 (with U+FFFD where it is not valid). */
  name: string;
  /** Whether the name on disk is valid UTF-8. */
  valid: boolean;
}

function listFolder(dir: string): FolderEntry[] {
  let stats: Stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new CorpusFolderError(`corpus: the folder "${dir}" does not exist. Check the path to the articles.`);
  }
  if (!stats.isDirectory()) {
    throw new CorpusFolderError(
      `corpus: "${dir}" is not a folder. Give the folder that holds the articles (.txt, .html).`,
    );
  }
  let raw: Buffer[];
  try {
    raw = readdirSync(dir, { encoding: "buffer" });
  } catch (error) {
    throw new CorpusFolderError(`corpus: the folder "${dir}" cannot be read (${errorMessage(error)}).`);
  }
  const strict = new TextDecoder("utf-8", { fatal: true });
  return raw
    .map((bytes): FolderEntry => {
      try {
        return { name: strict.decode(bytes), valid: true };
      } catch {
        return { name: new TextDecoder("utf-8").decode(bytes), valid: false };
      }
    })
    .sort((a, b) => compareCodePoints(a.name, b.name));
}

function readManifest(dir: string, maxBytes: number): Manifest {
  const path = join(dir, MANIFEST_FILE);
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return brokenManifest(`${MANIFEST_FILE} is a symbolic link, which is not followed`);
    if (!stats.isFile()) return brokenManifest(`${MANIFEST_FILE} is not a regular file`);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return EMPTY_MANIFEST;
    return brokenManifest(`${MANIFEST_FILE} cannot be read (${errorMessage(error)})`);
  }
  const read = readBounded(path, maxBytes);
  if (!("bytes" in read)) {
    if (read.problem === "too-large") return brokenManifest(`${MANIFEST_FILE} is larger than ${maxBytes} bytes`);
    if (read.problem === "unreadable")
      return brokenManifest(`${MANIFEST_FILE} cannot be read (${errorMessage(read.error)})`);
    return brokenManifest(`${MANIFEST_FILE} is not a regular file`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    return brokenManifest(`${MANIFEST_FILE} is not valid UTF-8`);
  }
  return parseManifest(text);
}

function brokenManifest(problem: string): Manifest {
  return { ...EMPTY_MANIFEST, fatal: `corpus: ${problem}. No metadata was applied; fix the file.` };
}

function refusalOf(file: string, read: Exclude<BoundedRead, { bytes: Uint8Array }>, maxBytes: number): Refusal {
  switch (read.problem) {
    case "too-large":
      return tooLargeRefusal(file, read.size, maxBytes);
    case "link":
      return linkRefusal(file);
    case "not-a-file":
      return notAFileRefusal(file, read.stats);
    case "unreadable":
      return unreadable(file, read.error);
  }
}

function linkRefusal(file: string): Refusal {
  return {
    file,
    code: "link",
    reason:
      `corpus: "${displayName(file)}" is a symbolic link; links are not followed, so a corpus cannot pull in files ` +
      "from elsewhere. Copy the article into the folder instead.",
  };
}

function notAFileRefusal(file: string, stats: Stats): Refusal {
  const kind = stats.isFIFO()
    ? "a named pipe (FIFO)"
    : stats.isSocket()
      ? "a socket"
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? "a device"
        : "not a regular file";
  return {
    file,
    code: "not-a-file",
    reason: `corpus: "${displayName(file)}" is ${kind}, not a regular file; only regular files are read. Remove it.`,
  };
}

function nameRefusal(file: string, problem: string): Refusal {
  return {
    file,
    code: "name",
    reason: `corpus: the file name "${displayName(file)}" ${problem}; it would print misleadingly in messages and in the explorer. Rename the file.`,
  };
}

function unreadable(file: string, error: unknown): Refusal {
  return {
    file,
    code: "unreadable",
    reason: `corpus: "${displayName(file)}" cannot be read (${errorMessage(error)}). Check its permissions.`,
  };
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
