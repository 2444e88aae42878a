/**
 * `entente eval`: scores a graph against a gold graph (the dev set's format) exactly as `score.mjs` does, and prints
 * precision, recall and F1 of relations (overall and per type), entities, leader → state links, chrome in evidence,
 * forbidden names, duplicates, and the missing and false relations; `--by-rule`, precision per extraction rule.
 * Without `--graph`, the graph is built in memory from `--articles` by the code of `entente build` (no layout).
 */
import { readFileSync } from "node:fs";
import { InvalidArgumentError, type Command } from "commander";
import { CorpusFolderError, readCorpusFolder } from "../../corpus/read-folder.ts";
import { applyCuration, CurationFileError } from "../../curation/index.ts";
import { readBuildCuration } from "../../curation/file.ts";
import {
  readArticleTexts,
  figuresByRule,
  formatByRule,
  formatReport,
  GoldFileError,
  parseGoldFile,
  judgeRelations,
  scoreGraph,
  type ScoreReport,
} from "../../eval/index.ts";
import { extractGraph } from "../../extract/index.ts";
import { GraphFileError } from "../../model/graph-io.ts";
import { parseGraphAt } from "../graph-files.ts";
import type { EntenteGraph } from "../../model/types.ts";
import { DEFAULT_ARTICLES_DIR } from "./build.ts";

export const DEFAULT_GOLD_FILE = "tests/gold/bundled.gold.json";

interface EvalFlags {
  graph?: string;
  /** Review decisions to apply before scoring (to compare with and without them). */
  curation?: string;
  gold: string;
  articles: string;
  byRule?: boolean;
  json?: boolean;
  minRelP?: number;
  minRelR?: number;
  minRelF1?: number;
  minEntF1?: number;
}

function parseFloor(value: string): number {
  const x = Number(value);
  if (value.trim() === "" || !Number.isFinite(x) || x < 0 || x > 1)
    throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return x;
}

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description(
      "Score a graph against a gold graph (dev-set format) as score.mjs does: relations P/R/F1 overall and per type, entities, memberships, chrome, per rule.",
    )
    .option("--gold <file>", "gold graph in the format of ../shared/devset/gold.json", DEFAULT_GOLD_FILE)
    .option(
      "-a, --articles <dir>",
      "corpus folder: the graph is built from it when --graph is not given; its texts trace evidence to articles",
      DEFAULT_ARTICLES_DIR,
    )
    .option("-g, --graph <file>", "score this graph file instead of building one from --articles")
    .option(
      "--curation <file>",
      "apply these review decisions (curation.json) to the graph before scoring; compare with and without",
    )
    .option(
      "--by-rule",
      "also print, per extraction rule, its edges judged right/allowed/wrong, precision and sentences",
    )
    .option("--json", "print the report as JSON")
    .option("--min-rel-p <x>", "exit 1 when relation precision is below x", parseFloor)
    .option("--min-rel-r <x>", "exit 1 when relation recall is below x", parseFloor)
    .option("--min-rel-f1 <x>", "exit 1 when relation F1 is below x", parseFloor)
    .option("--min-ent-f1 <x>", "exit 1 when entity F1 is below x", parseFloor)
    .addHelpText(
      "after",
      "\nExit code: 0 when every floor holds, 1 when one is missed or an article was refused, 2 when an input cannot be read.",
    )
    .action((flags: EvalFlags) => {
      process.exitCode = runEval(flags);
    });
}

function runEval(flags: EvalFlags): number {
  let graph: EntenteGraph;
  let refused = 0;
  try {
    const gold = parseGoldFile(readFileSync(flags.gold, "utf8"), flags.gold);
    if (flags.graph !== undefined) graph = parseGraphAt(readFileSync(flags.graph, "utf8"), flags.graph);
    else {
      const corpus = readCorpusFolder(flags.articles);
      for (const refusal of corpus.refusals) process.stderr.write(`skipped: ${refusal.reason}\n`);
      refused = corpus.refusals.length;
      graph = extractGraph(corpus.articles);
    }
    if (flags.curation !== undefined) {
      const curated = applyCuration(graph, readBuildCuration(flags.curation, true)!);
      process.stderr.write(
        `entente eval: ${curated.applied.length} decisions of ${flags.curation} applied, ${curated.stale.length} stale\n`,
      );
      graph = curated.graph;
    }
    const texts = readArticleTexts(flags.articles);
    const report = scoreGraph(graph, gold, texts);
    const byRule = flags.byRule ? figuresByRule(graph, judgeRelations(graph, gold, texts)) : undefined;
    if (flags.json) process.stdout.write(`${JSON.stringify(byRule ? { ...report, byRule } : report, null, 2)}\n`);
    else process.stdout.write(`${formatReport(report)}\n${byRule ? `\n${formatByRule(byRule)}\n` : ""}`);
    const missed = missedFloors(report, flags);
    for (const m of missed) process.stderr.write(`entente eval: ${m}\n`);
    return missed.length > 0 || refused > 0 ? 1 : 0;
  } catch (error) {
    if (
      error instanceof GraphFileError ||
      error instanceof GoldFileError ||
      error instanceof CorpusFolderError ||
      error instanceof CurationFileError ||
      isFileError(error)
    ) {
      process.stderr.write(`entente eval: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "EACCES" || code === "EISDIR" || code === "ENOTDIR";
}

/** The floors that the report misses, each as a sentence naming the measure, the figure and the floor. */
export function missedFloors(
  report: ScoreReport,
  flags: Pick<EvalFlags, "minRelP" | "minRelR" | "minRelF1" | "minEntF1">,
): string[] {
  const checks: [string, number, number | undefined][] = [
    ["relation precision", report.relations.precision, flags.minRelP],
    ["relation recall", report.relations.recall, flags.minRelR],
    ["relation F1", report.relations.f1, flags.minRelF1],
    ["entity F1", report.entities.f1, flags.minEntF1],
  ];
  return checks
    .filter(([, value, floor]) => floor !== undefined && !(value >= floor))
    .map(([name, value, floor]) => `${name} ${value.toFixed(3)} is below the floor ${floor}`);
}
