import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../../bench/gen/graph.ts";
import { resolveEvidence, withWholeEvidence } from "../../../src/explorer/evidence-source.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";
import { loadGraph } from "../../../src/explorer/load.ts";
import { serializeGraph, serializeGraphFiles } from "../../../src/model/graph-io.ts";

// The messages asserted below are the English catalogue's.
setLocale("en");

const original = generateGraph({ nodes: 300, edgesPerNode: 2.5, seed: 3, sentencesPerEdge: 5 });
const files = serializeGraphFiles(original, "always", "graph.evidence");
const BASE = "http://site.test/some/folder/";

/** A static site in memory: the summary and its shards under a sub-folder; `broken` answers 404 or altered bytes. */
function site(broken: { missing?: string; altered?: string } = {}) {
  const requested: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    if (url === `${BASE}graph.json`) return new Response(files.graph);
    const shard = files.shards.find((s) => url === `${BASE}graph.evidence/${s.file}`);
    if (shard === undefined || shard.file === broken.missing) return new Response("not found", { status: 404 });
    return new Response(shard.file === broken.altered ? shard.text.replace("a0", "b0") : shard.text);
  }) as typeof fetch;
  return { fetcher, requested };
}

describe("evidence fetched on demand", () => {
  it("loads the summary alone, then one shard for one relation's sentences", async () => {
    expect(files.shards.length).toBeGreaterThan(1);
    const { fetcher, requested } = site();
    const graph = await loadGraph(new URL(`${BASE}graph.json`), fetcher);
    expect(requested).toEqual([`${BASE}graph.json`]);
    const edge = graph.edges().find((e) => graph.getEdgeAttribute(e, "evidence").length === 5)!;
    const whole = await resolveEvidence(edge, graph.getEdgeAttribute(edge, "evidence"));
    expect(whole).toEqual(original.getEdgeAttribute(edge, "evidence"));
    expect(requested).toHaveLength(2);
    // Cached: the same shard is not fetched twice.
    await resolveEvidence(edge, graph.getEdgeAttribute(edge, "evidence"));
    expect(requested).toHaveLength(2);
  });

  it("gives the whole graph for GEXF, every shard fetched, with progress", async () => {
    const { fetcher } = site();
    const graph = await loadGraph(new URL(`${BASE}graph.json`), fetcher);
    const progress: string[] = [];
    const whole = await withWholeEvidence(graph, (done, total) => progress.push(`${done}/${total}`));
    expect(serializeGraph(whole)).toBe(serializeGraph(original));
    expect(progress.at(-1)).toBe(`${files.shards.length}/${files.shards.length}`);
  });

  it("names the shard that is missing or altered", async () => {
    const target = files.shards[0]!.file;
    for (const [broken, message] of [
      [{ missing: target }, `evidence shard "graph.evidence/${target}" is missing (HTTP 404)`],
      [{ altered: target }, `evidence shard "graph.evidence/${target}": its checksum does not match`],
    ] as const) {
      const graph = await loadGraph(new URL(`${BASE}graph.json`), site(broken).fetcher);
      await expect(withWholeEvidence(graph)).rejects.toThrow(message);
    }
  });

  it("leaves a single-file graph alone: nothing to fetch", async () => {
    const text = readFileSync(new URL("../../../graph-data/graph.json", import.meta.url), "utf8");
    const graph = await loadGraph(new URL(`${BASE}graph.json`), (async () => new Response(text)) as typeof fetch);
    expect(await withWholeEvidence(graph)).toBe(graph);
    const edge = graph.edges()[0]!;
    expect(await resolveEvidence(edge, graph.getEdgeAttribute(edge, "evidence"))).toEqual(
      graph.getEdgeAttribute(edge, "evidence"),
    );
  });
});
