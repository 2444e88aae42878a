/**
 * `entente eval`: scores a graph against a gold annotation of its corpus and prints precision, recall and F1 per
 * relation type, entity scores, duplicate actors, non-leader persons and evidence drawn from page chrome.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CorpusFolderError, readCorpusFolder } from "../../corpus/read-folder.ts";
import { formatReport } from "../../eval/format.ts";
import { GoldFileError, parseGoldFile } from "../../eval/gold.ts";
import { scoreGraph } from "../../eval/score.ts";
import { GraphFileError, parseGraphFile } from "../../model/graph-io.ts";
import { DEFAULT_ARTICLES_DIR, DEFAULT_GRAPH_OUT } from "./build.ts";

export const DEFAULT_GOLD_FILE = "tests/gold/bundled.gold.json";

interface EvalFlags {
  graph: string;
  gold: string;
  articles: string;
  json?: boolean;
}

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("Score a graph against a gold annotation: relation P/R/F1 per type, entities, duplicates, chrome evidence.")
    .option("-g, --graph <file>", "graph to score", DEFAULT_GRAPH_OUT)
    .option("--gold <file>", "gold annotation (JSON, see tests/gold/)", DEFAULT_GOLD_FILE)
    .option("-a, --articles <dir>", "corpus folder the graph was built from (to locate body paragraphs)", DEFAULT_ARTICLES_DIR)
    .option("--json", "print the report as JSON")
    .action((flags: EvalFlags) => {
      try {
        const graph = parseGraphFile(readFileSync(flags.graph, "utf8"), flags.graph);
        const gold = parseGoldFile(readFileSync(flags.gold, "utf8"), flags.gold);
        const corpus = readCorpusFolder(flags.articles);
        const texts = new Map(corpus.articles.map((a) => [a.meta.id, a.text]));
        const report = scoreGraph(graph, gold, texts);
        process.stdout.write(`${flags.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
      } catch (error) {
        if (error instanceof GraphFileError || error instanceof GoldFileError || error instanceof CorpusFolderError || (error as NodeJS.ErrnoException).code === "ENOENT") {
          process.stderr.write(`entente eval: ${(error as Error).message}\n`);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
    });
}
