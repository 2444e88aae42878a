/**
 * The extractor's fingerprint: what a cached extraction depends on besides the article itself. Computed at run time
 * from the files on disk (no build step to forget), deterministically: the hash of the package version, the Node
 * version (its Unicode tables drive the regular expressions), the lock file (dependency versions: the language
 * detector, the JSON Schema validator) and the bytes of every source and data file intake and extraction read,
 * listed in a fixed order. Any edit to one of them makes every cache entry stale; a `touch` does not.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, from this file's place in it (`src/cache/`). */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Files and folders (read recursively) whose content can change what one article gives: the intake, the extractor
 * and what it imports (model, knowledge), the knowledge and calibration data, the per-article work and the cache
 * codec of the build. The calibration table is read only when the graph is aggregated, which every build redoes,
 * but it is included so that a future per-article use of it can never serve stale results.
 */
export const FINGERPRINT_INPUTS: readonly string[] = [
  "package-lock.json",
  "src/corpus",
  "src/extract",
  "src/knowledge",
  "src/model",
  "src/cache/article-result.ts",
  "src/cli/article-work.ts",
  "graph-data/knowledge",
  "graph-data/calibration",
];

/** Bumped when the layout of a cache entry changes (see `store.ts`). */
export const CACHE_FORMAT = 1;

/** The fingerprint of the extractor at `root` (default: this checkout), as 64 hex digits. */
export function extractorFingerprint(root: string = ROOT): string {
  const hash = createHash("sha256");
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: unknown };
  hash.update(`entente ${String(manifest.version)}\0node ${process.version}\0cache format ${CACHE_FORMAT}\0`);
  for (const input of FINGERPRINT_INPUTS) {
    for (const file of filesUnder(root, input)) {
      const bytes = readFileSync(join(root, file));
      // Name and length before the bytes, so no two different trees can give the same stream.
      hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    }
  }
  return hash.digest("hex");
}

/** Every regular file at or under `path` (relative to `root`), sorted; nothing when it does not exist. */
function filesUnder(root: string, path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(join(root, path)).isDirectory();
  } catch {
    return [];
  }
  if (!isFolder) return [path];
  return readdirSync(join(root, path), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
