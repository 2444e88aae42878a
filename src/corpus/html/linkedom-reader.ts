/**
 * The page reader of Node: markup parsed by `linkedom`, a small DOM in pure JavaScript (no scripts run, nothing
 * fetched), then `readPage`. Importing this module registers it as the default reader (`reader.ts`): the folder
 * reader does, so the CLI, `serve` and anything reading files from disk read pages alike. The explorer reads pages
 * with the browser's `DOMParser` instead (`page-as-text.ts`), and its bundle never includes linkedom.
 */
import { DOMParser } from "linkedom";
import { readParsedPage } from "./read-page.ts";
import { registerHtmlReader, type HtmlReader } from "./reader.ts";

export const readHtmlWithLinkedom: HtmlReader = (html) =>
  // linkedom's document implements the DOM that Readability and readPage use; its own types are not `Document`.
  readParsedPage(() => new DOMParser().parseFromString(html, "text/html") as unknown as Document);

registerHtmlReader(readHtmlWithLinkedom);
