/**
 * Child process of the GEXF benchmark: loads a graph file, then measures the extra peak memory and the time of one
 * export, ours (`writeGexf`) or `graphology-gexf`'s `write`. The kernel's peak-RSS mark is reset just before the
 * export (`/proc/self/clear_refs`), so loading the graph does not hide the export's own peak. Prints one JSON line.
 * Usage (with `--expose-gc`): `gexf.ts <ours|base> <graph.json>`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { write as writeGraphologyGexf } from "graphology-gexf";
import { writeGexf } from "../../src/export/gexf.ts";
import { createGraph } from "../../src/model/graph-io.ts";

const [mode, file] = process.argv.slice(2);
if (file === undefined || (mode !== "ours" && mode !== "base"))
  throw new Error("usage: gexf.ts <ours|base> <graph.json>");

const mib = (kb: string) => Number(kb) / 1024;
const status = () => readFileSync("/proc/self/status", "utf8");
const field = (name: string) => mib(new RegExp(`${name}:\\s+(\\d+)`).exec(status())?.[1] ?? "NaN");

const graph = createGraph();
graph.import(JSON.parse(readFileSync(file, "utf8")));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const before = field("VmRSS");
writeFileSync("/proc/self/clear_refs", "5");
const start = performance.now();
const text = mode === "ours" ? writeGexf(graph) : writeGraphologyGexf(graph);
const ms = performance.now() - start;
const peak = field("VmHWM");
process.stdout.write(
  `${JSON.stringify({ ms, chars: text.length, extraPeakMiB: peak - before, rssBeforeMiB: before })}\n`,
);
