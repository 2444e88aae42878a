/**
 * Evidence sentences of a sharded graph, fetched when a panel needs them. The page loads the summary (evidence as
 * `{ article, start, date }` references: counts, dates and filters work at once); a panel showing sentences asks
 * `resolveEvidence`, which fetches the edge's shard (relative to the graph file, so the site works from any folder,
 * offline), checks it against the summary (checksum, schema, counts) and caches it. A single-file graph never fetches:
 * its evidence is already whole.
 */
import { EvidenceShardError, parseShard, shardIndexOf, shardLabel } from "../model/evidence-shards.ts";
import type { EntenteGraph, Evidence, EvidenceShardIndex } from "../model/types.ts";
import { t } from "./i18n/index.ts";

/** Where the current page's shards are; one graph per page, registered by `loadGraph`. */
interface ShardSource {
  index: EvidenceShardIndex;
  /** URL of the shard folder, ending in "/". */
  folder: URL;
  fetcher: typeof fetch;
  /** Each shard's evidence by edge key, once fetched (a failed fetch is not kept: the next attempt retries). */
  shards: Map<number, Promise<Map<string, Evidence[]>>>;
  /** Every shard's content, once all are in (a whole-graph export, or edges the review re-keyed). */
  all: Promise<AllEvidence> | null;
}

/** Every edge's evidence by edge key, and every sentence by article and start. */
interface AllEvidence {
  byEdge: Map<string, Evidence[]>;
  bySentence: Map<string, Evidence>;
}

let source: ShardSource | null = null;

/** Called by `loadGraph` for a summary: where its shards are fetched from. */
export function registerEvidenceShards(index: EvidenceShardIndex, graphUrl: URL, fetcher: typeof fetch = fetch): void {
  source = {
    index,
    folder: new URL(`${index.folder}/`, graphUrl),
    // Called as a plain function: the browser's fetch refuses to run as a method of another object.
    fetcher: (input, init) => fetcher(input, init),
    shards: new Map(),
    all: null,
  };
}

/** Whether every item carries its sentence (a single-file graph, or evidence already resolved). */
export function isWhole(evidence: readonly Evidence[]): boolean {
  return evidence.every((e) => typeof e.sentence === "string");
}

const sentenceKey = (e: Pick<Evidence, "article" | "start">) => `${e.article}\u0000${e.start}`;

async function fetchShard(current: ShardSource, shard: number): Promise<Map<string, Evidence[]>> {
  const entry = current.index.files[shard];
  const label = shardLabel(current.index, shard);
  if (entry === undefined) throw new EvidenceShardError(t("evidence.noShard", { shard: label }));
  let response: Response;
  try {
    response = await current.fetcher(new URL(entry.file, current.folder));
  } catch (error) {
    throw new EvidenceShardError(t("evidence.fetchFailed", { shard: label, error: (error as Error).message }));
  }
  if (!response.ok)
    throw new EvidenceShardError(
      response.status === 404
        ? t("evidence.shardMissing", { shard: label, folder: current.index.folder })
        : t("evidence.shardHttp", { shard: label, status: `${response.status} ${response.statusText}`.trim() }),
    );
  return parseShard(new Uint8Array(await response.arrayBuffer()), current.index, shard);
}

function shardOnce(current: ShardSource, shard: number): Promise<Map<string, Evidence[]>> {
  let pending = current.shards.get(shard);
  if (pending === undefined) {
    pending = fetchShard(current, shard);
    current.shards.set(shard, pending);
    pending.catch(() => current.shards.delete(shard));
  }
  return pending;
}

/** Fetches every shard (for a whole-graph export), `onProgress(done, total)` after each. */
function loadAllEvidence(onProgress?: (done: number, total: number) => void): Promise<AllEvidence> {
  const current = source;
  if (current === null) return Promise.resolve({ byEdge: new Map(), bySentence: new Map() });
  if (current.all !== null) {
    onProgress?.(current.index.files.length, current.index.files.length);
    return current.all;
  }
  const total = current.index.files.length;
  let done = 0;
  onProgress?.(0, total);
  const all = Promise.all(
    current.index.files.map((_, shard) =>
      shardOnce(current, shard).then((edges) => {
        onProgress?.(++done, total);
        return edges;
      }),
    ),
  ).then((shards) => {
    const byEdge = new Map<string, Evidence[]>();
    const bySentence = new Map<string, Evidence>();
    for (const edges of shards)
      for (const [edge, items] of edges) {
        byEdge.set(edge, items);
        for (const e of items) bySentence.set(sentenceKey(e), e);
      }
    return { byEdge, bySentence };
  });
  current.all = all;
  all.catch(() => (current.all = null));
  return all;
}

/**
 * The whole evidence items for `references` of edge `edge`, in the same order. Fetches the edge's shard; an edge the
 * review re-keyed or merged (its key is not the summary's) finds its sentences among all shards, by article and start
 * (a sentence supporting several edges may then show another edge's rule).
 */
export async function resolveEvidence(edge: string, references: readonly Evidence[]): Promise<Evidence[]> {
  if (isWhole(references)) return [...references];
  const current = source;
  if (current === null) throw new EvidenceShardError(t("evidence.noShards", { edge }));
  const items = (await shardOnce(current, shardIndexOf(edge, current.index.files.length))).get(edge);
  const own = new Map((items ?? []).map((e) => [sentenceKey(e), e]));
  // Items with a sentence already (from an article added in this page) stay as they are.
  const missing = (r: Evidence) => typeof r.sentence !== "string" && !own.has(sentenceKey(r));
  const others = references.some(missing) ? (await loadAllEvidence()).bySentence : own;
  return references.map((r) => (typeof r.sentence === "string" ? r : found(own, others, edge, r)));
}

function found(
  own: ReadonlyMap<string, Evidence>,
  others: ReadonlyMap<string, Evidence>,
  edge: string,
  reference: Evidence,
): Evidence {
  const item = own.get(sentenceKey(reference)) ?? others.get(sentenceKey(reference));
  if (item === undefined)
    throw new EvidenceShardError(
      t("evidence.sentenceMissing", { edge, start: String(reference.start), article: reference.article }),
    );
  return item;
}

/**
 * A copy of `graph` with every edge's evidence whole, for exports that write every sentence (GEXF). The graph itself
 * is never changed. A single-file graph is returned as is.
 */
export async function withWholeEvidence(
  graph: EntenteGraph,
  onProgress?: (done: number, total: number) => void,
): Promise<EntenteGraph> {
  let whole = true;
  graph.forEachEdge((_edge, attributes) => {
    if (whole && !isWhole(attributes.evidence)) whole = false;
  });
  if (whole) return graph;
  const all = await loadAllEvidence(onProgress);
  const copy = graph.copy();
  // Whole now: no longer a summary.
  copy.removeAttribute("evidenceShards");
  copy.forEachEdge((edge, attributes) => {
    const own = new Map((all.byEdge.get(edge) ?? []).map((e) => [sentenceKey(e), e]));
    const evidence = attributes.evidence.map((r) =>
      typeof r.sentence === "string" ? r : found(own, all.bySentence, edge, r),
    );
    copy.replaceEdgeAttributes(edge, { ...attributes, evidence });
  });
  return copy;
}
