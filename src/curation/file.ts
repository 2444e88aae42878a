/**
 * Node only: reading `curation.json` (a missing file is an empty curation: no decisions) and writing it atomically.
 * The browser never imports this module; it goes through `index.ts` and the server's endpoint.
 */
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "../cli/atomic-write.ts";
import { emptyCuration, serializeCuration } from "./edit.ts";
import { CurationFileError, parseCuration } from "./schema.ts";
import type { Curation } from "./types.ts";

/** Reads and validates a curation file; a missing file gives an empty curation. Throws `CurationFileError` naming the file. */
export function readCurationFile(path: string): Curation {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyCuration();
    throw new CurationFileError(`${path}: cannot be read (${(error as Error).message})`);
  }
  return parseCuration(text, path);
}

/** Writes the curation atomically (a reader never sees half a file), in its canonical form. */
export function writeCurationFile(path: string, curation: Curation): void {
  writeFileAtomic(path, serializeCuration(curation));
}
