/**
 * The default page reader: markup parsed by `linkedom`, a small DOM in pure JavaScript (no scripts run, nothing
 * fetched), then `readPage`. Used by the CLI and `serve`; the explorer passes one over the browser's `DOMParser`.
 */
import { DOMParser } from "linkedom";
import { readParsedPage, type HtmlReader } from "./read-page.ts";

export const readHtmlWithLinkedom: HtmlReader = (html) =>
  // linkedom's document implements the DOM that Readability and readPage use; its own types are not `Document`.
  readParsedPage(() => new DOMParser().parseFromString(html, "text/html") as unknown as Document);
