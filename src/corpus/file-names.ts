/** Which files of a corpus are articles, of what kind, and their ids: by file name alone. */

/** How a file is read, by its extension: plain text, or a saved web page. */
export type ArticleKind = "text" | "page";

/** File extensions read as articles (lower case only, as `.txt` always was). */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleKind>> = {
  ".txt": "text",
  ".html": "page",
  ".htm": "page",
};

/** The kind of article a file name holds, or null when it is not read as one (hidden, other extension, no id). */
export function articleKind(file: string): ArticleKind | null {
  if (file.startsWith(".")) return null;
  for (const [extension, kind] of Object.entries(ARTICLE_EXTENSIONS)) {
    if (file.endsWith(extension) && file.length > extension.length) return kind;
  }
  return null;
}

/** Whether a file name is read as an article: `*.txt`, `*.html` or `*.htm`, not hidden, with a non-empty id. */
export function isArticleFileName(file: string): boolean {
  return articleKind(file) !== null;
}

/** The article id of a file name: the name without its extension (`.txt`, `.html`, `.htm`). */
export function articleId(file: string): string {
  for (const extension of Object.keys(ARTICLE_EXTENSIONS)) {
    if (file.endsWith(extension)) return file.slice(0, -extension.length);
  }
  return file;
}
