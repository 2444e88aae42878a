import { readFileSync } from "node:fs";
import { join } from "node:path";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../../bench/gen/graph.ts";
import {
  EvidenceShardError,
  mergeEvidence,
  parseShard,
  SHARD_THRESHOLD_BYTES,
  sentenceBytes,
  shardIndexOf,
  type ShardFile,
} from "../../../src/model/evidence-shards.ts";
import {
  GraphFileError,
  parseGraphData,
  parseGraphFile,
  serializeGraph,
  serializeGraphFiles,
} from "../../../src/model/graph-io.ts";
import type { SerializedEntenteGraph } from "../../../src/model/types.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
const bundledText = readFileSync(join(ROOT, "graph-data/graph.json"), "utf8");

/** A graph over the threshold: 1,500 actors, six news-length sentences per relation. */
const large = generateGraph({ nodes: 1500, edgesPerNode: 2.5, seed: 7, sentencesPerEdge: 6 });

function merged(files: { graph: string; shards: ShardFile[] }): SerializedEntenteGraph {
  const summary = parseGraphData(files.graph);
  const byName = new Map(files.shards.map((s) => [s.file, s.text]));
  return mergeEvidence(summary, (entry) => {
    const text = byName.get(entry.file);
    if (text === undefined) throw new Error(`missing ${entry.file}`);
    return utf8ToBytes(text);
  });
}

describe("evidence shards", { timeout: 60_000 }, () => {
  it("keeps a small graph such as the bundled one in a single file, byte for byte", () => {
    const graph = parseGraphFile(bundledText);
    const files = serializeGraphFiles(graph, "auto", "graph.evidence");
    expect(files.shards).toEqual([]);
    expect(files.graph).toBe(bundledText);
    expect(serializeGraphFiles(graph, "never", "graph.evidence").graph).toBe(bundledText);
  });

  it("shards a graph whose sentences exceed the threshold, and only then", () => {
    const data = large.export();
    expect(sentenceBytes(data)).toBeGreaterThan(SHARD_THRESHOLD_BYTES);
    const files = serializeGraphFiles(large, "auto", "graph.evidence");
    expect(files.shards.length).toBeGreaterThan(1);
    const summary = JSON.parse(files.graph) as SerializedEntenteGraph;
    expect(summary.attributes!.evidenceShards!.files.map((f) => f.file)).toEqual(files.shards.map((s) => s.file));
    // The summary keeps counts and per-evidence dates, not the sentences.
    const edge = summary.edges.find((e) => e.attributes!.type !== "serves")!;
    expect(edge.attributes!.evidence).toHaveLength(6);
    expect(Object.keys(edge.attributes!.evidence[0]!)).toEqual(["article", "start", "date"]);
    expect(files.graph.length).toBeLessThan(serializeGraph(large).length / 3);
    expect(serializeGraphFiles(large, "never", "graph.evidence").shards).toEqual([]);
    // `always` shards even a small graph.
    expect(serializeGraphFiles(parseGraphFile(bundledText), "always", "graph.evidence").shards).toHaveLength(1);
  });

  it("is deterministic: the same graph gives the same summary and shards, byte for byte", () => {
    const a = serializeGraphFiles(large, "always", "graph.evidence");
    const b = serializeGraphFiles(
      generateGraph({ nodes: 1500, edgesPerNode: 2.5, seed: 7, sentencesPerEdge: 6 }),
      "always",
      "graph.evidence",
    );
    expect(b).toEqual(a);
    for (const shard of a.shards) expect(shard.file).toMatch(/^\d{3}-[0-9a-f]{12}\.json$/);
  });

  it("round-trips: the summary and its shards give back the single file's graph", () => {
    for (const graph of [large, parseGraphFile(bundledText)]) {
      const files = serializeGraphFiles(graph, "always", "graph.evidence");
      expect(`${JSON.stringify(merged(files), null, 1)}\n`).toBe(serializeGraph(graph));
    }
  });

  it("puts each edge in the shard its key hashes to", () => {
    const files = serializeGraphFiles(large, "always", "graph.evidence");
    const count = files.shards.length;
    files.shards.forEach((shard, index) => {
      const data = JSON.parse(shard.text) as { shard: number; edges: { key: string }[] };
      expect(data.shard).toBe(index);
      for (const edge of data.edges) expect(shardIndexOf(edge.key, count)).toBe(index);
    });
  });

  describe("refuses a shard that does not match its summary, naming the file", () => {
    const files = serializeGraphFiles(large, "always", "graph.evidence");
    const summary = parseGraphData(files.graph);
    const index = summary.attributes!.evidenceShards!;
    const name = `graph.evidence/${files.shards[1]!.file}`;

    it("an altered byte fails the checksum", () => {
      const bytes = utf8ToBytes(files.shards[1]!.text);
      bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 1;
      expect(() => parseShard(bytes, index, 1)).toThrow(EvidenceShardError);
      expect(() => parseShard(bytes, index, 1)).toThrow(`evidence shard "${name}": its checksum does not match`);
    });

    it("a shard missing from disk is reported by the reader, naming it", () => {
      expect(() =>
        mergeEvidence(summary, (entry) => {
          if (entry.file === files.shards[1]!.file) throw new EvidenceShardError(`${entry.file} is missing`);
          return utf8ToBytes(files.shards.find((s) => s.file === entry.file)!.text);
        }),
      ).toThrow(`${files.shards[1]!.file} is missing`);
    });

    it("a shard of another build (its checksum recorded, its content different) fails the counts or schema", () => {
      // A summary edited to trust another shard's bytes: the shard number gives it away.
      const other = utf8ToBytes(files.shards[2]!.text);
      const forged = { ...index, files: index.files.map((f, i) => (i === 1 ? index.files[2]! : f)) };
      expect(() => parseShard(other, forged, 1)).toThrow(/holds shard 2, expected 1/);
    });

    it("a summary whose evidence count disagrees with the shard names the edge", () => {
      const edited = structuredClone(summary);
      const edge = edited.edges.find(
        (e) => shardIndexOf(e.key!, index.files.length) === 0 && e.attributes!.evidence.length > 1,
      )!;
      edge.attributes!.evidence.pop();
      expect(() =>
        mergeEvidence(edited, (entry) => utf8ToBytes(files.shards.find((s) => s.file === entry.file)!.text)),
      ).toThrow(`edge "${edge.key}" has 6 sentences, the graph summary 5`);
    });
  });

  it("validates the summary form against its own schema", () => {
    const files = serializeGraphFiles(large, "always", "graph.evidence");
    const data = JSON.parse(files.graph) as SerializedEntenteGraph;
    (data.edges[0]!.attributes!.evidence[0] as unknown as Record<string, unknown>).sentence = "smuggled";
    expect(() => parseGraphData(JSON.stringify(data), "g.json")).toThrow(GraphFileError);
    expect(() => parseGraphData(JSON.stringify(data), "g.json")).toThrow(
      /g\.json: edges\[0\].*unknown field "sentence"/,
    );
    // A summary is not a single file: the single-file reader refuses it.
    expect(() => parseGraphFile(files.graph, "g.json")).toThrow(/evidenceShards|evidence\[0\]/);
  });
});
