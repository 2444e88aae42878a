/**
 * `entente build`: a corpus folder in, `graph.json` out. Reads and checks every article (bad ones are refused with
 * a reason and the rest still processed), extracts the graph, lays it out deterministically, validates and writes it
 * atomically, then prints a summary. Exits 1 when any article or the metadata was refused.
 */
import { InvalidArgumentError, type Command } from "commander";
import { CorpusFolderError, readCorpusFolder } from "../../corpus/read-folder.ts";
import { applyBuildCuration, defaultCurationPath, readBuildCuration } from "../../curation/file.ts";
import { CurationFileError } from "../../curation/schema.ts";
import { articleInput, graphFromExtractions } from "../../extract/index.ts";
import { assignInitialLayout } from "../../layout/index.ts";
import { serializeGraph } from "../../model/graph-io.ts";
import type { EntenteGraph } from "../../model/types.ts";
import { checkOutputPath, EXIT, OutputError, writeOutputFile } from "../output.ts";
import { extractArticles, parseJobs } from "../parallel-extract.ts";

export const DEFAULT_ARTICLES_DIR = "graph-data/articles";
export const DEFAULT_GRAPH_OUT = "graph-data/graph.json";

interface BuildFlags {
  articles: string;
  out: string;
  layout: boolean;
  quiet?: boolean;
  jobs: number;
  /** A file, `false` for `--no-curation`, or undefined for the default (curation.json beside --out). */
  curation?: string | false;
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
    .option("-j, --jobs <n>", "worker threads for extraction: a number, or 0/auto for one per core", parseJobsOption, 1)
    .option(
      "--curation <file>",
      "review decisions to apply after extraction (default: curation.json beside --out, when present)",
    )
    .option("--no-curation", "write the graph as extracted, ignoring any curation file")
    .addHelpText(
      "after",
      "\nArticles that are empty, binary, not UTF-8, not French, too large or duplicates are skipped with a reason;\nthe graph is still built from the others, and the exit code is 1.",
    )
    .action(async (flags: BuildFlags) => {
      process.exitCode = await runBuild(flags);
    });
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
  try {
    corpus = readCorpusFolder(flags.articles);
  } catch (error) {
    if (error instanceof CorpusFolderError) {
      process.stderr.write(`entente build: ${error.message}\n`);
      return EXIT.usageOrOutput;
    }
    throw error;
  }
  for (const notice of corpus.notices) log(`notice: ${notice}`);
  for (const refusal of corpus.refusals) process.stderr.write(`skipped: ${refusal.reason}\n`);

  const total = corpus.articles.length;
  const progressEvery = Math.max(1, Math.floor(total / 20));
  let reported = 0;
  const extractions = await extractArticles(
    corpus.articles.map((article) => articleInput(article.meta, article.text)),
    {
      jobs: flags.jobs,
      onProgress: (done) => {
        if (total < 200 || done - reported < progressEvery) return;
        reported = done;
        log(`extracting: ${done}/${total} articles`);
      },
    },
  );
  // An admitted article can still give nothing (all of it read as captions, chrome or headlines): say so, by name.
  const silent = corpus.articles.filter((_, i) => extractions[i]!.sentences.length === 0).map((a) => a.meta.file);
  for (const file of silent) {
    log(
      `notice: extract: "${file}" gave no sentence: none of its lines reads as article prose, so it adds nothing to the graph. Check that it is an article with its paragraphs on separate lines.`,
    );
  }
  const graph = graphFromExtractions(
    corpus.articles.map((a) => a.meta),
    extractions,
  );
  // Curation before layout, so positions are those of the corrected graph.
  const curated = curation === null ? { graph, lines: [] } : applyBuildCuration(graph, curation, curationPath);
  if (flags.layout) assignInitialLayout(curated.graph);
  try {
    await writeOutputFile(flags.out, serializeGraph(curated.graph));
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    process.stderr.write(`entente build: ${error.message}\n`);
    return EXIT.usageOrOutput;
  }

  log([summary(curated.graph, total, corpus.refusals, flags.out, silent.length), ...curated.lines].join("\n"));
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
