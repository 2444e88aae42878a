/**
 * Admission of a whole corpus: every file through `admitArticle`, in code-point order of names, then the checks that
 * need the others: a name given twice, exact duplicates (the same normalised text as an earlier file), manifest
 * entries that failed validation or name no file. Pure, like `admitArticle`.
 */
import { admitArticle, articleId, isArticleFileName } from "./admit-article.ts";
import { displayName } from "./display.ts";
import { EMPTY_MANIFEST, MANIFEST_FILE, type Manifest } from "./manifest.ts";
import { nearDuplicateGroups } from "./near-duplicates.ts";
import { resolveIntakeOptions, type IntakeOptions } from "./options.ts";
import type { Refusal, SourceArticle } from "./types.ts";

/** The text two articles are compared by: NFC, whitespace runs as one space, trimmed. */
export function normaliseForDuplicates(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Code-point order (JS `<` compares UTF-16 units, which misplaces characters beyond U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done && cb.done ? 0 : ca.done ? -1 : 1;
    const d = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** One file handed to `admitCorpus`: its bytes, or a refusal already decided by the reader (too large, unreadable). */
export type CorpusFile = { file: string; bytes: Uint8Array } | { file: string; refusal: Refusal };

/** What intake made of a corpus. */
export interface CorpusReadResult {
  /** Admitted articles, sorted by file name (code-point order). */
  articles: SourceArticle[];
  /** Refused files in the same order, the manifest first when it could not be used. */
  refusals: Refusal[];
  /** Warnings that excluded nothing (ignored files, orphan manifest entries, unchecked language), each naming its file. */
  notices: string[];
}

/**
 * Admit a whole corpus: every file through `admitArticle`, then the cross-file checks (`finishCorpus`).
 * @param files the folder's files; names that are not articles (`*.txt`, `*.html`, `*.htm`) are listed in a notice
 *   and skipped
 * @param manifest the parsed `metadata.json`, if the corpus has one
 */
export function admitCorpus(
  files: readonly CorpusFile[],
  manifest: Manifest = EMPTY_MANIFEST,
  options: Partial<IntakeOptions> = {},
): CorpusReadResult {
  const opts = resolveIntakeOptions(options);
  const verdicts = files.map((input): FileVerdict<null> => {
    if ("refusal" in input || !isArticleFileName(input.file)) return input as FileVerdict<null>;
    const admission = admitArticle(input.file, input.bytes, manifest.entries.get(input.file), opts);
    return admission.ok
      ? { file: input.file, admitted: { article: admission.article, notices: admission.notices, payload: null } }
      : { file: input.file, rejected: admission.refusal };
  });
  const { articles, refusals, notices } = finishCorpus(verdicts, manifest);
  return { articles: articles.map((a) => a.article), refusals, notices };
}

/**
 * One file's own verdict, made wherever (here, in a build worker, or read back from the build's cache): refused by
 * the reader (`refusal`: too large, unreadable, a link), by its own checks (`rejected`: binary, not French…), or
 * admitted with its article and notices and whatever the caller carries along with it (`payload`: an extraction).
 * A name that is not an article's, with bytes, is listed as ignored.
 */
export type FileVerdict<P> =
  | { file: string; refusal: Refusal }
  | { file: string; rejected: Refusal }
  | { file: string; bytes: Uint8Array }
  | { file: string; admitted: AdmittedArticle<P> };

export interface AdmittedArticle<P> {
  article: SourceArticle;
  notices: string[];
  payload: P;
}

/**
 * The cross-file checks of intake, once every file has its own verdict: in code-point order of names, a name given
 * twice and a second file with the same article id ("a.txt", "a.html") are refused, then duplicates (the same
 * normalised text as an earlier file), then files whose manifest entry is invalid; near-duplicates are marked
 * (`sameStoryAs`), and manifest entries naming no file reported.
 */
export function finishCorpus<P>(
  verdicts: readonly FileVerdict<P>[],
  manifest: Manifest = EMPTY_MANIFEST,
): { articles: AdmittedArticle<P>[]; refusals: Refusal[]; notices: string[] } {
  const result = { articles: [] as AdmittedArticle<P>[], refusals: [] as Refusal[], notices: [] as string[] };
  const sorted = [...verdicts].sort((a, b) => compareCodePoints(a.file, b.file));

  if (manifest.fatal !== null) result.refusals.push({ file: MANIFEST_FILE, code: "metadata", reason: manifest.fatal });

  const ignored = sorted.map((f) => f.file).filter((name) => name !== MANIFEST_FILE && !isArticleFileName(name));
  if (ignored.length > 0) result.notices.push(ignoredFilesNotice(ignored));

  const seenNames = new Set<string>();
  /** Article id → the first file that has it: "a.txt" and "a.html" would give two articles one id. */
  const fileWithId = new Map<string, string>();
  const firstWithText = new Map<string, string>();
  for (const verdict of sorted) {
    const { file } = verdict;
    if (!isArticleFileName(file)) continue;
    if (seenNames.has(file)) {
      result.refusals.push({
        file,
        code: "duplicate",
        reason: `corpus: "${displayName(file)}" was given twice; only the first is read.`,
      });
      continue;
    }
    seenNames.add(file);
    const sameId = fileWithId.get(articleId(file));
    if (sameId !== undefined) {
      result.refusals.push({
        file,
        code: "duplicate",
        reason: `corpus: "${displayName(file)}" has the same article id "${displayName(articleId(file))}" as "${displayName(sameId)}"; only "${displayName(sameId)}" is read. Rename one of them.`,
      });
      continue;
    }
    fileWithId.set(articleId(file), file);
    const issues = manifest.invalid.get(file);
    if ("refusal" in verdict) {
      result.refusals.push(verdict.refusal);
      continue;
    }
    if ("rejected" in verdict) {
      result.refusals.push(verdict.rejected);
      // Still say what is wrong with its entry, so one round of fixes is enough.
      for (const issue of issues ?? []) result.notices.push(`corpus: ${issue.message}.`);
      continue;
    }
    if (!("admitted" in verdict)) continue;
    const admitted = verdict.admitted;
    // Duplicates are found before metadata problems so that fixing the manifest never changes which copy is kept.
    const key = normaliseForDuplicates(admitted.article.text);
    const first = firstWithText.get(key);
    if (first !== undefined) {
      result.refusals.push({
        file,
        code: "duplicate",
        reason: `corpus: "${displayName(file)}" has the same text as "${displayName(first)}" (whitespace aside); only "${displayName(first)}" is read. Remove one of them.`,
      });
      continue;
    }
    firstWithText.set(key, file);
    if (issues !== undefined) {
      result.refusals.push({
        file,
        code: "metadata",
        reason: `corpus: "${displayName(file)}" is refused because its metadata is invalid: ${issues.map((i) => i.message).join("; ")}. Fix the entry or remove it.`,
      });
      continue;
    }
    result.notices.push(...admitted.notices);
    result.articles.push(admitted);
  }

  markNearDuplicates(
    result.articles.map((a) => a.article),
    result.notices,
  );

  const keyed = [...manifest.entries.keys(), ...manifest.invalid.keys()].sort(compareCodePoints);
  for (const name of keyed) {
    if (seenNames.has(name)) continue;
    const near = [...seenNames].find((f) => f.toLowerCase() === name.toLowerCase());
    const hint = near === undefined ? "" : ` Did you mean "${displayName(near)}"?`;
    result.notices.push(
      `corpus: ${MANIFEST_FILE} has an entry for "${displayName(name)}", but the corpus has no such article file; the entry is ignored.${hint}`,
    );
  }
  return result;
}

/**
 * Marks each admitted article that tells the same story as an earlier one (`near-duplicates.ts`) with
 * `sameStoryAs`, the id of the group's first article, and says so in a notice: both are kept as sources, and edge
 * weights count the story once.
 */
function markNearDuplicates(articles: readonly SourceArticle[], notices: string[]): void {
  const byFile = new Map(articles.map((a) => [a.meta.file, a]));
  const groups = nearDuplicateGroups(articles.map((a) => ({ id: a.meta.file, text: a.text })));
  for (const group of groups) {
    const first = byFile.get(group.first)!;
    for (const other of group.others) {
      byFile.get(other.id)!.meta.sameStoryAs = first.meta.id;
      notices.push(
        `corpus: "${displayName(other.id)}" tells the same story as "${displayName(group.first)}" (${Math.round(100 * other.similarity)}% of their word 5-grams in common): both are kept as sources, and the story counts once in edge weights.`,
      );
    }
  }
}

/** The notice listing files that are not articles. */
export function ignoredFilesNotice(names: readonly string[]): string {
  return `corpus: ignored ${names.length} file(s) that are not articles (.txt, .html, .htm): ${names.map(displayName).join(", ")}.`;
}
