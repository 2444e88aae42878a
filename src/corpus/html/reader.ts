/**
 * The page reader intake uses for saved pages (`.html`, `.htm`): its types, and the default one. Parsing needs a DOM,
 * which is not the same in Node (linkedom) and in the browser (`DOMParser`), and neither should be in the other's
 * bundle: so the reader is registered by the Node drivers (`linkedom-reader.ts`, imported by `read-folder.ts` and
 * `print-text.ts`) or passed in `IntakeOptions.readHtml`. Without either, a page is refused with a message saying so.
 */
import type { PageMetadata } from "./page-metadata.ts";

/** A page read as an article: the text evidence offsets point into, and the page's metadata. */
export interface PageReading {
  text: string;
  metadata: PageMetadata;
}

/** Why a page is not read as an article: the refusal code and the reason, to follow the file name. */
export interface PageProblem {
  code: "not-an-article" | "unreadable";
  reason: string;
}

/** Parses a page's markup and reads it. */
export type HtmlReader = (html: string) => PageReading | PageProblem;

/** Whether a reading is a problem rather than an article. */
export function isPageProblem(reading: PageReading | PageProblem): reading is PageProblem {
  return "code" in reading;
}

const noReader: HtmlReader = () => ({
  code: "unreadable",
  reason:
    "is a saved web page, and no HTML reader is set up here. Read the folder with `entente build`, or pass " +
    "IntakeOptions.readHtml (import src/corpus/html/linkedom-reader.ts in Node).",
});

let registered: HtmlReader = noReader;

/** Makes `reader` the default page reader of this process (the Node drivers register linkedom's). */
export function registerHtmlReader(reader: HtmlReader): void {
  registered = reader;
}

/** The default page reader: the one registered, else one that refuses every page with a message saying why. */
export const defaultHtmlReader: HtmlReader = (html) => registered(html);
