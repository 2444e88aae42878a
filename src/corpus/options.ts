/**
 * Intake options: the size limit, the language check's thresholds and the page reader, with defaults and a validating
 * resolver.
 */
import { DEFAULT_MAX_BYTES } from "./bytes.ts";
import { defaultHtmlReader, type HtmlReader } from "./html/reader.ts";
import { eldDetector, type LanguageOptions } from "./language.ts";

/** Intake options. */
export interface IntakeOptions extends LanguageOptions {
  /** Files larger than this many bytes are refused unread. */
  maxBytes: number;
  /**
   * Reads a saved page's markup (`.html`, `.htm`). By default the reader registered in this process: linkedom's once
   * `read-folder.ts` (or `html/linkedom-reader.ts`) is imported, as it is by the CLI and `serve`.
   */
  readHtml: HtmlReader;
}

export const DEFAULT_INTAKE_OPTIONS: Readonly<IntakeOptions> = {
  maxBytes: DEFAULT_MAX_BYTES,
  minLetters: 100,
  frenchScoreRatio: 0.9,
  detectLanguage: eldDetector,
  readHtml: defaultHtmlReader,
};

/** Merge partial options over the defaults; throws naming the field when a value is unusable. */
export function resolveIntakeOptions(partial: Partial<IntakeOptions> = {}): IntakeOptions {
  const options = { ...DEFAULT_INTAKE_OPTIONS, ...partial };
  if (!Number.isInteger(options.maxBytes) || options.maxBytes < 1) {
    throw new Error(`corpus: option maxBytes must be a positive integer, got ${String(options.maxBytes)}.`);
  }
  if (!Number.isInteger(options.minLetters) || options.minLetters < 0) {
    throw new Error(`corpus: option minLetters must be a non-negative integer, got ${String(options.minLetters)}.`);
  }
  if (!(options.frenchScoreRatio > 0 && options.frenchScoreRatio <= 1)) {
    throw new Error(`corpus: option frenchScoreRatio must be in (0, 1], got ${String(options.frenchScoreRatio)}.`);
  }
  if (typeof options.detectLanguage !== "function") {
    throw new Error("corpus: option detectLanguage must be a function.");
  }
  if (typeof options.readHtml !== "function") {
    throw new Error("corpus: option readHtml must be a function.");
  }
  return options;
}
