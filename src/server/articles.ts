/**
 * `POST articles`: a new article saved into the project folder, checked exactly as `entente build` would read it
 * (`admitArticle`: size, encoding, binary, language; the `metadata.json` entry schema) and against the folder (name
 * taken, same text as an article already there) before anything is written. Then its `metadata.json` entry and its
 * `.txt` are written atomically; the next `GET graph.json` rebuilds with it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../files/atomic-write.ts";
import {
  admitArticle,
  isArticleFileName,
  MANIFEST_FILE,
  normaliseForDuplicates,
  parseManifest,
  type ManifestEntry,
  type SourceArticle,
} from "../corpus/index.ts";

/** A plain file name in the folder: no path separator, no leading dot, no `..`, ends in `.txt`. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.txt$/;
const BODY_FIELDS = ["file", "text", "title", "outlet", "date", "url", "language", "note"];

/** An article refused, with the HTTP status that says why (400 invalid, 409 conflicts with the folder). */
export class ArticleRefusal extends Error {
  constructor(
    readonly status: 400 | 409,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ArticleRefusal";
  }
}

export interface SavedArticle {
  article: SourceArticle["meta"];
  notices: string[];
}

/** Validates the body of `POST articles` and saves the article into `articlesDir`; throws `ArticleRefusal`. */
export async function saveArticle(articlesDir: string, body: string): Promise<SavedArticle> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new ArticleRefusal(400, `serve: the article is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new ArticleRefusal(400, 'serve: the article must be an object { "file", "text", … }');
  const fields = data as Record<string, unknown>;
  const unknown = Object.keys(fields).find((k) => !BODY_FIELDS.includes(k));
  if (unknown !== undefined)
    throw new ArticleRefusal(400, `serve: unknown field "${unknown}" (allowed: ${BODY_FIELDS.join(", ")})`);
  const { file, text, ...entryFields } = fields;
  if (typeof file !== "string" || !SAFE_NAME.test(file) || file.includes("..") || !isArticleFileName(file))
    throw new ArticleRefusal(
      400,
      `serve: "${String(file)}" is not a usable file name: letters, digits, ".", "_" or "-", ending in .txt, no folder`,
    );
  if (typeof text !== "string") throw new ArticleRefusal(400, 'serve: field "text" must be the article\'s text');

  const manifest = parseManifest(JSON.stringify({ [file]: entryFields }));
  const issues = manifest.invalid.get(file);
  if (issues !== undefined)
    throw new ArticleRefusal(400, issues.map((i) => i.message.replace(/^corpus: /, "")).join("; "), "metadata");
  const entry = manifest.entries.get(file) as ManifestEntry;

  const admission = admitArticle(file, new TextEncoder().encode(text), entry);
  if (!admission.ok) throw new ArticleRefusal(400, admission.refusal.reason, admission.refusal.code);

  const target = join(articlesDir, file);
  if (existsSync(target))
    throw new ArticleRefusal(
      409,
      `serve: an article named "${file}" is already in the folder; choose another name`,
      "exists",
    );
  const same = sameTextAs(articlesDir, admission.article.text);
  if (same !== null)
    throw new ArticleRefusal(409, `serve: the text is the same as "${same}" (whitespace aside)`, "duplicate");

  // The entry first: if the text then failed to be written, an entry without a file is only a notice at build time.
  if (Object.keys(entry).length > 0) await writeManifestEntry(articlesDir, file, entry);
  await writeFileAtomic(target, text);
  return { article: admission.article.meta, notices: admission.notices };
}

function sameTextAs(dir: string, text: string): string | null {
  const key = normaliseForDuplicates(text);
  for (const name of readdirSync(dir).filter(isArticleFileName).sort()) {
    try {
      if (normaliseForDuplicates(readFileSync(join(dir, name), "utf8").replace(/^\uFEFF/, "")) === key) return name;
    } catch {
      // An unreadable file is the build's to report; it cannot be a duplicate we can see.
    }
  }
  return null;
}

async function writeManifestEntry(dir: string, file: string, entry: ManifestEntry): Promise<void> {
  const path = join(dir, MANIFEST_FILE);
  let manifest: Record<string, unknown> = {};
  if (existsSync(path)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
      manifest = parsed as Record<string, unknown>;
    } catch (error) {
      throw new ArticleRefusal(
        409,
        `serve: the folder's ${MANIFEST_FILE} cannot be read (${(error as Error).message}); fix it before adding articles`,
        "metadata",
      );
    }
  }
  await writeFileAtomic(path, `${JSON.stringify({ ...manifest, [file]: entry }, null, 2)}\n`);
}
