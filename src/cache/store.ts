/**
 * The per-article extraction cache on disk (`.entente-cache/`): one file per entry, content-addressed, each written
 * atomically (`src/files/atomic-write.ts`: temporary file, fsync, rename), so a build killed at any point leaves every
 * entry either whole or absent. Plain files rather than SQLite: no native binding to build on CI or on a user's
 * machine, and rename(2) already gives the crash consistency a database would.
 *
 * An entry is found by its address, the SHA-256 of its key (the article file's name, the SHA-256 of its bytes and
 * its manifest entry), in a folder named by the address' first two digits. Its file is one header line of JSON,
 * then the payload:
 *
 *     {"entente-cache":1,"key":"…","fingerprint":"…","payload":{"bytes":1234,"sha256":"…"}}\n<payload, UTF-8>
 *
 * Nothing read back is trusted: the key must be the one looked up (else the entry is corrupt), the fingerprint the
 * extractor's (else it is stale), and the payload must have the recorded length and SHA-256 (else corrupt). The
 * caller rebuilds both kinds and writes the fresh result over them.
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../files/atomic-write.ts";
import { readBounded } from "../corpus/read-folder.ts";
import { CACHE_FORMAT } from "./fingerprint.ts";

/** The cache folder's name when it sits in the corpus folder (the default). */
export const CACHE_FOLDER = ".entente-cache";
/** Entry files end so; anything else in the cache folder is a temporary file or foreign. */
const ENTRY_SUFFIX = ".entry";
/** Largest entry read back: a 5 MiB article (the intake's limit) gives a few times that in sentences and evidence. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Temporary files of a killed build older than this are removed by `prune`; younger ones may be another build's. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** The cache folder cannot be used at all (a link, a file, no permission); the build goes on without a cache. */
export class CacheFolderError extends Error {
  override name = "CacheFolderError";
}

/** What a lookup found. `corrupt` and `stale` entries exist but must be rebuilt. */
export type Lookup =
  { status: "hit"; payload: string } | { status: "miss" } | { status: "stale" } | { status: "corrupt"; reason: string };

interface Header {
  "entente-cache": number;
  key: string;
  fingerprint: string;
  payload: { bytes: number; sha256: string };
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A cache folder bound to one extractor fingerprint. */
export class EntryStore {
  readonly dir: string;
  readonly fingerprint: string;

  private constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /**
   * Opens (creating it when missing) the cache folder `dir`. Throws `CacheFolderError` when it is a symbolic link
   * (never followed: entries written through a link planted in a shared corpus would land elsewhere) or not a folder.
   */
  static open(dir: string, fingerprint: string): EntryStore {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new CacheFolderError(`cache: the folder "${dir}" cannot be created (${messageOf(error)})`);
    }
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink())
      throw new CacheFolderError(`cache: "${dir}" is a symbolic link, which is not followed; remove it`);
    if (!stats.isDirectory()) throw new CacheFolderError(`cache: "${dir}" is not a folder; remove it`);
    return new EntryStore(dir, fingerprint);
  }

  /** The address of a key: 64 hex digits. */
  static address(key: string): string {
    return sha256(key);
  }

  private pathOf(address: string): string {
    return join(this.dir, address.slice(0, 2), `${address}${ENTRY_SUFFIX}`);
  }

  /** Reads the entry of `key` and checks it (see the file comment). Never throws. */
  read(key: string, address: string = EntryStore.address(key)): Lookup {
    const read = readBounded(this.pathOf(address), MAX_ENTRY_BYTES);
    if (!("bytes" in read)) {
      if (read.problem === "unreadable" && codeOf(read.error) === "ENOENT") return { status: "miss" };
      const why =
        read.problem === "too-large"
          ? `it is over ${MAX_ENTRY_BYTES} bytes`
          : read.problem === "unreadable"
            ? `it cannot be read (${messageOf(read.error)})`
            : read.problem === "link"
              ? "it is a symbolic link"
              : "it is not a regular file";
      return { status: "corrupt", reason: why };
    }
    const bytes = read.bytes;
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return { status: "corrupt", reason: "it has no header line (a truncated write?)" };
    let header: Header;
    try {
      header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, newline))) as Header;
    } catch {
      return { status: "corrupt", reason: "its header is not valid JSON" };
    }
    if (typeof header !== "object" || header === null || header["entente-cache"] !== CACHE_FORMAT)
      return { status: "stale" };
    if (header.key !== key) return { status: "corrupt", reason: "it holds another article's key" };
    if (header.fingerprint !== this.fingerprint) return { status: "stale" };
    const payload = bytes.subarray(newline + 1);
    if (header.payload?.bytes !== payload.length || header.payload.sha256 !== sha256(payload))
      return { status: "corrupt", reason: "its checksum does not match its content" };
    try {
      return { status: "hit", payload: new TextDecoder("utf-8", { fatal: true }).decode(payload) };
    } catch {
      return { status: "corrupt", reason: "its content is not valid UTF-8" };
    }
  }

  /** Writes the entry of `key` atomically; rejects with the file system's error (the entry is then absent or old). */
  async write(key: string, payload: string, address: string = EntryStore.address(key)): Promise<void> {
    const folder = join(this.dir, address.slice(0, 2));
    mkdirSync(folder, { recursive: true });
    // A sub-folder swapped for a link would send the write elsewhere.
    if (!lstatSync(folder).isDirectory()) throw new CacheFolderError(`cache: "${folder}" is not a folder; remove it`);
    const body = Buffer.from(payload, "utf8");
    const header: Header = {
      "entente-cache": CACHE_FORMAT,
      key,
      fingerprint: this.fingerprint,
      payload: { bytes: body.length, sha256: sha256(body) },
    };
    await writeFileAtomic(this.pathOf(address), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
  }

  /**
   * Removes the entries whose address is not in `keep` (articles removed or changed since), temporary files left by
   * a killed build, and folders left empty (the cache folder itself too: a build whose every write failed, on a full
   * disk, leaves nothing behind); returns how many entries were removed. Foreign files and folders are left alone.
   */
  prune(keep: ReadonlySet<string>, now: number = Date.now()): number {
    let removed = 0;
    for (const folder of safeList(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      const path = join(this.dir, folder);
      if (!isFolder(path)) continue;
      for (const name of safeList(path)) {
        const file = join(path, name);
        if (name.endsWith(ENTRY_SUFFIX)) {
          if (keep.has(name.slice(0, -ENTRY_SUFFIX.length))) continue;
          rmSync(file, { force: true });
          removed++;
        } else if (name.startsWith(".") && name.endsWith(".tmp")) {
          try {
            if (now - statSync(file).mtimeMs > STALE_TEMPORARY_MS) rmSync(file, { force: true });
          } catch {
            // Gone meanwhile: another build finished its write.
          }
        }
      }
      removeIfEmpty(path);
    }
    removeIfEmpty(this.dir);
    return removed;
  }
}

/** Removes a folder when it is empty (rmdir(2) refuses otherwise, which is the check). */
function removeIfEmpty(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // Not empty, or gone: either way nothing to do.
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
