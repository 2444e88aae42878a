/**
 * Admission of one file: decides whether its bytes are a readable French article and builds its `ArticleMeta` from
 * the file and its manifest entry. Pure (bytes in, verdict out, no `node:fs`) so the CLI and the browser admit
 * articles alike. Checks run from the cheapest to the dearest: size, bytes, metadata, language.
 */
import { datePrecision } from "../model/dates.ts";
import type { ArticleMeta } from "../model/types.ts";
import { decodeTextFile, tooLargeRefusal } from "./bytes.ts";
import { displayName, stripUnprintable } from "./display.ts";
import { CORPUS_LANGUAGE, checkLanguage } from "./language.ts";
import { LINE_BREAK } from "./lines.ts";
import { MANIFEST_FILE, type ManifestEntry } from "./manifest.ts";
import { resolveIntakeOptions, type IntakeOptions } from "./options.ts";
import { sha256Hex } from "./sha256.ts";
import type { Admission, RefusalCode } from "./types.ts";

/** Longest title kept; a "first line" can be a whole paragraph in a file without line breaks. */
export const MAX_TITLE_LENGTH = 200;

/** Whether a file name is read as an article: `*.txt`, not hidden, with a non-empty id. */
export function isArticleFileName(file: string): boolean {
  return file.endsWith(".txt") && file.length > ".txt".length && !file.startsWith(".");
}

/** The article id of a file name: the name without `.txt`. */
export function articleId(file: string): string {
  return file.endsWith(".txt") ? file.slice(0, -".txt".length) : file;
}

/**
 * Admit one file as an article, or refuse it with a reason. Never throws on any content.
 * @param file file name relative to the corpus folder (the id is the name without `.txt`)
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
  const decoded = decodeTextFile(bytes);
  if (!("text" in decoded)) return refuse(decoded.code, decoded.reason);
  const { text } = decoded;

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
  }

  const date = entry?.date ?? null;
  const meta: ArticleMeta = {
    id: articleId(file),
    file,
    title: entry?.title ?? titleFromText(text),
    outlet: entry?.outlet ?? null,
    date,
    datePrecision: date === null ? null : datePrecision(date),
    language: CORPUS_LANGUAGE,
    url: entry?.url ?? null,
    sha256: sha256Hex(bytes),
  };
  return { ok: true, article: { meta, text }, notices };
}

/** The title of a text without metadata: its first non-empty line, whitespace collapsed, cut to a readable length. */
export function titleFromText(text: string): string {
  for (const line of text.split(LINE_BREAK)) {
    const title = cleanTitle(line);
    if (title !== "") return title;
  }
  return "";
}

/**
 * A title as shown to readers: whitespace collapsed; no control, bidirectional-override or lone-surrogate character
 * from the page; cut at a word to `MAX_TITLE_LENGTH` characters.
 */
export function cleanTitle(raw: string): string {
  const title = stripUnprintable(raw.replace(/\s+/gu, " ")).trim();
  const chars = [...title];
  if (chars.length <= MAX_TITLE_LENGTH) return title;
  const cut = chars.slice(0, MAX_TITLE_LENGTH - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
