/**
 * A saved page turned into a text article with its metadata as a manifest entry, for the explorer: it reads a
 * dropped page on the main thread (the browser's `DOMParser` exists only there, not in the extraction worker) and
 * sends on the main text as a `.txt`, so storage, `serve` and the corpus download keep the text evidence points into.
 * The same decoding, page reader, size limit and refusals as `entente build`. Imports nothing heavy (no language
 * detector, no linkedom): it runs in the page's main bundle.
 */
import { DEFAULT_MAX_BYTES, tooLargeRefusal } from "../bytes.ts";
import { displayName } from "../display.ts";
import { articleKind } from "../file-names.ts";
import type { ManifestEntry } from "../manifest.ts";
import { decodePage } from "./decode.ts";
import { readParsedPage } from "./read-page.ts";
import { isPageProblem } from "./reader.ts";

/** A page as a text article: a `.txt` name (the page's stem), the main text, its bytes and the page's metadata. */
export interface PageAsText {
  file: string;
  text: string;
  bytes: Uint8Array;
  entry: ManifestEntry;
}

/**
 * A saved page (`.html`, `.htm`) as a text article, parsed by `parse`; a refusal naming the file; or null for a
 * file that is not a saved page.
 */
export function pageAsText(
  name: string,
  bytes: Uint8Array,
  parse: (html: string) => Document,
  maxBytes: number = DEFAULT_MAX_BYTES,
): PageAsText | { refusal: string } | null {
  if (articleKind(name) !== "page") return null;
  if (bytes.length > maxBytes) return { refusal: tooLargeRefusal(name, bytes.length, maxBytes).reason };
  const refuse = (reason: string) => ({ refusal: `corpus: "${displayName(name)}" ${reason}` });
  const decoded = decodePage(bytes);
  if (!("html" in decoded)) return refuse(decoded.reason);
  const html = decoded.html;
  const reading = readParsedPage(() => parse(html));
  if (isPageProblem(reading)) return refuse(reading.reason);
  const { title, outlet, date, url } = reading.metadata;
  const entry: ManifestEntry = {};
  if (title !== null) entry.title = title;
  if (outlet !== null) entry.outlet = outlet;
  if (date !== null) entry.date = date;
  if (url !== null) entry.url = url;
  const file = `${name.slice(0, name.lastIndexOf("."))}.txt`;
  return { file, text: reading.text, bytes: new TextEncoder().encode(reading.text), entry };
}
