/** Intake options: the size limit and the language check's thresholds, with defaults and a validating resolver. */
import { eldDetector, type LanguageOptions } from "./language.ts";

/** Intake options. */
export interface IntakeOptions extends LanguageOptions {
  /** Files larger than this many bytes are refused unread. */
  maxBytes: number;
}

export const DEFAULT_INTAKE_OPTIONS: Readonly<IntakeOptions> = {
  maxBytes: 5 * 1024 * 1024,
  minLetters: 100,
  frenchScoreRatio: 0.9,
  detectLanguage: eldDetector,
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
  return options;
}
