/**
 * The benchmark report: one row per stage and size with our figure, the baseline measured in the same run, their
 * ratio and the target; printed as one table and written as JSON (`bench/out/results.json`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface Row {
  stage: string;
  size: string;
  /** What is measured, with its unit ("ms", "MB/s", "it/s", "MiB"). */
  metric: string;
  ours: number;
  baseline: number;
  /** How the ratio is formed: "ours/base" when lower is better, "base/ours" reversed for throughputs. */
  ratio: number;
  /** Human-readable target, e.g. "≤ 3×". */
  target: string;
  met: boolean | null;
  /** What the baseline is, and anything needed to read the row. */
  note: string;
}

/** A row for a lower-is-better figure (time, memory): ratio = ours / baseline, met when ratio ≤ `limit`. */
export function costRow(
  fields: Omit<Row, "ratio" | "met" | "target">,
  limit: number | null,
  target = limit === null ? "—" : `≤ ${limit}×`,
): Row {
  const ratio = fields.ours / fields.baseline;
  return { ...fields, ratio, target, met: limit === null ? null : ratio <= limit };
}

/** A row for a higher-is-better figure (throughput): ratio = ours / baseline, met when ratio ≥ `limit`. */
export function rateRow(
  fields: Omit<Row, "ratio" | "met" | "target">,
  limit: number | null,
  target = limit === null ? "—" : `≥ ${limit}×`,
): Row {
  const ratio = fields.ours / fields.baseline;
  return { ...fields, ratio, target, met: limit === null ? null : ratio >= limit };
}

function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return value.toFixed(0);
  if (abs >= 100) return value.toFixed(1);
  if (abs >= 10) return value.toFixed(2);
  return value.toFixed(3);
}

/** The table as Markdown (readable on a terminal and pasteable into the README). */
export function formatTable(rows: readonly Row[]): string {
  const header = ["stage", "size", "metric", "ours", "baseline", "ratio", "target", "met?", "baseline is"];
  const lines = rows.map((r) => [
    r.stage,
    r.size,
    r.metric,
    fmt(r.ours),
    fmt(r.baseline),
    `${r.ratio.toFixed(2)}×`,
    r.target,
    r.met === null ? "—" : r.met ? "yes" : "**no**",
    r.note,
  ]);
  return [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export function writeResults(file: string, rows: readonly Row[], meta: Record<string, unknown>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...meta, rows }, null, 2)}\n`);
}
