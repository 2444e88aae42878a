/**
 * Fetching and validating the graph file, with errors that name the file and the fix. Messages are shown on the
 * page and logged to the console by the caller.
 */
import { graphFromData, GraphFileError, parseGraphData } from "../model/graph-io.ts";
import type { EntenteGraph } from "../model/types.ts";
import { t } from "./i18n/index.ts";
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
    return { url: fallback, notice: t("load.badAddress", { value: requested }) };
  }
  // Only same-origin files: a shared link must not make the page fetch someone else's server.
  if (url.origin !== fallback.origin)
    return {
      url: fallback,
      notice: t("load.otherSite", { value: requested }),
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
    throw new GraphFileError(t("load.fetchFailed", { file: name, error: (error as Error).message }));
  }
  if (!response.ok)
    throw new GraphFileError(
      response.status === 404
        ? t("load.missing", { file: name, path: url.pathname })
        : t("load.httpError", { file: name, status: `${response.status} ${response.statusText}`.trim() }),
    );
  const data = parseGraphData(await response.text(), t("load.graphFile", { file: name }));
  // A summary: its sentences are fetched from the shard folder beside it when a panel shows them.
  const shards = data.attributes!.evidenceShards;
  if (shards !== undefined) registerEvidenceShards(shards, url, fetcher);
  return graphFromData(data);
}
