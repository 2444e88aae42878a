/**
 * Node-side stages on synthetic graphs: loading `graph.json` (parse + validate + import vs `JSON.parse` +
 * `graph.import`), ForceAtlas2 iterations per second (our layout module vs raw `graphology-layout-forceatlas2`),
 * and GEXF export (ours vs `graphology-gexf`, time in-process, extra peak memory in child processes).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { write as writeGraphologyGexf } from "graphology-gexf";
import { writeGexf } from "../../src/export/gexf.ts";
import { computeInitialLayout } from "../../src/layout/index.ts";
import { createGraph, parseGraphFile } from "../../src/model/graph-io.ts";
import { runChild, timePair } from "../lib/measure.ts";
import { costRow, rateRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";

const label = (nodes: number) => `${nodes / 1000}k nodes`;

export async function graphLoadStage(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const nodes of context.quick ? [10000] : [10000, 50000]) {
    const text = context.graphText(nodes);
    context.log(`  graph load: ${label(nodes)} (${(text.length / 1e6).toFixed(0)} MB)…`);
    const reps = nodes >= 50000 ? 2 : 5;
    const t = timePair(
      () => parseGraphFile(text),
      () => {
        const graph = createGraph();
        graph.import(JSON.parse(text));
        return graph;
      },
      reps,
    );
    rows.push(
      costRow(
        {
          stage: "graph load",
          size: label(nodes),
          metric: "ms",
          ours: t.ours,
          baseline: t.base,
          note: "JSON.parse + graph.import",
        },
        2,
      ),
    );
  }
  return rows;
}

export async function layoutStage(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  // Iterations per size: enough for FA2 to dominate at 1k (the build runs 600), within the time budget above.
  const plan: [number, number][] = context.quick
    ? [
        [1000, 50],
        [10000, 5],
      ]
    : [
        [1000, 200],
        [10000, 20],
        [50000, 3],
      ];
  for (const [nodes, iterations] of plan) {
    const graph = context.graph(nodes);
    context.log(`  layout: ${label(nodes)}, ${iterations} iterations…`);
    const settings = forceAtlas2.inferSettings(graph);
    const t = timePair(
      () => computeInitialLayout(graph, { iterations, noverlap: false }),
      () => forceAtlas2(graph, { iterations, settings, getEdgeWeight: "weight" }),
      nodes >= 50000 ? 1 : 3,
      nodes >= 50000 ? 0 : 1,
    );
    const setup = timePair(
      () => computeInitialLayout(graph, { iterations: 0, noverlap: false }),
      () => forceAtlas2.inferSettings(graph),
      1,
      0,
    );
    rows.push(
      rateRow(
        {
          stage: "layout (FA2, Node)",
          size: label(nodes),
          metric: "it/s",
          ours: iterations / (t.ours / 1000),
          baseline: iterations / (t.base / 1000),
          note: `raw forceAtlas2(), inferred settings (BH ${settings.barnesHutOptimize ? "on" : "off"}), ${iterations} it.; ours incl. ${setup.ours.toFixed(0)} ms setup (work graph, seeds, scaling); without it ${(t.base / Math.max(1, t.ours - setup.ours)).toFixed(2)}×`,
        },
        0.9,
      ),
    );
  }
  return rows;
}

interface GexfChild {
  ms: number;
  chars: number;
  extraPeakMiB: number;
}

const GEXF_CHILD = new URL("../child/gexf.ts", import.meta.url);

export async function gexfStage(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const sizes = context.quick ? [10000] : [10000, 50000];
  const times = new Map<number, number>();
  for (const nodes of sizes) {
    const graph = context.graph(nodes);
    context.log(`  GEXF: ${label(nodes)}…`);
    const file = join(context.tmp, `gexf-input-${nodes}.json`);
    writeFileSync(file, JSON.stringify(graph.export()));
    // One cold export each in a child process (time and extra peak memory); at 10k also a warm in-process median.
    const ours = await runChild<GexfChild>(GEXF_CHILD, ["ours", file], ["--expose-gc"]);
    const base = await runChild<GexfChild>(GEXF_CHILD, ["base", file], ["--expose-gc"]);
    let t = { ours: ours.ms, base: base.ms };
    let how = "one cold run each in a child process";
    if (nodes < 50000) {
      t = timePair(
        () => writeGexf(graph),
        () => writeGraphologyGexf(graph),
        3,
        1,
      );
      how = "median of 3 warm runs, alternated";
    }
    times.set(nodes, t.ours);
    rows.push(
      costRow(
        {
          stage: "GEXF export",
          size: label(nodes),
          metric: "ms",
          ours: t.ours,
          baseline: t.base,
          note: `graphology-gexf write(); ${how}; output ${(ours.chars / 1e6).toFixed(0)} vs ${(base.chars / 1e6).toFixed(0)} M chars`,
        },
        2,
      ),
    );
    rows.push(
      costRow(
        {
          stage: "GEXF export",
          size: label(nodes),
          metric: "extra peak MiB",
          ours: ours.extraPeakMiB,
          baseline: base.extraPeakMiB,
          note: "peak RSS above the loaded graph (child process)",
        },
        2,
      ),
    );
  }
  if (sizes.length > 1) {
    const [a, b] = [sizes[0]!, sizes.at(-1)!];
    const factor = b / a;
    rows.push(
      costRow(
        {
          stage: "GEXF export",
          size: `${label(b)} vs ${label(a)}`,
          metric: "time ratio",
          ours: times.get(b)! / times.get(a)!,
          baseline: factor,
          note: `linear growth = ${factor}×`,
        },
        1.25,
        "≈ 1× (≤ 1.25)",
      ),
    );
  }
  return rows;
}
