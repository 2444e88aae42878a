/**
 * `entente build`: a corpus folder in, `graph.json` out. Reads and checks every article (bad ones are refused with
 * a reason and the rest still processed), extracts the graph (only new or changed articles: the others come from the
 * cache, `.entente-cache/` beside the graph), lays it out deterministically, validates and writes it atomically,
 * last, then prints a summary. Exits 1 when any article or the metadata was refused.
 */
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { CACHE_FOLDER } from "../../cache/store.ts";
import { CorpusFolderError } from "../../corpus/read-folder.ts";
import { applyBuildCuration, defaultCurationPath, readBuildCuration } from "../../curation/file.ts";
import { CurationFileError } from "../../curation/index.ts";
import { graphFromExtractions } from "../../extract/index.ts";
import { assignInitialLayout } from "../../layout/index.ts";
import { SHARD_MODES, SHARD_THRESHOLD_BYTES, type ShardMode } from "../../model/evidence-shards.ts";
import { serializeGraphFiles } from "../../model/graph-io.ts";
import type { EntenteGraph } from "../../model/types.ts";
import { evidenceFolderOf, writeGraphFiles } from "../graph-files.ts";
import { checkOutputPath, EXIT, OutputError } from "../output.ts";
import { buildCorpus, cacheSummary } from "../build-corpus.ts";
import { MIN_PARALLEL_ARTICLES, parseJobs } from "../parallel-extract.ts";

export const DEFAULT_ARTICLES_DIR = "graph-data/articles";
export const DEFAULT_GRAPH_OUT = "graph-data/graph.json";

interface BuildFlags {
  articles: string;
  out: string;
  layout: boolean;
  quiet?: boolean;
  jobs: number;
  /** `false` for `--no-cache`. */
  cache: boolean;
  /** `--cache-dir`; default `.entente-cache` beside the graph (`--out`). */
  cacheDir?: string;
  /** A file, `false` for `--no-curation`, or undefined for the default (curation.json beside --out). */
  curation?: string | false;
  /** `--evidence-shards`: when the evidence sentences go to shard files beside the graph. */
  evidenceShards: ShardMode;
}

export function registerBuildCommand(program: Command): void {
  program
    .command("build")
    .description(
      "Extract the graph of states, leaders and relations from a folder of French articles (.txt) and write graph.json.",
    )
    .option("-a, --articles <dir>", "corpus folder: .txt articles and an optional metadata.json", DEFAULT_ARTICLES_DIR)
    .option("-o, --out <file>", "where to write the graph (graphology JSON)", DEFAULT_GRAPH_OUT)
    .option("--no-layout", "skip the initial ForceAtlas2 layout (nodes get no x/y)")
    .option("-q, --quiet", "print only errors")
    .option(
      "-j, --jobs <n>",
      `threads for intake and extraction: a number, or 0/auto for one per core (default: auto; under ${MIN_PARALLEL_ARTICLES} articles to extract, one thread)`,
      parseJobsOption,
      availableParallelism(),
    )
    .option("--no-cache", "read and extract every article again, without reading or writing the cache")
    .option("--cache-dir <dir>", `where the per-article cache is kept (default: ${CACHE_FOLDER} beside --out)`)
    .option(
      "--curation <file>",
      "review decisions to apply after extraction (default: curation.json beside --out, when present)",
    )
    .option("--no-curation", "write the graph as extracted, ignoring any curation file")
    .option(
      "--evidence-shards <mode>",
      `auto: over ${SHARD_THRESHOLD_BYTES / 1024 / 1024} MiB of evidence sentences, write graph.json as a summary and the sentences in shards beside it (<name>.evidence/); always; never`,
      parseShardMode,
      "auto",
    )
    .addHelpText(
      "after",
      "\nArticles that are empty, binary, not UTF-8, not French, too large or duplicates are skipped with a reason;\nthe graph is still built from the others, and the exit code is 1.",
    )
    .action(async (flags: BuildFlags) => {
      process.exitCode = await runBuild(flags);
    });
}

/**
 * The cache's default place: beside the graph, so next to the corpus folder in the usual layout (`graph-data/` holds
 * `articles/` and `graph.json`, and so may a project folder of `entente serve`), out of the folder other commands read
 * as articles. When the graph is written among the articles, the build does not list the cache as an ignored file.
 */
export function defaultCacheDir(out: string): string {
  return join(dirname(out), CACHE_FOLDER);
}

