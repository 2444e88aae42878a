/**
 * Evidence on demand: splitting a graph's evidence out of `graph.json` into shard files beside it, and merging it
 * back, checked. The summary keeps one reference per evidence item, `{ article, start, date }`, so counts, dates, the
 * time filter and per-month tallies work from the summary alone; sentences, their ends and rules wait in the shards.
 *
 * Layout: `graph.json` (the summary) and `graph.evidence/NNN-<hash>.json`. Edge `key` goes to shard
 * `fnv1a(key) mod count`; each shard lists its edges in the graph's edge order. A shard's file name carries the start
 * of its SHA-256, so a rebuild writes new shards beside the old ones and the old summary stays readable until the new
 * one replaces it (`cli/graph-files.ts`). Pure: no file system, runs in Node and in the browser.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { assertEvidenceShard, GraphSchemaError } from "./schema.ts";
import type {
  EntenteGraph,
  Evidence,
  EvidenceShardEntry,
  EvidenceShardIndex,
  SerializedEntenteGraph,
} from "./types.ts";

export const SHARD_FORMAT = "entente-evidence-shard/1";

/** `auto`: shard when the sentences exceed `SHARD_THRESHOLD_BYTES`; `always` / `never` force either form. */
export const SHARD_MODES = ["auto", "always", "never"] as const;
export type ShardMode = (typeof SHARD_MODES)[number];

/**
 * Sentences above this many UTF-8 bytes in all (2 MiB, about 10,000 sentences) go to shards. Below it, the whole file
 * is a few megabytes at most and parses in tens of milliseconds: one request beats many. The bundled graph holds
 * 21 KB of sentences.
 */
export const SHARD_THRESHOLD_BYTES = 2 * 1024 * 1024;

/** Target size of one shard's sentences: opening a relation fetches one file of about this size. */
export const SHARD_TARGET_BYTES = 256 * 1024;

/** Raised when a shard is missing, corrupt or does not match its summary; the message names the file. */
export class EvidenceShardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EvidenceShardError";
  }
}

/** The shard folder of a graph file: `graph.json` → `graph.evidence`. */
export function evidenceFolderName(graphFileName: string): string {
  const base = graphFileName.split(/[/\\]/).pop() ?? graphFileName;
  return `${base.replace(/\.json$/i, "")}.evidence`;
}

/** FNV-1a (32 bits) of the key's UTF-16 code units: stable, fast, the same in every runtime. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard holding an edge's evidence, among `count`. */
export function shardIndexOf(edgeKey: string, count: number): number {
  return fnv1a(edgeKey) % count;
}

