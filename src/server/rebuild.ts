/**
 * Keeping a project folder's `graph.json` current: it is stale when missing or unreadable, older than an article, the
 * metadata or the curation file, or when an article it was built from is gone (deleted or renamed). The rebuild is
 * the real `entente build` in a child process, so the served graph is byte for byte what the command writes;
 * concurrent requests share one rebuild.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isArticleFileName, MANIFEST_FILE } from "../corpus/index.ts";
import type { ProjectFolder } from "../curation/project.ts";

const CLI = fileURLToPath(new URL("../../bin/entente.js", import.meta.url));

// The folder's own modification time is no guide: writing graph.json or curation.json into it changes it too.
export function isGraphStale(folder: ProjectFolder): boolean {
  const graphTime = mtime(folder.graph);
  if (graphTime === null) return true;
  const sources = [folder.curation, join(folder.articles, MANIFEST_FILE)];
  for (const name of safeList(folder.articles)) if (isArticleFileName(name)) sources.push(join(folder.articles, name));
  if (sources.some((path) => (mtime(path) ?? -Infinity) > graphTime)) return true;
  const built = builtFrom(folder.graph);
  return built === null || built.some((file) => !existsSync(join(folder.articles, file)));
}

/** The article files a graph was built from, or null when the file cannot be read as a graph. */
function builtFrom(graphPath: string): string[] | null {
  try {
    const data = JSON.parse(readFileSync(graphPath, "utf8")) as { attributes?: { articles?: { file?: unknown }[] } };
    const articles = data.attributes?.articles;
    if (!Array.isArray(articles)) return null;
    return articles.map((a) => String(a.file));
  } catch {
    return null;
  }
}

/** What a rebuild did: the build's exit code (0 ok, 1 some article refused, 2 nothing written) and its report. */
export interface RebuildResult {
  status: number;
  report: string;
}

export type Rebuilder = (folder: ProjectFolder) => Promise<RebuildResult>;

/** Runs `entente build --articles <articles> --out <graph.json>` (with the folder's curation.json) in a child process. */
export const buildInChildProcess: Rebuilder = (folder) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "build", "--articles", folder.articles, "--out", folder.graph], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let report = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (report += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ status: code ?? 2, report }));
  });

/** A `graph.json` keeper: `current()` rebuilds when stale (one rebuild at a time) and resolves when the file is fresh. */
export function createGraphKeeper(folder: ProjectFolder, rebuild: Rebuilder, log: (line: string) => void) {
  let running: Promise<RebuildResult | null> | null = null;
  return {
    current(): Promise<RebuildResult | null> {
      if (running !== null) return running;
      if (!isGraphStale(folder)) return Promise.resolve(null);
      log(`serve: ${folder.graph} is out of date; rebuilding…`);
      running = rebuild(folder).finally(() => (running = null));
      return running.then((result) => {
        if (result !== null) log(result.report.trimEnd());
        return result;
      });
    },
  };
}

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
