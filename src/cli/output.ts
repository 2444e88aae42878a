/**
 * The one way the CLI writes its results, and the exit codes it ends with. Every output (a graph, a GEXF file,
 * stdout) goes through here, so a full disk, a read-only folder, a folder given as `--out` or an empty `--out` all
 * end the same way: one plain sentence naming the file and the fix, no stack trace, exit code 2.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../files/atomic-write.ts";

/** Exit codes of every `entente` command (documented in the README). */
export const EXIT = {
  /** Everything was read and written. */
  ok: 0,
  /** Some input was refused (an article, the metadata, a graph file); what could be done was done. */
  inputRefused: 1,
  /** The command line was wrong, or the output could not be written. */
  usageOrOutput: 2,
  /** A bug: an unexpected exception (please report it with the message). */
  internal: 70,
} as const;

/** A command-line option is wrong (exit code 2); the message names the option and what it accepts. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An output could not be written; the message names the file, the cause and the fix. */
export class OutputError extends Error {
  override name = "OutputError";
}

/** Checks an output path before any work is done, so a bad `--out` fails in a second, not after the whole build. */
export function checkOutputPath(path: string, example = "graph.json", option = "--out"): void {
  if (path.trim() === "") throw new OutputError(`${option} is empty: give the path of a file to write.`);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Missing is fine (it will be created); other problems surface when writing, with their cause.
  }
  if (isFolder)
    throw new OutputError(`${path}: is a folder; ${option} takes a file path (such as ${join(path, example)}).`);
}

/** Writes `data` to `path` atomically; any failure becomes an `OutputError` with the cause in plain words. */
export async function writeOutputFile(path: string, data: string, example = "graph.json"): Promise<void> {
  checkOutputPath(path, example);
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw new OutputError(
      `${path}: cannot write the output (${describeWriteError(error)}). Nothing was written; the previous file, if any, is intact.`,
    );
  }
}

/** A file system error in words a user can act on. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOSPC":
      return "the disk is full: free some space or write elsewhere";
    case "EDQUOT":
      return "the disk quota is exceeded: free some space or write elsewhere";
    case "EROFS":
      return "the file system is read-only: write elsewhere";
    case "EACCES":
    case "EPERM":
      return "permission denied: write to a folder you own";
    case "EISDIR":
      return "it is a folder: give a file path";
    case "ENOTDIR":
    case "EEXIST": // from creating the parent folders: a file stands where a folder should be
      return "a parent in the path is a file, not a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Makes every command end cleanly when stdout fails, whatever printed to it (a report, a GEXF file): a reader that
 * stopped early (`entente eval | head`) ends the process quietly with 0, any other failure (a full disk) with one
 * sentence and 2. Installed once by `main.ts`, before any command runs.
 */
export function guardStdout(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    process.stderr.write(`entente: stdout: cannot write the output (${describeWriteError(error)}).\n`);
    process.exit(EXIT.usageOrOutput);
  });
}

/**
 * Writes `data` to stdout and resolves once it is handed to the system. A reader that stops early (`| head`)
 * closes the pipe: that is the reader's choice, not an error, so the process ends quietly with code 0.
 */
export function writeStdout(data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT.ok);
      reject(new OutputError(`stdout: cannot write the output (${describeWriteError(error)}).`));
    };
    process.stdout.on("error", onError);
    process.stdout.write(data, (error) => {
      if (error) return onError(error);
      process.stdout.removeListener("error", onError);
      resolve();
    });
  });
}

/** The exit code for an error a command caught: output and usage problems are 2, refused input is 1. */
export function exitCodeFor(error: Error): number {
  return error instanceof OutputError || error instanceof UsageError ? EXIT.usageOrOutput : EXIT.inputRefused;
}
