/**
 * The build's first step: list a corpus folder and read its article files' bytes, with exactly the defences and the
 * messages of `readCorpusFolder` (`src/corpus/read-folder.ts`: links refused unfollowed, only regular files opened,
 * reads bounded, odd names refused, the manifest read and validated), but without admitting the files: decoding,
 * checks and language detection run per file in the workers (`article-work.ts`), after the cache was asked.
 *
 * It mirrors the first half of `readCorpusFolder`, whose pieces are private to `src/corpus/`;
 * `tests/unit/cli/build-corpus.test.ts` holds the two to the same verdicts on a hostile folder. The cache folder
 * (`.entente-cache/`) is Entente's own and is not listed among the ignored files.
 */
import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { CACHE_FOLDER } from "../cache/store.ts";
import {
  compareCodePoints,
  DEFAULT_INTAKE_OPTIONS,
  displayName,
  isArticleFileName,
  oddNameProblem,
  tooLargeRefusal,
  type CorpusFile,
  type Refusal,
} from "../corpus/intake.ts";
import { EMPTY_MANIFEST, MANIFEST_FILE, parseManifest, type Manifest } from "../corpus/manifest.ts";
import { CorpusFolderError, readBounded, type BoundedRead } from "../corpus/read-folder.ts";

/** A corpus folder as read from disk, before intake. */
export interface CorpusFiles {
  /** The article files (`isArticleFileName`) in code-point order of their names: bytes, or a refusal already. */
  files: CorpusFile[];
  /** Other entries, for the notice (folders with a trailing `/`). */
  ignored: string[];
  manifest: Manifest;
}

/**
 * Lists `dir` and reads every article file (at most `maxBytes` each) and `metadata.json`.
 * @throws CorpusFolderError when the folder itself cannot be read
 */
export function readCorpusFiles(dir: string, maxBytes: number = DEFAULT_INTAKE_OPTIONS.maxBytes): CorpusFiles {
  const files: CorpusFile[] = [];
  const ignored: string[] = [];
  for (const { name, valid } of listFolder(dir)) {
    if (name === MANIFEST_FILE || name === CACHE_FOLDER) continue;
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

interface FolderEntry {
  name: string;
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
    throw new CorpusFolderError(`corpus: "${dir}" is not a folder. Give the folder that holds the .txt articles.`);
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
