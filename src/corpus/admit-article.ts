/**
 * Admission of one file: decides whether its bytes are a readable French article and builds its `ArticleMeta` from
 * the file, what a saved page says about itself, and its manifest entry (which wins field by field). Pure (bytes in,
 * verdict out, no `node:fs`) so the CLI and the browser admit articles alike. Checks run from the cheapest to the
 * dearest: size, bytes, page, metadata, language.
 */
import { datePrecision } from "../model/dates.ts";
import type { ArticleMeta } from "../model/types.ts";
import { decodeTextFile, tooLargeRefusal, type ByteProblem } from "./bytes.ts";
import { describeDateSource, inferDate, type InferredDate } from "./dates.ts";
import { displayName } from "./display.ts";
import { articleId, articleKind } from "./file-names.ts";
import { decodePage } from "./html/decode.ts";
import type { PageMetadata } from "./html/page-metadata.ts";
import { isPageProblem, type PageProblem } from "./html/reader.ts";
import { CORPUS_LANGUAGE, checkLanguage } from "./language.ts";
import { MANIFEST_FILE, type ManifestEntry } from "./manifest.ts";
import { resolveIntakeOptions, type IntakeOptions } from "./options.ts";
import { sha256Hex } from "./sha256.ts";
import { titleFromText } from "./title.ts";
import type { Admission, RefusalCode } from "./types.ts";

export { ARTICLE_EXTENSIONS, articleId, articleKind, isArticleFileName, type ArticleKind } from "./file-names.ts";

/** The text of a file and, for a saved page, what the page says about itself. */
interface ArticleContent {
  text: string;
  page: PageMetadata | null;
}

/** Decodes a text file, or decodes, parses and reads a saved page. */
function readContent(file: string, bytes: Uint8Array, opts: IntakeOptions): ArticleContent | ByteProblem | PageProblem {
  if (articleKind(file) !== "page") {
    const decoded = decodeTextFile(bytes);
    return "text" in decoded ? { text: decoded.text, page: null } : decoded;
  }
  const decoded = decodePage(bytes);
  if (!("html" in decoded)) return decoded;
  const reading = opts.readHtml(decoded.html);
  return isPageProblem(reading) ? reading : { text: reading.text, page: reading.metadata };
}

/**
 * Admit one file as an article, or refuse it with a reason. Never throws on any content.
 * @param file file name relative to the corpus folder (the id is the name without its extension)
 * @param bytes the file's whole content
 * @param entry its validated manifest entry, if any
 */
export function admitArticle(
  file: string,
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  options: Partial<IntakeOptions> = {},
): Admission {
  const opts = resolveIntakeOptions(options);
  const refuse = (code: RefusalCode, reason: string): Admission => ({
    ok: false,
    refusal: { file, code, reason: `corpus: "${displayName(file)}" ${reason}` },
  });

  if (bytes.length > opts.maxBytes) return { ok: false, refusal: tooLargeRefusal(file, bytes.length, opts.maxBytes) };
  const content = readContent(file, bytes, opts);
  if (!("text" in content)) return refuse(content.code, content.reason);
  const { text, page } = content;

  const notices: string[] = [];
  if (entry?.date != null && datePrecision(entry.date) === null) {
    return refuse(
      "metadata",
      `has an invalid date "${entry.date}" in ${MANIFEST_FILE}. Write "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null.`,
    );
  }
  if (entry?.language !== undefined && entry.language !== CORPUS_LANGUAGE) {
    return refuse(
      "language",
      `is declared "${entry.language}" in ${MANIFEST_FILE}; only French ("fr") articles are read. ` +
        "Remove the file or correct the language.",
    );
  }
  if (entry?.language === undefined) {
    const verdict = checkLanguage(text, opts);
    if (verdict.refusal !== null) return refuse("language", verdict.refusal);
    if (verdict.notice !== null) notices.push(`corpus: "${displayName(file)}" ${verdict.notice}`);
    else if (page?.language != null && page.language !== CORPUS_LANGUAGE) {
      notices.push(
        `corpus: "${displayName(file)}" declares the language "${page.language}" in <html lang>, but its text reads as French; admitted as French.`,
      );
    }
  }

  // The manifest wins field by field when it has the field (null included: "no outlet", "no date"); then the page;
  // for the date, last, the text itself (its dateline, "publié le" line or first paragraph), said in a notice.
  let date = entry?.date !== undefined ? entry.date : (page?.date ?? null);
  let inferredDate: InferredDate | null = null;
  if (entry?.date === undefined && date === null) {
    inferredDate = inferDate(text);
    if (inferredDate !== null && datePrecision(inferredDate.date) !== null) {
      date = inferredDate.date;
      const where = page === null ? MANIFEST_FILE : `${MANIFEST_FILE} or its page`;
      notices.push(
        `corpus: "${displayName(file)}" has no date in ${where}; dated ${date} from ${describeDateSource(inferredDate)}.`,
      );
    } else inferredDate = null;
  }
  const meta: ArticleMeta = {
    id: articleId(file),
    file,
    title: entry?.title ?? page?.title ?? titleFromText(text),
    outlet: entry?.outlet !== undefined ? entry.outlet : (page?.outlet ?? null),
    date,
    datePrecision: date === null ? null : datePrecision(date),
    language: CORPUS_LANGUAGE,
    url: entry?.url !== undefined ? entry.url : (page?.url ?? null),
    sha256: sha256Hex(bytes),
  };
  return { ok: true, article: { meta, text }, notices, ...(inferredDate === null ? {} : { inferredDate }) };
}
