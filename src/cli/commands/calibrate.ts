/**
 * `entente calibrate`: measures each extraction rule's precision on the annotated corpora and writes the calibration
 * table the confidence of every relation comes from (`graph-data/calibration/rule-precision.json`).
 *
 * For each annotated set (the dev set, the bundled corpus, any held-out fixture in dev-set format) it builds the
 * graph exactly as `entente build` does, has the evaluation judge every relation edge right, allowed or wrong
 * (`judgeRelations`, the scorer's semantics), and fits the table (`calibration-fit.ts`). It prints the per-rule
 * counts, the reliability table (confidence bins → observed precision), the calibration check, and the same check
 * cross-validated (5 folds of dev-set articles; each set left out in turn), since a table checked on the data it was
 * fitted on flatters itself.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { CorpusFolderError, readCorpusFolder } from "../../corpus/read-folder.ts";
import { GoldFileError, parseGoldFile, type GoldGraph, judgeRelations } from "../../eval/index.ts";
import {
  articleInput,
  extractArticle,
  graphFromExtractions,
  type ArticleExtraction,
  getLexicon,
  brierScore,
  checkFigures,
  fitCalibrationTable,
  reliabilityTable,
  type JudgedRelation,
  type JudgedSet,
  round3,
  type ReliabilityBin,
} from "../../extract/index.ts";
import { isRelation, type ArticleMeta } from "../../model/types.ts";
import { OutputError, writeOutputFile } from "../output.ts";
import {
  formatMarkdown,
  formatRulesMarkdown,
  formatText,
  replaceReadmeBlock,
  RULES_END,
  RULES_START,
  type CalibrationReport,
} from "./calibrate-report.ts";

export const DEFAULT_CALIBRATION_FILE = "graph-data/calibration/rule-precision.json";
export const DEFAULT_DEVSET_DIR = "../shared/devset";
const BUNDLED = { name: "bundled", articles: "graph-data/articles", gold: "tests/gold/bundled.gold.json" };
const HELDOUT_DIR = "tests/fixtures/heldout";
/** Folds of dev-set articles for the cross-validated check. */
const FOLDS = 5;

interface CalibrateFlags {
  devset: string;
  out: string;
  dryRun?: boolean;
  readme?: string;
}

/** One annotated corpus, read and extracted once; graphs of any subset of its articles are cheap from here. */
interface AnnotatedCorpus {
  name: string;
  metas: ArticleMeta[];
  texts: Map<string, string>;
  extractions: Map<string, ArticleExtraction>;
  gold: GoldGraph;
  refused: string[];
}

export function registerCalibrateCommand(program: Command): void {
  program
    .command("calibrate")
    .description(
      "Measure each extraction rule's precision on the annotated sets and write the confidence calibration table.",
    )
    .option("--devset <dir>", "dev set folder: articles/ and gold.json", DEFAULT_DEVSET_DIR)
    .option("-o, --out <file>", "where to write the table", DEFAULT_CALIBRATION_FILE)
    .option("--dry-run", "print the figures without writing the table")
    .option("--readme <file>", "also rewrite the figures between the calibration markers of this README (README.md)")
    .addHelpText(
      "after",
      `\nSets: the dev set, the bundled corpus (${BUNDLED.articles} + ${BUNDLED.gold}), and each ${HELDOUT_DIR}/*/ (articles/ + gold.json).\nRun it after changing extraction rules (\`npx entente calibrate --readme README.md\`), then \`npx entente build\`.`,
    )
    .action(async (flags: CalibrateFlags) => {
      process.exitCode = await runCalibrate(flags);
    });
}

async function runCalibrate(flags: CalibrateFlags): Promise<number> {
  const sources = [
    { name: "dev set", articles: join(flags.devset, "articles"), gold: join(flags.devset, "gold.json") },
    BUNDLED,
    ...heldoutSets(),
  ];
  let corpora: AnnotatedCorpus[];
  let readme: string | null = null;
  try {
    if (flags.readme !== undefined) readme = readReadme(flags.readme);
    corpora = sources.map((s) => readAnnotated(s.name, s.articles, s.gold));
  } catch (error) {
    if (!(error instanceof CalibrateInputError)) throw error;
    process.stderr.write(`entente calibrate: ${error.message}\n`);
    return 2;
  }
  const report = calibrate(corpora);
  process.stdout.write(formatText(report));
  if (!flags.dryRun) {
    // Through the CLI's one output path (output.ts): a write that fails is one sentence and exit code 2.
    try {
      await writeOutputFile(flags.out, `${JSON.stringify(report.table, null, 2)}\n`, "rule-precision.json");
      process.stderr.write(`entente calibrate: wrote ${flags.out}\n`);
      if (readme !== null && flags.readme !== undefined) {
        const withFigures = replaceReadmeBlock(readme, formatMarkdown(report));
        // The rule list is the project README's; another README may hold the calibration block alone.
        const withRules = withFigures.includes(RULES_START)
          ? replaceReadmeBlock(withFigures, formatRulesMarkdown(report.table), RULES_START, RULES_END)
          : withFigures;
        await writeOutputFile(flags.readme, withRules, "README.md");
        process.stderr.write(`entente calibrate: updated the figures in ${flags.readme}\n`);
      }
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      process.stderr.write(`entente calibrate: ${error.message}\n`);
      return 2;
    }
  }
  return report.refused.length > 0 ? 1 : 0;
}

/** The README's text, checked to hold the calibration block before any work is done. */
function readReadme(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CalibrateInputError(`${path}: cannot read the README (${(error as Error).message})`);
  }
  try {
    replaceReadmeBlock(text, "");
  } catch (error) {
    throw new CalibrateInputError(`${path}: ${(error as Error).message}`);
  }
  return text;
}

