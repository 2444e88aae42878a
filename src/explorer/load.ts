/**
 * Fetching and validating the graph file, with errors that name the file and the fix. Messages are shown on the
 * page and logged to the console by the caller.
 */
import { graphFromData, GraphFileError, parseGraphData } from "../model/graph-io.ts";
import type { EntenteGraph } from "../model/types.ts";
import { registerEvidenceShards } from "./evidence-source.ts";

/**
 * Where the graph comes from: `./graph.json` next to the page, or a same-origin `?graph=` path (tests, demos).
 * `notice` explains a refused `?graph=` value.
 */
export function graphUrl(location: Location | URL, baseURI: string): { url: URL; notice: string | null } {
  const requested = new URL(location.href).searchParams.get("graph");
  const fallback = new URL("graph.json", baseURI);
  if (requested === null || requested === "") return { url: fallback, notice: null };
  let url: URL;
  try {
    url = new URL(requested, baseURI);
  } catch {
    return { url: fallback, notice: `Ignored "graph=${requested}" in the URL: not a valid address.` };
  }
  // Only same-origin files: a shared link must not make the page fetch someone else's server.
  if (url.origin !== fallback.origin)
    return {
      url: fallback,
      notice: `Ignored "graph=${requested}" in the URL: only graph files from this site can be opened.`,
    };
  return { url, notice: null };
}

/**
 * Loads a graph file in either form (single file, or summary whose evidence shards are fetched later, see
 * `evidence-source.ts`); throws a `GraphFileError` saying what went wrong with which file.
 */
export async function loadGraph(url: URL, fetcher: typeof fetch = fetch): Promise<EntenteGraph> {
  const name = url.pathname.split("/").pop() || url.pathname;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new GraphFileError(
      `Could not fetch the graph file "${name}" (${(error as Error).message}). Is the server running?`,
    );
  }
  if (!response.ok)
    throw new GraphFileError(
      response.status === 404
        ? `The graph file "${name}" is missing (HTTP 404 at ${url.pathname}). Build it with \`npx entente build\`.`
        : `Could not load the graph file "${name}": HTTP ${response.status} ${response.statusText}.`,
    );
  const data = parseGraphData(await response.text(), `graph file "${name}"`);
  // A summary: its sentences are fetched from the shard folder beside it when a panel shows them.
  const shards = data.attributes!.evidenceShards;
  if (shards !== undefined) registerEvidenceShards(shards, url, fetcher);
  return graphFromData(data);
}
