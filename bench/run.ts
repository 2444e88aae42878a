/**
 * `npm run bench`: measures every stage against a baseline run side by side in the same process and minute, prints
 * one table (stage, size, ours, baseline, ratio, target, met?) and writes it to `bench/out/results.json`.
 *
 *   npm run bench                        # everything (under 10 minutes on 2 cores)
 *   npm run bench -- --quick             # smaller sizes, for a smoke check
 *   npm run bench -- --only load,gexf    # some stages: extraction, parallel, incremental, load, layout, browser, evidence, gexf, analysis, timeline
 *   npm run bench -- --out FILE          # JSON elsewhere
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { formatTable, writeResults, type Row } from "./lib/report.ts";
import { analysisStage } from "./stages/analysis.ts";
import { browserStage } from "./stages/browser.ts";
import { createContext, EDGES_PER_NODE, type Stage } from "./stages/context.ts";
import { evidenceStage } from "./stages/evidence.ts";
import { extractionStage } from "./stages/extraction.ts";
import { gexfStage, graphLoadStage, layoutStage } from "./stages/graph.ts";
import { incrementalStage } from "./stages/incremental.ts";
import { parallelStage } from "./stages/parallel.ts";
import { timelineStage } from "./stages/timeline.ts";

const STAGES: Record<string, Stage> = {
  extraction: extractionStage,
  parallel: parallelStage,
  incremental: incrementalStage,
  load: graphLoadStage,
  layout: layoutStage,
  browser: browserStage,
  evidence: evidenceStage,
  gexf: gexfStage,
  analysis: analysisStage,
  timeline: timelineStage,
};

function parseArgs(argv: string[]): { quick: boolean; only: string[]; out: string } {
  let quick = false;
  let only = Object.keys(STAGES);
  let out = new URL("./out/results.json", import.meta.url).pathname;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--quick") quick = true;
    else if (arg === "--only") only = (argv[++i] ?? "").split(",").filter((s) => s !== "");
    else if (arg === "--out") out = argv[++i] ?? out;
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(
        `usage: npm run bench -- [--quick] [--only ${Object.keys(STAGES).join(",")}] [--out FILE]\n`,
      );
      process.exit(0);
    } else throw new Error(`bench: unknown argument "${arg}" (see --help)`);
  }
  const unknown = only.filter((s) => !(s in STAGES));
  if (unknown.length > 0)
    throw new Error(`bench: unknown stage(s) ${unknown.join(", ")}; stages: ${Object.keys(STAGES).join(", ")}`);
  return { quick, only, out };
}

const args = parseArgs(process.argv.slice(2));
const started = performance.now();
const log = (line: string) =>
  process.stderr.write(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s ${line}\n`);
const tmp = mkdtempSync(join(tmpdir(), "entente-bench-"));
const context = createContext(args.quick, tmp, log);
const rows: Row[] = [];
const failures: string[] = [];
try {
  for (const name of args.only) {
    log(`stage ${name}`);
    try {
      rows.push(...(await STAGES[name]!(context)));
    } catch (error) {
      // One broken stage must not hide the others' figures.
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`${name}: ${message}`);
      log(`stage ${name} FAILED: ${message}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const totalSeconds = (performance.now() - started) / 1000;
const table = formatTable(rows);
process.stdout.write(`\n${table}\n\n`);
process.stdout.write(
  `${rows.filter((r) => r.met === true).length} of ${rows.filter((r) => r.met !== null).length} targets met; ${totalSeconds.toFixed(0)} s; ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"})\n`,
);
if (failures.length > 0)
  process.stdout.write(`failed stages:\n${failures.map((f) => `  ${f.split("\n")[0]}`).join("\n")}\n`);
writeResults(args.out, rows, {
  date: new Date().toISOString(),
  quick: args.quick,
  stages: args.only,
  seconds: totalSeconds,
  cores: availableParallelism(),
  node: process.version,
  edgesPerNode: EDGES_PER_NODE,
  failures,
});
process.exitCode = failures.length > 0 ? 1 : 0;