/** Fits the table on every set and measures it: in sample, cross-validated on the dev set, each set left out. */
export function calibrate(corpora: readonly AnnotatedCorpus[]): CalibrationReport {
  const sets = corpora.map((c) => judgedSet(c, c.metas));
  const table = fitCalibrationTable(
    sets,
    "Written by `npx entente calibrate` from the sets below; do not edit by hand. README: How extraction works, Confidence.",
  );
  const all = sets.flatMap((s) => s.relations);
  const leaveOneSetOut =
    sets.length < 2
      ? []
      : sets.flatMap((set, i) =>
          set.relations.length === 0
            ? []
            : [
                {
                  name: set.name,
                  check: checkFigures(
                    set.relations,
                    fitCalibrationTable(
                      sets.filter((_, j) => j !== i),
                      "",
                    ),
                  ),
                },
              ],
        );
  return {
    table,
    inSample: { brier: brierScore(all, table), devCheck: checkFigures(sets[0]!.relations, table) },
    crossValidated: crossValidate(corpora[0]!, sets.slice(1)),
    leaveOneSetOut,
    refused: corpora.flatMap((c) => c.refused.map((r) => `${c.name}: ${r}`)),
  };
}

class CalibrateInputError extends Error {}

function heldoutSets(): { name: string; articles: string; gold: string }[] {
  if (!existsSync(HELDOUT_DIR)) return [];
  return readdirSync(HELDOUT_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(HELDOUT_DIR, d.name, "gold.json")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name: `held-out ${name}`,
      articles: join(HELDOUT_DIR, name, "articles"),
      gold: join(HELDOUT_DIR, name, "gold.json"),
    }));
}

/** Reads a corpus folder and its gold; every article is extracted once. Throws `CalibrateInputError` naming the file. */
export function readAnnotated(name: string, articlesDir: string, goldFile: string): AnnotatedCorpus {
  let corpus;
  let gold;
  try {
    corpus = readCorpusFolder(articlesDir);
    gold = parseGoldFile(readFileSync(goldFile, "utf8"), goldFile);
  } catch (error) {
    // A missing or unreadable file is the user's to fix: named, not a stack trace.
    if (
      error instanceof CorpusFolderError ||
      error instanceof GoldFileError ||
      (error as NodeJS.ErrnoException).code !== undefined
    )
      throw new CalibrateInputError(`${name}: ${(error as Error).message}`);
    throw error;
  }
  const lexicon = getLexicon();
  const extractions = new Map(
    corpus.articles.map((a) => [a.meta.id, extractArticle(articleInput(a.meta, a.text), lexicon)]),
  );
  return {
    name,
    metas: corpus.articles.map((a) => a.meta),
    texts: new Map(corpus.articles.map((a) => [a.meta.id, a.text])),
    extractions,
    gold,
    refused: corpus.refusals.map((r) => r.reason),
  };
}

/** The graph of some articles of a corpus, its relation edges judged against the corpus's gold. */
export function judgedSet(corpus: AnnotatedCorpus, metas: readonly ArticleMeta[], name = corpus.name): JudgedSet {
  const graph = graphFromExtractions(
    metas,
    metas.map((m) => corpus.extractions.get(m.id)!),
  );
  const verdicts = judgeRelations(graph, corpus.gold, corpus.texts);
  const relations: JudgedRelation[] = [];
  graph.forEachEdge((key, attributes) => {
    const verdict = verdicts.get(key);
    if (!isRelation(attributes) || verdict === undefined) return;
    relations.push({
      key,
      verdict,
      evidence: attributes.evidence.map((e) =>
        e.rule === undefined ? { article: e.article } : { article: e.article, rule: e.rule },
      ),
    });
  });
  return { name, articles: metas.length, relations };
}

/**
 * The check on data the table never saw: dev-set articles in `FOLDS` folds (by sorted id, round robin), each judged
 * with a table fitted on the other folds and the other sets.
 */
function crossValidate(dev: AnnotatedCorpus, otherSets: readonly JudgedSet[]): CalibrationReport["crossValidated"] {
  const ordered = [...dev.metas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bins = new Map<number, ReliabilityBin>();
  const check = { relations: 0, right: 0 };
  let squaredErrors = 0;
  let judged = 0;
  let good = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = judgedSet(
      dev,
      ordered.filter((_, i) => i % FOLDS === fold),
      "dev test",
    ).relations;
    const table = fitCalibrationTable(
      [
        judgedSet(
          dev,
          ordered.filter((_, i) => i % FOLDS !== fold),
          "dev train",
        ),
        ...otherSets,
      ],
      "",
    );
    const figures = checkFigures(test, table);
    check.relations += figures.relations;
    check.right += figures.right;
    squaredErrors += brierScore(test, table) * test.length;
    judged += test.length;
    good += test.filter((r) => r.verdict !== "wrong").length;
    for (const bin of reliabilityTable(test, table)) {
      const sum = bins.get(bin.from) ?? { ...bin, relations: 0, right: 0, observed: null };
      sum.relations += bin.relations;
      sum.right += bin.right;
      bins.set(bin.from, sum);
    }
  }
  for (const bin of bins.values()) bin.observed = bin.relations === 0 ? null : round3(bin.right / bin.relations);
  const rate = judged === 0 ? 0 : good / judged;
  return {
    folds: FOLDS,
    brier: judged === 0 ? 0 : squaredErrors / judged,
    // The best constant forecast, knowing the observed rate: what a confidence must beat to carry information.
    constantBrier: rate * (1 - rate),
    bins: [...bins.values()],
    check: { ...check, precision: check.relations === 0 ? null : round3(check.right / check.relations) },
  };
}
