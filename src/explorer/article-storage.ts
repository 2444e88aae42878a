/**
 * Where articles added in the page are kept. In the static build and the dev server: the browser's storage, until
 * the user removes them (the page re-reads them on every visit). Under `npx entente serve`: the project folder,
 * through the server's `articles` endpoint, which writes the text and its metadata for the next `entente build`.
 */
import type { ManifestEntry } from "../corpus/index.ts";
import { serverError, TOKEN_HEADER } from "./curation-storage.ts";
import { t } from "./i18n/index.ts";

/** An added article as stored: what is needed to read it again. */
export interface StoredArticle {
  file: string;
  /** The title the article was admitted with (the form's, or its first line), for lists. */
  title: string;
  text: string;
  entry: ManifestEntry;
}

export interface ArticleStore {
  /** Where added articles go, for the page. */
  readonly label: string;
  /** Whether the page can remove an added article (the browser's storage can; a folder is the user's to tidy). */
  readonly removable: boolean;
  /** Articles to read again at start (none under serve: the folder's articles are in its built graph). */
  load(): StoredArticle[];
  add(article: StoredArticle): Promise<void>;
  remove(file: string): Promise<void>;
}

export function browserArticleStore(storage: Storage, graphId: string): ArticleStore {
  const key = `entente:articles:${graphId}`;
  const read = (): StoredArticle[] => {
    try {
      const data: unknown = JSON.parse(storage.getItem(key) ?? "[]");
      return Array.isArray(data) ? data.filter(isStoredArticle) : [];
    } catch {
      return [];
    }
  };
  const write = (articles: StoredArticle[]) => {
    try {
      storage.setItem(key, JSON.stringify(articles));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(new Error(t("storage.articleNotKept", { error: (error as Error).message })));
    }
  };
  return {
    get label() {
      return t("storage.articlesInBrowser");
    },
    removable: true,
    load: read,
    add: (article) => write([...read().filter((a) => a.file !== article.file), article]),
    remove: (file) => write(read().filter((a) => a.file !== file)),
  };
}

export function serverArticleStore(baseURI: string, token: string, fetcher: typeof fetch = fetch): ArticleStore {
  const url = new URL("articles", baseURI);
  return {
    get label() {
      return t("storage.articlesInFolder");
    },
    removable: false,
    load: () => [],
    async add(article) {
      const response = await fetcher(url, {
        method: "POST",
        headers: { [TOKEN_HEADER]: token, "Content-Type": "application/json" },
        body: JSON.stringify({ file: article.file, text: article.text, ...article.entry }),
      });
      if (!response.ok)
        throw new Error(t("storage.serverRefusedArticle", { file: article.file, error: await serverError(response) }));
    },
    remove: (file) => Promise.reject(new Error(t("storage.articleInFolder", { file }))),
  };
}

function isStoredArticle(value: unknown): value is StoredArticle {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.file === "string" &&
    typeof v.title === "string" &&
    typeof v.text === "string" &&
    typeof v.entry === "object" &&
    v.entry !== null
  );
}

/**
 * A POSIX tar archive (ustar) of text files: the added articles and their `metadata.json`, ready to unpack into a
 * corpus folder. Written here because it is a few dozen lines and no dependency ships a browser tar writer small
 * enough to be worth it.
 */
export function tarArchive(files: readonly { name: string; text: string }[], mtime: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [];
  const seconds = Math.floor(mtime.getTime() / 1000);
  for (const file of files) {
    const body = encoder.encode(file.text);
    const header = new Uint8Array(512);
    const put = (offset: number, length: number, value: string) =>
      header.set(encoder.encode(value).subarray(0, length), offset);
    const octal = (offset: number, length: number, value: number) =>
      put(offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
    put(0, 100, file.name);
    octal(100, 8, 0o644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, body.length);
    octal(136, 12, seconds);
    put(148, 8, "        ");
    put(156, 1, "0");
    put(257, 8, "ustar\u000000");
    let sum = 0;
    for (const byte of header) sum += byte;
    put(148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
    blocks.push(header, body, new Uint8Array((512 - (body.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let offset = 0;
  for (const block of blocks) {
    out.set(block, offset);
    offset += block.length;
  }
  return out;
}
