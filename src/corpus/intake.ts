/**
 * Corpus intake, the pure door: decides, for each file of a corpus, whether it is a readable French article, and
 * builds its `ArticleMeta`. Bytes in, verdicts out, no `node:fs`, so the CLI, `serve` and the browser admit articles
 * alike. Every refusal names the file, the problem and the fix; a refused file never stops the others.
 *
 * One concern a module: `bytes.ts` (byte checks and decoding), `language.ts` (is it French), `admit-article.ts`
 * (one file → article or refusal), `admit-corpus.ts` (a whole corpus: order, duplicates, manifest leftovers),
 * `html/` (saved web pages: decoding, main text, page metadata), `options.ts`, `types.ts`. This file re-exports them under the names other modules import.
 */
export {
  admitArticle,
  ARTICLE_EXTENSIONS,
  articleId,
  articleKind,
  isArticleFileName,
  type ArticleKind,
} from "./admit-article.ts";
export { cleanTitle, MAX_TITLE_LENGTH, titleFromText } from "./title.ts";
export { decodePage, declaredCharset, type DecodedPage } from "./html/decode.ts";
export { blockText } from "./html/block-text.ts";
export { checkPageMetadata, pageDate, type PageMetadata, type RawPageMetadata } from "./html/page-metadata.ts";
export {
  defaultHtmlReader,
  isPageProblem,
  registerHtmlReader,
  type HtmlReader,
  type PageProblem,
  type PageReading,
} from "./html/reader.ts";
export {
  admitCorpus,
  finishCorpus,
  type AdmittedArticle,
  type FileVerdict,
  compareCodePoints,
  ignoredFilesNotice,
  normaliseForDuplicates,
  type CorpusFile,
  type CorpusReadResult,
} from "./admit-corpus.ts";
export {
  binaryProblem,
  DEFAULT_MAX_BYTES,
  decodeTextFile,
  firstInvalidUtf8,
  tooLargeRefusal,
  type ByteProblem,
} from "./bytes.ts";
export { describeDateSource, inferDate, type DateSource, type InferredDate } from "./dates.ts";
export { displayName, oddNameProblem } from "./display.ts";
export {
  CORPUS_LANGUAGE,
  checkLanguage,
  eldDetector,
  type LanguageDetector,
  type LanguageGuess,
  type LanguageOptions,
} from "./language.ts";
export { DEFAULT_INTAKE_OPTIONS, resolveIntakeOptions, type IntakeOptions } from "./options.ts";
export type { Admission, Refusal, RefusalCode, SourceArticle } from "./types.ts";
