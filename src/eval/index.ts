/**
 * Evaluation against a gold graph in the dev set's format, with `score.mjs`'s semantics: the public entry for the CLI,
 * the tests and calibration (`judgeRelations` gives each relation edge its verdict).
 */
export { readArticleTexts } from "./article-texts.ts";
export { figuresByRule, NO_RULE, type RuleFigures } from "./by-rule.ts";
export { formatByRule, formatReport, summaryLine } from "./format.ts";
export {
  GoldFileError,
  parseGoldFile,
  type GoldArticle,
  type GoldEntity,
  type GoldGraph,
  type GoldRelation,
} from "./gold.ts";
export { foldForMatch, matchActors, type ActorMatch } from "./match.ts";
export {
  judgeRelations,
  scoreGraph,
  type ArticleTexts,
  type ScoreReport,
  type TypeFigures,
  type Verdict,
} from "./score.ts";
