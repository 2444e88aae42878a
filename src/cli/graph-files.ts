/**
 * A graph on disk in either form: `graph.json` alone, or a summary with its evidence shards in `graph.evidence/`
 * beside it. Reading merges the shards back (checked), so every command sees the whole graph; writing puts the shards
 * first and the summary last, each atomically, and removes the old shards only once the new summary is in place: a
 * build killed at any point leaves the previous graph readable.
 */
import { readdirSync, readFileSync, rmdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EvidenceShardError, evidenceFolderName, mergeEvidence, type ShardFile } from "../model/evidence-shards.ts";
import { graphFromData, GraphFileError, parseGraphData } from "../model/graph-io.ts";
import type { EntenteGraph } from "../model/types.ts";
import { writeFileAtomic } from "../files/atomic-write.ts";
import { describeWriteError, OutputError, writeOutputFile } from "./output.ts";

/** The shard folder beside a graph file: `dir/graph.json` → `dir/graph.evidence`. */
export function evidenceFolderOf(graphPath: string): string {
  return join(dirname(graphPath), evidenceFolderName(basename(graphPath)));
}

/**
 * The whole graph from the text of the graph file at `path` (already read by the caller), its shards read from
 * beside it when it is a summary. Throws a `GraphFileError` naming the file, or the shard, that is wrong.
 */
export function parseGraphAt(text: string, path: string): EntenteGraph {
  const data = parseGraphData(text, path);
  const index = data.attributes!.evidenceShards;
  if (index === undefined) return graphFromData(data);
  const folder = join(dirname(path), index.folder);
  try {
    return graphFromData(
      mergeEvidence(data, (entry) => {
        const file = join(folder, entry.file);
        try {
          return readFileSync(file);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          throw new EvidenceShardError(
            `${path}: evidence shard ${file} cannot be read (${code === "ENOENT" ? "missing" : (error as Error).message}). Rebuild the graph with \`npx entente build\`.`,
          );
        }
      }),
    );
  } catch (error) {
    if (error instanceof EvidenceShardError)
      throw new GraphFileError(error.message.startsWith(path) ? error.message : `${path}: ${error.message}`);
    throw error;
  }
}

/**
 * Writes a graph in the form `serializeGraphFiles` gave: the shards (named by their checksum, so never over a file
 * the previous summary reads), then the summary or single file, then removes the shards nothing reads any more.
 * Throws an `OutputError` when something cannot be written; the previous graph is then intact.
 */
export async function writeGraphFiles(out: string, files: { graph: string; shards: ShardFile[] }): Promise<void> {
  const folder = evidenceFolderOf(out);
  for (const shard of files.shards) {
    try {
      await writeFileAtomic(join(folder, shard.file), shard.text);
    } catch (error) {
      throw new OutputError(
        `${join(folder, shard.file)}: cannot write the evidence shard (${describeWriteError(error)}). The previous graph is intact.`,
      );
    }
  }
  await writeOutputFile(out, files.graph);
  removeStaleShards(folder, new Set(files.shards.map((s) => s.file)));
}

/** Shard files (by their name pattern) that the new graph does not list; the folder too when left empty. */
function removeStaleShards(folder: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // no folder: nothing to remove
  }
  for (const name of names)
    if (/^[0-9]{3,}-[0-9a-f]{12}\.json$/.test(name) && !keep.has(name)) {
      try {
        unlinkSync(join(folder, name));
      } catch {
        // A stale shard that cannot be removed wastes space but misleads nothing: the summary names its own.
      }
    }
  if (keep.size === 0)
    try {
      rmdirSync(folder);
    } catch {
      // not empty (other files of the user's) or already gone
    }
}
