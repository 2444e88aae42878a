/**
 * The build's cross-file step of intake, once every file has its own verdict (from a worker or the cache): in name
 * order, duplicates (the same normalised text as an earlier file) are refused, then files whose manifest entry is
 * invalid, and manifest entries naming no file are reported. The same rules, order and messages as `admitCorpus`
 * (`src/corpus/intake.ts`), which admits files itself and so cannot take verdicts made elsewhere;
 * `tests/unit/cli/build-corpus.test.ts` holds the two to the same result.
 */
import type { ArticleResult } from "../cache/article-result.ts";
import { compareCodePoints, displayName, ignoredFilesNotice, type Refusal } from "../corpus/intake.ts";
import { MANIFEST_FILE, type Manifest } from "../corpus/manifest.ts";
import type { ArticleExtraction } from "../extract/index.ts";
import type { ArticleMeta } from "../model/types.ts";

/** One article file's verdict: refused before intake (by the reader), or the result of intake and extraction. */
export type FileVerdict = { file: string; refusal: Refusal } | { file: string; result: ArticleResult };

/** The corpus as the merge takes it. */
export interface AssembledCorpus {
  /** Admitted articles in name order, with their extractions (parallel arrays, as `graphFromExtractions` takes them). */
  articles: ArticleMeta[];
  extractions: ArticleExtraction[];
  refusals: Refusal[];
  notices: string[];
}

/**
 * Assembles the corpus from per-file verdicts.
 * @param verdicts one per article file, in code-point order of names
 * @param ignored entries of the folder that are not articles (for the notice)
 */
export function assembleCorpus(
  verdicts: readonly FileVerdict[],
  manifest: Manifest,
  ignored: readonly string[],
): AssembledCorpus {
  const corpus: AssembledCorpus = { articles: [], extractions: [], refusals: [], notices: [] };
  if (manifest.fatal !== null) corpus.refusals.push({ file: MANIFEST_FILE, code: "metadata", reason: manifest.fatal });
  if (ignored.length > 0) corpus.notices.push(ignoredFilesNotice(ignored));

  const seenNames = new Set<string>();
  const firstWithText = new Map<string, string>();
  for (const verdict of verdicts) {
    const { file } = verdict;
    seenNames.add(file);
    if ("refusal" in verdict) {
      corpus.refusals.push(verdict.refusal);
      continue;
    }
    const issues = manifest.invalid.get(file);
    const result = verdict.result;
    if (!result.ok) {
      corpus.refusals.push(result.refusal);
      // Still say what is wrong with its entry, so one round of fixes is enough.
      for (const issue of issues ?? []) corpus.notices.push(`corpus: ${issue.message}.`);
      continue;
    }
    // Duplicates before metadata problems, so that fixing the manifest never changes which copy is kept.
    const first = firstWithText.get(result.duplicateKey);
    if (first !== undefined) {
      corpus.refusals.push({
        file,
        code: "duplicate",
        reason: `corpus: "${displayName(file)}" has the same text as "${displayName(first)}" (whitespace aside); only "${displayName(first)}" is read. Remove one of them.`,
      });
      continue;
    }
    firstWithText.set(result.duplicateKey, file);
    if (issues !== undefined) {
      corpus.refusals.push({
        file,
        code: "metadata",
        reason: `corpus: "${displayName(file)}" is refused because its metadata is invalid: ${issues.map((i) => i.message).join("; ")}. Fix the entry or remove it.`,
      });
      continue;
    }
    corpus.notices.push(...result.notices);
    corpus.articles.push(result.meta);
    corpus.extractions.push(result.extraction);
  }

  const keyed = [...manifest.entries.keys(), ...manifest.invalid.keys()].sort(compareCodePoints);
  for (const name of keyed) {
    if (seenNames.has(name)) continue;
    const near = [...seenNames].find((f) => f.toLowerCase() === name.toLowerCase());
    const hint = near === undefined ? "" : ` Did you mean "${displayName(near)}"?`;
    corpus.notices.push(
      `corpus: ${MANIFEST_FILE} has an entry for "${displayName(name)}", but the corpus has no such .txt file; the entry is ignored.${hint}`,
    );
  }
  return corpus;
}
