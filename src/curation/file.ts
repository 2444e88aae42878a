/**
 * Node only: reading `curation.json` (a missing file is an empty curation: no decisions) and writing it atomically.
 * The browser never imports this module; it goes through `index.ts` and the server's endpoint.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../files/atomic-write.ts";
import type { EntenteGraph } from "../model/types.ts";
import { applyCuration } from "./apply.ts";
import { describeDecision, emptyCuration, serializeCuration } from "./edit.ts";
import { CurationFileError, parseCuration } from "./schema.ts";
import { CURATION_FILE, type Curation } from "./types.ts";

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
export async function writeCurationFile(path: string, curation: Curation): Promise<void> {
  await writeFileAtomic(path, serializeCuration(curation));
}

/** The default curation file of a build: `curation.json` beside the graph it writes. */
export function defaultCurationPath(graphPath: string): string {
  return join(dirname(graphPath), CURATION_FILE);
}

/**
 * The build's curation file: `null` when there is none at the default place; throws `CurationFileError` for an
 * invalid file, or a missing one when `required` (a path the user named). Read before extraction, so a broken file
 * fails fast.
 */
export function readBuildCuration(path: string, required: boolean): Curation | null {
  if (!existsSync(path)) {
    if (required) throw new CurationFileError(`${path}: no such curation file`);
    return null;
  }
  return readCurationFile(path);
}

/** The build's curation step: the curated graph and the summary lines (decisions applied, each stale one with its reason). */
export function applyBuildCuration(
  graph: EntenteGraph,
  curation: Curation,
  path: string,
): { graph: EntenteGraph; lines: string[] } {
  const result = applyCuration(graph, curation);
  const lines = [
    `  curation: ${result.applied.length} of ${curation.decisions.length} decisions applied, ${result.stale.length} stale (${path})`,
  ];
  for (const s of result.stale)
    lines.push(`    - stale decisions[${s.index}] ${describeDecision(s.decision)}: ${s.reason}`);
  return { graph: result.graph, lines };
}
