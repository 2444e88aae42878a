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
import { GoldFileError, parseGoldFile, type GoldGraph } from "../../eval/gold.ts";
import { judgeRelations } from "../../eval/score.ts";
import { extractArticle, graphFromExtractions, type ArticleExtraction } from "../../extract/index.ts";
import { getLexicon } from "../../extract/lexicon/lexicon.ts";
import {
  brierScore,
  CHECK_MIN_PRECISION,
  CHECK_THRESHOLD,
  checkFigures,
  fitCalibrationTable,
  reliabilityTable,
  type JudgedRelation,
  type JudgedSet,
} from "../../extract/resolve/calibration-fit.ts";
import type { ReliabilityBin, RulePrecisionTable } from "../../extract/resolve/rule-precision.ts";
import { isRelation, type ArticleMeta } from "../../model/types.ts";
import { writeFileAtomic } from "../atomic-write.ts";

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
    .description("Measure each extraction rule's precision on the annotated sets and write the confidence calibration table.")
    .option("--devset <dir>", "dev set folder: articles/ and gold.json", DEFAULT_DEVSET_DIR)
    .option("-o, --out <file>", "where to write the table", DEFAULT_CALIBRATION_FILE)
    .option("--dry-run", "print the figures without writing the table")
    .addHelpText("after", `\nSets: the dev set, the bundled corpus (${BUNDLED.articles} + ${BUNDLED.gold}), and each ${HELDOUT_DIR}/*/ (articles/ + gold.json).\nRun it after changing extraction rules, then \`npx entente build\`.`)
    .action((flags: CalibrateFlags) => {
      process.exitCode = runCalibrate(flags);
    });
}

function runCalibrate(flags: CalibrateFlags): number {
  const sources = [{ name: "dev set", articles: join(flags.devset, "articles"), gold: join(flags.devset, "gold.json") }, BUNDLED, ...heldoutSets()];
  let corpora: AnnotatedCorpus[];
  try {
    corpora = sources.map((s) => readAnnotated(s.name, s.articles, s.gold));
  } catch (error) {
    if (!(error instanceof CalibrateInputError)) throw error;
    process.stderr.write(`entente calibrate: ${error.message}\n`);
    return 2;
  }
  const sets = corpora.map((c) => judgedSet(c, c.metas));
  const table = fitCalibrationTable(sets, "Written by `npx entente calibrate` from the sets below; do not edit by hand. README: How extraction works, Confidence.");
  const out: string[] = [];
  out.push(...describeSets(sets), "", ...describeRules(table), "", `prior Beta(${table.prior.alpha}, ${table.prior.beta}); sameArticleDiscount ${table.combination.sameArticleDiscount}, otherArticleDiscount ${table.combination.otherArticleDiscount}`);
  const all = sets.flatMap((s) => s.relations);
  out.push("", `reliability (all sets, fitted on themselves; Brier score ${brierScore(all, table).toFixed(4)}):`, ...describeReliability(table.reliability));
  const dev = sets[0]!;
  out.push("", describeCheck("check on the dev set (fitted on all sets)", checkFigures(dev.relations, table)));
  out.push("", ...crossValidate(corpora));
  for (const c of corpora) for (const r of c.refused) out.push(`refused in ${c.name}: ${r}`);
  process.stdout.write(`${out.join("\n")}\n`);
  if (!flags.dryRun) {
    writeFileAtomic(flags.out, `${JSON.stringify(table, null, 2)}\n`);
    process.stderr.write(`entente calibrate: wrote ${flags.out}\n`);
  }
  return corpora.some((c) => c.refused.length > 0) ? 1 : 0;
}

class CalibrateInputError extends Error {}

function heldoutSets(): { name: string; articles: string; gold: string }[] {
  if (!existsSync(HELDOUT_DIR)) return [];
  return readdirSync(HELDOUT_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(HELDOUT_DIR, d.name, "gold.json")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name: `held-out ${name}`, articles: join(HELDOUT_DIR, name, "articles"), gold: join(HELDOUT_DIR, name, "gold.json") }));
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
    if (error instanceof CorpusFolderError || error instanceof GoldFileError || (error as NodeJS.ErrnoException).code !== undefined)
      throw new CalibrateInputError(`${name}: ${(error as Error).message}`);
    throw error;
  }
  const lexicon = getLexicon();
  const extractions = new Map(corpus.articles.map((a) => [a.meta.id, extractArticle({ id: a.meta.id, text: a.text, date: a.meta.date }, lexicon)]));
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
  const graph = graphFromExtractions(metas, metas.map((m) => corpus.extractions.get(m.id)!));
  const verdicts = judgeRelations(graph, corpus.gold, corpus.texts);
  const relations: JudgedRelation[] = [];
  graph.forEachEdge((key, attributes) => {
    const verdict = verdicts.get(key);
    if (!isRelation(attributes) || verdict === undefined) return;
    relations.push({ key, verdict, evidence: attributes.evidence.map((e) => (e.rule === undefined ? { article: e.article } : { article: e.article, rule: e.rule })) });
  });
  return { name, articles: metas.length, relations };
}

