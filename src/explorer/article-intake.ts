/**
 * An article added in the browser, from text to graph: the corpus intake of the CLI (`admitCorpus`, so the same
 * refusals with the same messages), a check against the articles the graph already has, then the pure extraction
 * pipeline (`extractGraph`). Pure and synchronous; the page runs it in a web worker (`extract-worker.ts`).
 */
import {
  admitCorpus,
  articleId,
  isArticleFileName,
  normaliseForDuplicates,
  type SourceArticle,
  parseManifest,
  type ManifestEntry,
} from "../corpus/index.ts";
import { extractGraph } from "../extract/index.ts";
import { slugify } from "../model/text-keys.ts";
import type { SerializedEntenteGraph } from "../model/types.ts";
import { t } from "./i18n/index.ts";

/** An article as the page has it: a file name (dropped file) or none (pasted text), its bytes, and the form's metadata. */
export interface ArticleSubmission {
  /** `name.txt`; derived from the title when absent. */
  file: string | null;
  bytes: Uint8Array;
  /** Title, outlet and date typed in the form; empty fields are left out. */
  entry: ManifestEntry;
}

/** What the graph already holds, for duplicate checks. */
export interface KnownArticles {
  ids: readonly string[];
  sha256: readonly string[];
  /** Normalised texts of the articles added in the browser (the page has no other texts). */
  texts: readonly { id: string; text: string }[];
}

export type IntakeResult =
  | { ok: true; article: SourceArticle; graph: SerializedEntenteGraph; notices: string[] }
  | { ok: false; reason: string };

/** Drops trailing hyphens with one backward scan (a `/-+$/` regex backtracks quadratically on long runs). */
function trimTrailingHyphens(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === "-") end--;
  return value.slice(0, end);
}

/** A file name for a pasted text: its title as a slug, made unique among the known ids. */
export function fileNameFor(title: string, text: string, known: readonly string[]): string {
  const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== "") ?? "";
  const stem = (trimTrailingHyphens(slugify(title || firstLine).slice(0, 60)) || "article").replace(/^\.+/, "");
  const taken = new Set(known);
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return `${id}.txt`;
}

/**
 * A dropped file's name as a corpus file name: kept when it is plain (letters, digits, ".", "_", "-", ending in
 * .txt, as `serve` writes), else made plain from its stem ("Le Monde – 5 mars.txt" → "le-monde-5-mars.txt"). Names
 * that are not .txt are left for the intake to refuse.
 */
export function safeFileName(file: string): string {
  if (!file.toLowerCase().endsWith(".txt") || /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.txt$/.test(file)) return file;
  return `${trimTrailingHyphens(slugify(file.slice(0, -4)).slice(0, 100)) || "article"}.txt`;
}

/** Admits and extracts one article; every refusal is a sentence naming the file and the fix. */
export function intakeArticle(submission: ArticleSubmission, known: KnownArticles): IntakeResult {
  const file = submission.file ?? "";
  if (!isArticleFileName(file))
    return {
      ok: false,
      reason: t("intake.notArticle", { file }),
    };
  if (known.ids.includes(articleId(file)))
    return {
      ok: false,
      reason: t("intake.sameId", { file, id: articleId(file) }),
    };
  // The form's fields go through the manifest's own validation, so a bad date is refused as the CLI refuses it.
  const manifest = parseManifest(JSON.stringify({ [file]: submission.entry }), t("intake.form"));
  const { articles, refusals, notices } = admitCorpus([{ file, bytes: submission.bytes }], manifest);
  const article = articles[0];
  if (article === undefined)
    return { ok: false, reason: refusals.map((r) => r.reason).join(" ") || t("intake.notAdmitted", { file }) };
  if (known.sha256.includes(article.meta.sha256))
    return {
      ok: false,
      reason: t("intake.sameText", { file }),
    };
  const normalised = normaliseForDuplicates(article.text);
  const twin = known.texts.find((t) => normaliseForDuplicates(t.text) === normalised);
  if (twin !== undefined)
    return {
      ok: false,
      reason: t("intake.twin", { file, twin: `${twin.id}.txt` }),
    };
  const graph = extractGraph([article]);
  return { ok: true, article, graph: graph.export(), notices };
}
