/**
 * The work done for one article file, in a worker thread or in the main thread alike: the intake's checks (decode,
 * binary and encoding checks, metadata, language) and, when the file is admitted, extraction. Everything here
 * depends only on the file's name, bytes and manifest entry, which is what makes its result cacheable.
 */
import { admitArticle } from "../corpus/index.ts";
// Workers read saved web pages too: this registers linkedom as the page reader in the thread that imports it.
import "../corpus/html/linkedom-reader.ts";
import { articleInput, extractArticle, type Lexicon } from "../extract/index.ts";
import type { ArticleResult } from "../cache/article-result.ts";
import type { ArticleJob } from "./worker-protocol.ts";

/** Admits and extracts one file; never throws on any content (a bug in the extractor still throws). */
export function processArticle(job: ArticleJob, lexicon: Lexicon): ArticleResult {
  const admission = admitArticle(job.file, job.bytes, job.entry);
  if (!admission.ok) return { ok: false, refusal: admission.refusal };
  const { meta, text } = admission.article;
  return {
    ok: true,
    meta,
    notices: admission.notices,
    text,
    extraction: extractArticle(articleInput(meta, text), lexicon),
  };
}