/**
 * The check on data the table never saw: dev-set articles in `FOLDS` folds (by sorted id, round robin), each judged
 * with a table fitted on the other folds and the other sets; then each set judged with a table fitted on the others.
 */
function crossValidate(corpora: readonly AnnotatedCorpus[]): string[] {
  const [dev, ...others] = corpora as [AnnotatedCorpus, ...AnnotatedCorpus[]];
  const otherSets = others.map((c) => judgedSet(c, c.metas));
  const ordered = [...dev.metas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const heldOut: { relations: JudgedRelation[]; table: RulePrecisionTable }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = ordered.filter((_, i) => i % FOLDS === fold);
    const train = ordered.filter((_, i) => i % FOLDS !== fold);
    const table = fitCalibrationTable([judgedSet(dev, train, "dev train"), ...otherSets], "");
    heldOut.push({ relations: [...judgedSet(dev, test, "dev test").relations], table });
  }
  const pooled = { relations: 0, right: 0 };
  let squaredErrors = 0;
  let judgedCount = 0;
  const bins = new Map<number, ReliabilityBin>();
  for (const { relations, table } of heldOut) {
    const figures = checkFigures(relations, table);
    squaredErrors += brierScore(relations, table) * relations.length;
    judgedCount += relations.length;
    pooled.relations += figures.relations;
    pooled.right += figures.right;
    for (const bin of reliabilityTable(relations, table)) {
      const sum = bins.get(bin.from) ?? { ...bin, relations: 0, right: 0, observed: null };
      sum.relations += bin.relations;
      sum.right += bin.right;
      bins.set(bin.from, sum);
    }
  }
  for (const bin of bins.values()) bin.observed = bin.relations === 0 ? null : Math.round((bin.right / bin.relations) * 1000) / 1000;
  const brier = judgedCount === 0 ? 0 : squaredErrors / judgedCount;
  const lines = [
    `cross-validated reliability (dev set, ${FOLDS} folds of articles, each judged with a table fitted without it; Brier score ${brier.toFixed(4)}):`,
    ...describeReliability([...bins.values()]),
  ];
  lines.push(describeCheck(`check, ${FOLDS}-fold cross-validated on the dev set`, { ...pooled, precision: pooled.relations === 0 ? null : Math.round((pooled.right / pooled.relations) * 1000) / 1000 }));
  const judged = [judgedSet(dev, dev.metas), ...otherSets];
  judged.forEach((set, i) => {
    if (set.relations.length === 0 || judged.length < 2) return;
    const table = fitCalibrationTable(judged.filter((_, j) => j !== i), "");
    lines.push(describeCheck(`check on ${set.name}, fitted without it`, checkFigures(set.relations, table)));
  });
  return lines;
}

function describeSets(sets: readonly JudgedSet[]): string[] {
  return sets.map((s) => {
    const count = (v: string) => s.relations.filter((r) => r.verdict === v).length;
    return `${s.name}: ${s.articles} articles, ${s.relations.length} relations judged (right ${count("right")}, allowed ${count("allowed")}, wrong ${count("wrong")})`;
  });
}

function describeRules(table: RulePrecisionTable): string[] {
  const rows = [...Object.entries(table.rules), ["(default: pooled, for unknown rules)", table.default] as const];
  const width = Math.max(...rows.map(([id]) => id.length));
  return [`${"rule".padEnd(width)}  right allowed wrong  precision`, ...rows.map(([id, c]) => `${id.padEnd(width)}  ${String(c.right).padStart(5)} ${String(c.allowed).padStart(7)} ${String(c.wrong).padStart(5)}  ${c.precision.toFixed(3).padStart(9)}`)];
}

function describeReliability(bins: readonly ReliabilityBin[]): string[] {
  return [
    "  confidence    relations  right  observed",
    ...bins.map((b) => `  ${`[${b.from.toFixed(2)}, ${b.to.toFixed(2)}${b.to === 1 ? "]" : ")"}`.padEnd(12)}  ${String(b.relations).padStart(9)}  ${String(b.right).padStart(5)}  ${b.observed === null ? "       —" : b.observed.toFixed(3).padStart(8)}`),
  ];
}

function describeCheck(title: string, figures: { relations: number; right: number; precision: number | null }): string {
  const verdict = figures.precision === null ? "no relation reaches it" : figures.precision >= CHECK_MIN_PRECISION ? "holds" : "FAILS";
  return `${title}: confidence ≥ ${CHECK_THRESHOLD}: ${figures.right}/${figures.relations} right or allowed${figures.precision === null ? "" : ` (${figures.precision})`}, target ≥ ${CHECK_MIN_PRECISION}: ${verdict}`;
}