/** UTF-8 bytes of every evidence sentence of a serialised graph. */
export function sentenceBytes(data: SerializedEntenteGraph): number {
  let bytes = 0;
  for (const edge of data.edges) for (const e of edge.attributes!.evidence) bytes += utf8Length(e.sentence);
  return bytes;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function shouldShard(data: SerializedEntenteGraph, mode: ShardMode): boolean {
  if (mode !== "auto") return mode === "always";
  return sentenceBytes(data) > SHARD_THRESHOLD_BYTES;
}

/** One file to write beside the summary: its name inside the shard folder and its text. */
export interface ShardFile {
  file: string;
  text: string;
}

/**
 * Splits a valid serialised graph into its summary (evidence reduced to references, `attributes.evidenceShards` naming
 * the shards) and the shard files. Deterministic: the same graph gives the same bytes.
 */
export function splitEvidence(
  data: SerializedEntenteGraph,
  folder: string,
): { summary: SerializedEntenteGraph; shards: ShardFile[] } {
  const count = Math.max(1, Math.ceil(sentenceBytes(data) / SHARD_TARGET_BYTES));
  const buckets: { key: string; evidence: Evidence[] }[][] = Array.from({ length: count }, () => []);
  const edges = data.edges.map((edge) => {
    const attributes = edge.attributes!;
    const key = edge.key!;
    if (attributes.evidence.length > 0) buckets[shardIndexOf(key, count)]!.push({ key, evidence: attributes.evidence });
    const references = attributes.evidence.map((e) => ({ article: e.article, start: e.start, date: e.date }));
    return { ...edge, attributes: { ...attributes, evidence: references as Evidence[] } };
  });
  const width = Math.max(3, String(count - 1).length);
  const shards: ShardFile[] = [];
  const files: EvidenceShardEntry[] = buckets.map((bucket, shard) => {
    const text = `${JSON.stringify({ format: SHARD_FORMAT, shard, edges: bucket })}\n`;
    const hash = bytesToHex(sha256(utf8ToBytes(text)));
    const file = `${String(shard).padStart(width, "0")}-${hash.slice(0, 12)}.json`;
    shards.push({ file, text });
    const sentences = bucket.reduce((sum, edge) => sum + edge.evidence.length, 0);
    return { file, edges: bucket.length, sentences, sha256: hash };
  });
  const evidenceShards: EvidenceShardIndex = { folder, files };
  const summary = { ...data, attributes: { ...data.attributes!, evidenceShards }, edges };
  return { summary: summary as SerializedEntenteGraph, shards };
}

/** The shard's path as messages give it: `graph.evidence/003-….json`. */
export function shardLabel(index: EvidenceShardIndex, shard: number): string {
  return `evidence shard "${index.folder}/${index.files[shard]?.file ?? `#${shard}`}"`;
}

/**
 * Reads one shard's bytes and checks them against the summary: checksum, schema, shard number, counts, and that each
 * edge belongs here. Returns each edge's whole evidence by edge key.
 */
export function parseShard(bytes: Uint8Array, index: EvidenceShardIndex, shard: number): Map<string, Evidence[]> {
  const entry = index.files[shard];
  const label = shardLabel(index, shard);
  if (entry === undefined) throw new EvidenceShardError(`${label}: no such shard in the graph summary`);
  const rebuild = "Rebuild the graph with `npx entente build`.";
  if (bytesToHex(sha256(bytes)) !== entry.sha256)
    throw new EvidenceShardError(
      `${label}: its checksum does not match the graph summary (altered, truncated or from another build). ${rebuild}`,
    );
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new EvidenceShardError(`${label}: not valid JSON (${(error as Error).message}). ${rebuild}`);
  }
  try {
    assertEvidenceShard(data, label);
  } catch (error) {
    if (error instanceof GraphSchemaError) throw new EvidenceShardError(error.message);
    throw error;
  }
  if (data.shard !== shard) throw new EvidenceShardError(`${label}: holds shard ${data.shard}, expected ${shard}`);
  const sentences = data.edges.reduce((sum, edge) => sum + edge.evidence.length, 0);
  if (data.edges.length !== entry.edges || sentences !== entry.sentences)
    throw new EvidenceShardError(
      `${label}: holds ${data.edges.length} edges and ${sentences} sentences, the summary says ${entry.edges} and ${entry.sentences}`,
    );
  const byEdge = new Map<string, Evidence[]>();
  for (const edge of data.edges) {
    if (shardIndexOf(edge.key, index.files.length) !== shard || byEdge.has(edge.key))
      throw new EvidenceShardError(`${label}: edge "${edge.key}" does not belong in this shard`);
    byEdge.set(edge.key, edge.evidence);
  }
  return byEdge;
}

/**
 * An edge's whole evidence, from its references in the summary and its shard's items: the same number, in the same
 * order, each with the same article, start and date. Throws naming the shard and the edge when they disagree.
 */
export function completeEvidence(
  edgeKey: string,
  references: readonly Evidence[],
  fromShard: readonly Evidence[] | undefined,
  label: string,
): Evidence[] {
  const items = fromShard ?? [];
  if (items.length !== references.length)
    throw new EvidenceShardError(
      `${label}: edge "${edgeKey}" has ${items.length} sentences, the graph summary ${references.length}`,
    );
  return references.map((reference, i) => {
    const item = items[i]!;
    if (item.article !== reference.article || item.start !== reference.start || item.date !== reference.date)
      throw new EvidenceShardError(
        `${label}: edge "${edgeKey}", sentence ${i + 1} does not match the graph summary (article, start or date)`,
      );
    if (item.sentence.length !== item.end - item.start)
      throw new EvidenceShardError(
        `${label}: edge "${edgeKey}", sentence ${i + 1} is ${item.sentence.length} characters long, its offsets say ${item.end - item.start}`,
      );
    return item;
  });
}

/**
 * Merges a summary and all its shards (read by `readShard`, which returns a shard's bytes or throws) into the single
 * file's data: what `splitEvidence` took apart, equal to the original. Every shard is checked.
 */
export function mergeEvidence(
  summary: SerializedEntenteGraph,
  readShard: (entry: EvidenceShardEntry, shard: number) => Uint8Array,
): SerializedEntenteGraph {
  const index = summary.attributes!.evidenceShards;
  if (index === undefined) return summary;
  const shards = index.files.map((entry, shard) => parseShard(readShard(entry, shard), index, shard));
  const edges = summary.edges.map((edge) => {
    const attributes = edge.attributes!;
    const shard = shardIndexOf(edge.key!, index.files.length);
    const evidence =
      attributes.evidence.length === 0
        ? []
        : completeEvidence(edge.key!, attributes.evidence, shards[shard]!.get(edge.key!), shardLabel(index, shard));
    return { ...edge, attributes: { ...attributes, evidence } };
  });
  const { evidenceShards: _index, ...attributes } = summary.attributes!;
  return { ...summary, attributes, edges };
}

/** Whether an imported graph is a summary whose sentences are still in shards. */
export function isSummaryGraph(graph: EntenteGraph): boolean {
  return graph.getAttribute("evidenceShards") !== undefined;
}
