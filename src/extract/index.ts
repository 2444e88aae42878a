/**
 * The extraction pipeline's public entry: articles (text + metadata) in, a validated Entente graph out. Pure and
 * synchronous, so the CLI, the benchmarks and the browser all run exactly the same code.
 */
import type { ArticleMeta, EntenteGraph } from "../model/types.ts";
import { articleInput, extractArticle } from "./article.ts";
import { getLexicon } from "./lexicon/lexicon.ts";
import { buildCorpusGraph } from "./resolve/corpus-graph.ts";
import type { ArticleExtraction } from "./types.ts";

export interface ArticleSource {
  meta: ArticleMeta;
  text: string;
}

export { articleInput, extractArticle, type ArticleInput } from "./article.ts";
export { getLexicon, type Lexicon } from "./lexicon/lexicon.ts";
// Calibration of relation confidence (`entente calibrate` fits the table the extraction then reads).
export {
  brierScore,
  CHECK_MIN_PRECISION,
  CHECK_THRESHOLD,
  checkFigures,
  fitCalibrationTable,
  reliabilityTable,
  type JudgedRelation,
  type JudgedSet,
} from "./resolve/calibration-fit.ts";
export { round3, type CalibrationSet, type ReliabilityBin, type RulePrecisionTable } from "./resolve/rule-precision.ts";
export { RELATION_RULES, type RelationRuleDoc } from "./relations/rule-list.ts";
export type { ArticleExtraction } from "./types.ts";

/** Extracts every article and builds the corpus graph (without layout positions). */
export function extractGraph(sources: readonly ArticleSource[]): EntenteGraph {
  const lexicon = getLexicon();
  const extractions: ArticleExtraction[] = sources.map((s) => extractArticle(articleInput(s.meta, s.text), lexicon));
  return buildCorpusGraph({ articles: sources.map((s) => s.meta), extractions }, lexicon);
}

/** Merges per-article extractions made elsewhere (e.g. in worker threads) into the corpus graph. */
export function graphFromExtractions(
  articles: readonly ArticleMeta[],
  extractions: readonly ArticleExtraction[],
): EntenteGraph {
  return buildCorpusGraph({ articles, extractions }, getLexicon());
}
