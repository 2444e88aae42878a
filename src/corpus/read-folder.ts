/**
 * Reads a corpus folder from disk and hands its files to the pure intake (`intake.ts`). The only corpus module that
 * touches `node:fs`: it lists the folder (not recursively), refuses oversized files before reading them, and turns
 * I/O failures into refusals so one unreadable file never stops the others.
 */
import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import {
  admitCorpus,
  compareCodePoints,
  ignoredFilesNotice,
  isArticleFileName,
  resolveIntakeOptions,
  tooLargeRefusal,
  type CorpusFile,
  type CorpusReadResult,
  type IntakeOptions,
} from "./intake.ts";
import { EMPTY_MANIFEST, MANIFEST_FILE, parseManifest, type Manifest } from "./manifest.ts";

export type { CorpusReadResult } from "./intake.ts";

/** The folder itself cannot be read (missing, not a folder, no permission). */
export class CorpusFolderError extends Error {
  override name = "CorpusFolderError";
}

/**
 * Read every `*.txt` file of `dir` (and `metadata.json` when present) and admit or refuse each.
 * Throws `CorpusFolderError` only when the folder itself is unusable; everything else is in the result.
 */
export function readCorpusFolder(dir: string, options: Partial<IntakeOptions> = {}): CorpusReadResult {
  const opts = resolveIntakeOptions(options);
  const names = listFolder(dir);

  const files: CorpusFile[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    if (name === MANIFEST_FILE) continue;
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (isArticleFileName(name)) files.push({ file: name, refusal: unreadable(name, error) });
      else ignored.push(name);
      continue;
    }
    if (!isArticleFileName(name) || !stats.isFile()) {
      ignored.push(stats.isDirectory() ? `${name}/` : name);
      continue;
    }
    // Checked on the size the file system reports, so a huge file is never loaded into memory.
    if (stats.size > opts.maxBytes) {
      files.push({ file: name, refusal: tooLargeRefusal(name, stats.size, opts.maxBytes) });
      continue;
    }
    try {
      files.push({ file: name, bytes: readFileSync(path) });
    } catch (error) {
      files.push({ file: name, refusal: unreadable(name, error) });
    }
  }

  const manifest = readManifest(dir, opts.maxBytes);
  const result = admitCorpus(files, manifest, opts);
  if (ignored.length > 0) result.notices.unshift(ignoredFilesNotice(ignored));
  return result;
}

function listFolder(dir: string): string[] {
  let stats: Stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new CorpusFolderError(`corpus: the folder "${dir}" does not exist. Check the path to the articles.`);
  }
  if (!stats.isDirectory()) {
    throw new CorpusFolderError(`corpus: "${dir}" is not a folder. Give the folder that holds the .txt articles.`);
  }
  try {
    return readdirSync(dir).sort(compareCodePoints);
  } catch (error) {
    throw new CorpusFolderError(`corpus: the folder "${dir}" cannot be read (${errorMessage(error)}).`);
  }
}

function readManifest(dir: string, maxBytes: number): Manifest {
  const path = join(dir, MANIFEST_FILE);
  let bytes: Uint8Array;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return brokenManifest(`${MANIFEST_FILE} is not a file`);
    if (stats.size > maxBytes) return brokenManifest(`${MANIFEST_FILE} is larger than ${maxBytes} bytes`);
    bytes = readFileSync(path);
  } catch (error) {
    if (isMissing(error)) return EMPTY_MANIFEST;
    return brokenManifest(`${MANIFEST_FILE} cannot be read (${errorMessage(error)})`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return brokenManifest(`${MANIFEST_FILE} is not valid UTF-8`);
  }
  return parseManifest(text);
}

function brokenManifest(problem: string): Manifest {
  return { ...EMPTY_MANIFEST, fatal: `corpus: ${problem}. No metadata was applied; fix the file.` };
}

function unreadable(file: string, error: unknown) {
  return {
    file,
    code: "unreadable" as const,
    reason: `corpus: "${file}" cannot be read (${errorMessage(error)}). Check its permissions.`,
  };
}

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ENOENT";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
