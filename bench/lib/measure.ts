/**
 * Timing and memory helpers of the benchmarks. Timings are medians of a few repetitions (the machines are shared
 * and noisy: only ratios against a baseline measured in the same run mean anything); peak memory is measured in a
 * child process, whose `maxRSS` is its own high-water mark and not the runner's.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `reps` times (after `warmup` untimed runs) and returns the median wall time in milliseconds. */
export function timeSync(fn: () => unknown, reps: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Alternates `ours` and `base` (so both see the same background load, minute by minute) and returns their medians.
 */
export function timePair(
  ours: () => unknown,
  base: () => unknown,
  reps: number,
  warmup = 1,
): { ours: number; base: number } {
  for (let i = 0; i < warmup; i++) {
    base();
    ours();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < reps; i++) {
    let start = performance.now();
    base();
    b.push(performance.now() - start);
    start = performance.now();
    ours();
    a.push(performance.now() - start);
  }
  return { ours: median(a), base: median(b) };
}

/** tsx's ES-module loader, so child processes run TypeScript from any working directory. */
function tsxLoaderUrl(): string {
  const manifestPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { exports: Record<string, unknown> };
  return new URL(String(manifest.exports["."]), pathToFileURL(manifestPath)).href;
}

/**
 * Runs a TypeScript child script (`bench/child/*.ts`) with `args` and returns the JSON object it prints as its last
 * stdout line. Children report their own timings and `process.resourceUsage().maxRSS`.
 */
export function runChild<T>(script: URL, args: readonly string[], nodeArgs: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, "--import", tsxLoaderUrl(), script.pathname, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        reject(new Error(`bench: child ${script.pathname} ${args.join(" ")} exited ${code}:\n${err.slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
  });
}

/** Peak resident memory of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
