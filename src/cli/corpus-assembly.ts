/**
 * The build's cross-file step of intake, once every file has its own verdict (from a worker or the cache): the same
 * `finishCorpus` as `readCorpusFolder` (`src/corpus/admit-corpus.ts`: names given twice, one article id for two files,
 * duplicates, invalid manifest entries, near-duplicates, manifest entries naming no file), with each admitted article
 * carrying its extraction along.
 */
import type { ArticleResult } from "../cache/article-result.ts";
import { finishCorpus, ignoredFilesNotice, type FileVerdict, type Refusal, type Manifest } from "../corpus/index.ts";
import type { ArticleExtraction } from "../extract/index.ts";
import type { ArticleMeta } from "../model/types.ts";

/** One article file's verdict: refused before intake (by the reader), or the result of intake and extraction. */
export type BuildVerdict = { file: string; refusal: Refusal } | { file: string; result: ArticleResult };

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
 * @param verdicts one per article file
 * @param ignored entries of the folder that are not articles (for the notice)
 */
export function assembleCorpus(
  verdicts: readonly BuildVerdict[],
  manifest: Manifest,
  ignored: readonly string[],
): AssembledCorpus {
  const own = verdicts.map((verdict): FileVerdict<ArticleExtraction> => {
    if ("refusal" in verdict) return verdict;
    const { result } = verdict;
    if (!result.ok) return { file: verdict.file, rejected: result.refusal };
    return {
      file: verdict.file,
      admitted: {
        article: { meta: result.meta, text: result.text },
        notices: result.notices,
        payload: result.extraction,
      },
    };
  });
  const finished = finishCorpus(own, manifest);
  return {
    articles: finished.articles.map((a) => a.article.meta),
    extractions: finished.articles.map((a) => a.payload),
    refusals: finished.refusals,
    notices: ignored.length > 0 ? [ignoredFilesNotice(ignored), ...finished.notices] : finished.notices,
  };
}
