/**
 * The verdicts of corpus intake, shared by its modules and by the drivers (the CLI's folder reader, `serve`, the
 * explorer): what an admitted article is, and why a file was refused.
 */
import type { ArticleMeta } from "../model/types.ts";
import type { InferredDate } from "./dates.ts";

/**
 * Why a file was not admitted. `unreadable`, `link`, `not-a-file` and `name` are decided by the folder reader: files it
 * could not open (permissions, I/O), symbolic links, FIFOs/sockets/devices, and names with control characters.
 */
export type RefusalCode =
  | "link"
  | "not-a-file"
  | "name"
  | "empty"
  | "binary"
  | "encoding"
  | "language"
  | "not-an-article"
  | "too-large"
  | "duplicate"
  | "metadata"
  | "unreadable";

/** A file left out of the corpus, and why. */
export interface Refusal {
  /** File name relative to the corpus folder (`metadata.json` for a manifest that cannot be used at all). */
  file: string;
  /** A sentence naming the file, the problem and the fix, ready to print. */
  reason: string;
  code: RefusalCode;
}

/** An admitted article: its metadata and its decoded text (UTF-8 BOM stripped, otherwise byte-for-byte). */
export interface SourceArticle {
  meta: ArticleMeta;
  /** The text evidence offsets refer to: nothing is normalised here. */
  text: string;
}

/**
 * The verdict on one file. Notices are warnings that did not stop the article (e.g. language left unchecked);
 * `inferredDate` says where the date was read when it came from the text, neither the manifest nor the page.
 */
export type Admission =
  | { ok: true; article: SourceArticle; notices: string[]; inferredDate?: InferredDate }
  | { ok: false; refusal: Refusal };