function parseShardMode(value: string): ShardMode {
  if ((SHARD_MODES as readonly string[]).includes(value)) return value as ShardMode;
  throw new InvalidArgumentError(`expected one of ${SHARD_MODES.join(", ")}`);
}

function parseJobsOption(value: string): number {
  try {
    return parseJobs(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace(/^--jobs: /, ""));
  }
}

async function runBuild(flags: BuildFlags): Promise<number> {
  const log = (line: string) => flags.quiet || process.stderr.write(`${line}\n`);
  try {
    checkOutputPath(flags.out);
  } catch (error) {
    process.stderr.write(`entente build: ${(error as Error).message}\n`);
    return EXIT.usageOrOutput;
  }
  const curationPath = typeof flags.curation === "string" ? flags.curation : defaultCurationPath(flags.out);
  let curation;
  try {
    curation = flags.curation === false ? null : readBuildCuration(curationPath, flags.curation !== undefined);
  } catch (error) {
    if (!(error instanceof CurationFileError)) throw error;
    process.stderr.write(
      `entente build: ${error.message}. Fix the file, or build without it (--no-curation); nothing was written.\n`,
    );
    return EXIT.usageOrOutput;
  }
  let corpus;
  let reported = 0;
  try {
    corpus = await buildCorpus(flags.articles, {
      jobs: flags.jobs,
      cacheDir: flags.cache ? (flags.cacheDir ?? defaultCacheDir(flags.out)) : null,
      onProgress: (done, total) => {
        if (total < 200 || (done - reported < Math.max(1, Math.floor(total / 20)) && done < total)) return;
        reported = done;
        log(`extracting: ${done}/${total} articles`);
      },
    });
  } catch (error) {
    if (error instanceof CorpusFolderError) {
      process.stderr.write(`entente build: ${error.message}\n`);
      return EXIT.usageOrOutput;
    }
    throw error;
  }
  const cache = cacheSummary(corpus.cache);
  for (const notice of corpus.notices) log(`notice: ${notice}`);
  for (const notice of cache.notices) log(`notice: ${notice}`);
  for (const refusal of corpus.refusals) process.stderr.write(`skipped: ${refusal.reason}\n`);

  const total = corpus.articles.length;
  // An admitted article can still give nothing (all of it read as captions, chrome or headlines): say so, by name.
  const silent = corpus.articles.filter((_, i) => corpus.extractions[i]!.sentences.length === 0).map((a) => a.file);
  for (const file of silent) {
    log(
      `notice: extract: "${file}" gave no sentence: none of its lines reads as article prose, so it adds nothing to the graph. Check that it is an article with its paragraphs on separate lines.`,
    );
  }
  const graph = graphFromExtractions(corpus.articles, corpus.extractions);
  // Curation before layout, so positions are those of the corrected graph.
  const curated = curation === null ? { graph, lines: [] } : applyBuildCuration(graph, curation, curationPath);
  if (flags.layout) assignInitialLayout(curated.graph);
  const folder = evidenceFolderOf(flags.out);
  const files = serializeGraphFiles(curated.graph, flags.evidenceShards, basename(folder));
  try {
    await writeGraphFiles(flags.out, files);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    process.stderr.write(`entente build: ${error.message}\n`);
    return EXIT.usageOrOutput;
  }

  log(
    [
      summary(curated.graph, total, corpus.refusals, flags.out, silent.length),
      ...(files.shards.length > 0 ? [`  evidence: ${files.shards.length} shards in ${folder}`] : []),
      cache.line,
      ...curated.lines,
    ].join("\n"),
  );
  return corpus.refusals.length > 0 ? EXIT.inputRefused : EXIT.ok;
}

function summary(
  graph: EntenteGraph,
  read: number,
  refusals: { file: string; code: string }[],
  out: string,
  silent: number,
): string {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  graph.forEachNode((_, a) => nodes.set(a.type, (nodes.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_, a) => edges.set(a.type, (edges.get(a.type) ?? 0) + 1));
  const count = (map: Map<string, number>, keys: string[]) => keys.map((k) => `${k} ${map.get(k) ?? 0}`).join(", ");
  const lines = [
    `entente build: wrote ${out}`,
    `  articles: ${read} read, ${refusals.filter((r) => r.file !== "metadata.json").length} skipped${silent > 0 ? `, ${silent} gave no sentence` : ""}`,
    ...refusals.map((r) => `    - ${r.file}: ${r.code}`),
    `  nodes: ${count(nodes, ["state", "leader"])}`,
    `  edges: ${count(edges, ["cooperation", "dispute", "alliance", "serves"])}`,
  ];
  return lines.join("\n");
}
