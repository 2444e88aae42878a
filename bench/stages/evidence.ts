/**
 * Evidence on demand (`--only evidence`): the first frame of the explorer on graphs with a realistic evidence load
 * (six news-length sentences per relation) as `entente build` writes them (`--evidence-shards auto`: a summary and
 * shards above 2 MiB of sentences), against the bare sigma page drawing the same `graph.json`. Also the explorer on
 * the same graph forced into a single file, where it is small enough, to show what the shards save.
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeGraphFiles } from "../../src/model/graph-io.ts";
import { generateGraph } from "../gen/graph.ts";
import { median } from "../lib/measure.ts";
import { costRow, type Row } from "../lib/report.ts";
import { buildPages, firstFrame, launchBenchBrowser, serve } from "./browser.ts";
import { EDGES_PER_NODE, GRAPH_SEED, type BenchContext } from "./context.ts";

/** Sentences per relation edge: the issue asks for at least five. */
export const SENTENCES_PER_EDGE = 6;

/** Writes graph-N.json (and graph-N.evidence/ when sharded) under `folder`; returns what was written. */
function writeGraph(
  folder: string,
  name: string,
  nodes: number,
  mode: "auto" | "never",
): { file: string; shards: number; bytes: number } {
  const graph = generateGraph({
    nodes,
    edgesPerNode: EDGES_PER_NODE,
    seed: GRAPH_SEED,
    sentencesPerEdge: SENTENCES_PER_EDGE,
  });
  const files = serializeGraphFiles(graph, mode, `${name}.evidence`);
  const file = join(folder, `${name}.json`);
  writeFileSync(file, files.graph);
  if (files.shards.length > 0) mkdirSync(join(folder, `${name}.evidence`), { recursive: true });
  for (const shard of files.shards) writeFileSync(join(folder, `${name}.evidence`, shard.file), shard.text);
  return { file, shards: files.shards.length, bytes: statSync(file).size };
}

export async function evidenceStage(context: BenchContext): Promise<Row[]> {
  context.log("  building the explorer and the bare page with vite…");
  const pages = await buildPages(context.tmp);
  const sizes = context.quick ? [1000, 10000] : [1000, 10000, 50000];
  const graphs = join(context.tmp, "evidence-graphs");
  mkdirSync(graphs, { recursive: true });
  const { server, origin } = await serve({ "/app/": pages.app, "/bare/": pages.bare, "/graphs/": graphs });
  const browser = await launchBenchBrowser();
  const rows: Row[] = [];
  const measure = async (path: string, reps: number) => {
    const ours: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < reps; r++) {
      const b = await firstFrame(browser, `${origin}/bare/bare.html?graph=${encodeURIComponent(path)}`);
      base.push(b.ms);
      await b.page.close();
      const a = await firstFrame(browser, `${origin}/app/?graph=${encodeURIComponent(path)}`);
      ours.push(a.ms);
      await a.page.close();
    }
    return { ours: median(ours), base: median(base) };
  };
  try {
    for (const n of sizes) {
      context.log(`  evidence graph: ${n / 1000}k nodes, ${SENTENCES_PER_EDGE} sentences per relation…`);
      const built = writeGraph(graphs, `graph-${n}`, n, "auto");
      const reps = n >= 50000 ? 1 : n >= 10000 ? 2 : 3;
      context.log(`  first frame with evidence: ${n / 1000}k nodes, ${reps} load(s) each…`);
      const sharded = await measure(`/graphs/graph-${n}.json`, reps);
      const form =
        built.shards > 0
          ? `summary ${(built.bytes / 1e6).toFixed(1)} MB + ${built.shards} shards`
          : `single file ${(built.bytes / 1e6).toFixed(1)} MB (under the threshold)`;
      rows.push(
        costRow(
          {
            stage: "first frame, evidence",
            size: `${n / 1000}k nodes`,
            metric: "ms",
            ours: sharded.ours,
            baseline: sharded.base,
            note: `${SENTENCES_PER_EDGE} sentences/relation as built (--evidence-shards auto: ${form}); plain sigma page, same graph.json`,
          },
          1.3,
        ),
      );
      if (built.shards > 0 && n <= 10000) {
        // The same graph in one file: what the explorer paid before the shards (the bare page reads that file too).
        const single = writeGraph(graphs, `single-${n}`, n, "never");
        const whole = await measure(`/graphs/single-${n}.json`, reps);
        rows.push(
          costRow(
            {
              stage: "first frame, evidence",
              size: `${n / 1000}k nodes, one file`,
              metric: "ms",
              ours: whole.ours,
              baseline: sharded.base,
              note: `the same graph forced into one file (${(single.bytes / 1e6).toFixed(1)} MB, --evidence-shards never) vs the plain sigma page on the summary`,
            },
            1.3,
          ),
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
