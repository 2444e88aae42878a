/**
 * A saved web page as an article: its main text taken by `@mozilla/readability` (Firefox's Reader View), laid out as
 * paragraphs (`blockText`), and what the page says about itself (`page-metadata.ts`). Works on any DOM `Document`:
 * linkedom's in Node (`linkedom-reader.ts`), the browser's own `DOMParser` in the explorer. Neither runs scripts nor
 * loads anything, so a page's `<script>` or `onerror` attribute is inert text to skip.
 */
import { Readability } from "@mozilla/readability";
import { blockText } from "./block-text.ts";
import { checkPageMetadata } from "./page-metadata.ts";
import type { PageProblem, PageReading } from "./reader.ts";

/**
 * Parses and reads a page; an exception from the parser or from Readability (pathological markup) becomes a refusal
 * of this one page, never a crash of the build.
 */
export function readParsedPage(parse: () => Document): PageReading | PageProblem {
  let document: Document;
  try {
    document = parse();
  } catch (error) {
    return { code: "unreadable", reason: `cannot be parsed as HTML (${messageOf(error)}). Save the page again.` };
  }
  try {
    return readPage(document);
  } catch (error) {
    return { code: "unreadable", reason: `could not be read as a page (${messageOf(error)}). Save the page again.` };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fewest characters of prose (below) the main text must hold for the page to be read as an article. */
export const MIN_MAIN_TEXT_CHARS = 200;
/** A paragraph is prose when it is this long and ends a sentence: teasers, link lists and headings are not. */
const MIN_PROSE_PARAGRAPH_CHARS = 80;
const SENTENCE_END = /[.!?…»"”)]$/u;

/**
 * Characters of prose in a main text: its paragraphs long enough to be more than a headline, that end a sentence.
 * Readability always returns its best candidate, even on a home page (the list of teasers); this tells them apart.
 */
export function proseChars(text: string): number {
  let chars = 0;
  for (const paragraph of text.split("\n\n")) {
    const trimmed = paragraph.trim();
    if (trimmed.length >= MIN_PROSE_PARAGRAPH_CHARS && SENTENCE_END.test(trimmed)) chars += trimmed.length;
  }
  return chars;
}

/** Reads the main text and metadata of a parsed page; the document is changed (Readability prunes it). */
export function readPage(document: Document): PageReading | PageProblem {
  if (document.querySelector("frameset") !== null) {
    return {
      code: "not-an-article",
      reason:
        "is a frameset: its text is in other pages (its frames), not in this file. Open the frame that shows the " +
        "article, save that page, and add it instead.",
    };
  }
  const depth = nestingDepth(document, MAX_NESTING_DEPTH);
  if (depth > MAX_NESTING_DEPTH) {
    return {
      code: "not-an-article",
      reason:
        `nests its elements more than ${MAX_NESTING_DEPTH} levels deep, which no news page does (their articles sit ` +
        "within some 40); it is refused rather than left to stall the build. Save the article's page again, or paste its text as a .txt file.",
    };
  }
  // Read before Readability prunes the document.
  const timeElement = firstTimeElement(document);
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute("href") ?? null;
  const ogUrl = document.querySelector('meta[property="og:url"][content]')?.getAttribute("content") ?? null;
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const text = article?.content == null ? "" : blockText(article.content);
  if (proseChars(text) < MIN_MAIN_TEXT_CHARS) {
    return {
      code: "not-an-article",
      reason:
        "is not an article: no main text was found in the page (a home page, a list of links, a search result, " +
        "or a page whose text is loaded by scripts). Save the article's own page, or paste its text as a .txt file.",
    };
  }
  return {
    text,
    metadata: checkPageMetadata({
      title: article?.title,
      outlet: article?.siteName,
      publishedTime: article?.publishedTime,
      timeElement,
      urls: [canonical, ogUrl],
      language: article?.lang,
    }),
  };
}

/**
 * Deepest nesting of elements accepted. Readability's time grows much faster than linearly with depth (0.3 s at 100
 * levels, 16 s at 1,000 on this project's machine), and real news pages nest their text some 20 to 40 levels deep.
 */
export const MAX_NESTING_DEPTH = 200;

/** The depth of the document's element tree, counting stops once past `limit` (iterative: no stack to overflow). */
function nestingDepth(document: Document, limit: number): number {
  let deepest = 0;
  const stack: [Element, number][] = document.documentElement === null ? [] : [[document.documentElement, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** The `datetime` of the page's publication `<time>`: marked as such first, then in the article, then any. */
function firstTimeElement(document: Document): string | null {
  for (const selector of [
    'time[itemprop="datePublished"][datetime]',
    "time[pubdate][datetime]",
    "article time[datetime]",
    "time[datetime]",
  ]) {
    const value = document.querySelector(selector)?.getAttribute("datetime");
    if (value != null) return value;
  }
  return null;
}
