/**
 * Atomic file output: the data goes to a temporary file beside the target, is flushed to disk, then renamed over the
 * target, so a reader (or a crash, a full disk, a Ctrl-C) never leaves half a file where the target was.
 *
 * The temporary file is created exclusively (`O_EXCL`: a file or link planted at its name is never followed or
 * overwritten) under an unpredictable name (random bytes, not the process id), flushed with `fsync` before the
 * rename and the folder after it, and removed on every failure, and on SIGINT, SIGTERM or SIGHUP during the write
 * (the signal is then re-raised, so the process still ends as the signal asks).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const CLEAN_UP_ON: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** Temporary files being written now; the signal handler removes them. */
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  for (const s of CLEAN_UP_ON) process.removeListener(s, onSignal);
  // Re-raise with the default disposition, so the exit status says which signal ended the process.
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (pending.size === 0) for (const s of CLEAN_UP_ON) process.on(s, onSignal);
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  // Listeners only while a write is under way: otherwise Ctrl-C must stop a long build at once, as usual.
  if (pending.size === 0) for (const s of CLEAN_UP_ON) process.removeListener(s, onSignal);
}

/** The temporary file's name: hidden, beside the target, unpredictable. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
}

/**
 * Writes `data` to `path` atomically, creating missing parent folders. Rejects with the file system's error
 * (`code` set: ENOSPC, EROFS, EACCES, EISDIR…) after removing the temporary file; the target is then untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Same folder as the target: rename(2) is atomic only within one file system.
  const temporary = temporaryPathFor(path);
  track(temporary);
  try {
    const file = await open(temporary, "wx", 0o666);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
  await syncFolder(dir);
}

/** Flushes the folder entry of the rename; some file systems refuse to open a folder for that, which is harmless. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const folder = await open(dir, "r");
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Best effort: the data itself is already on disk.
  }
}
