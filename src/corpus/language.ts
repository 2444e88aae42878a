/**
 * Is an article French? A confident-only check over the lines written in Latin script, with a pluggable detector
 * (`eld` by default). Pure and synchronous, like the rest of intake.
 */
import { eld } from "eld/extrasmall";
import { LINE_BREAK } from "./lines.ts";

/** The only language the extraction pipeline reads. */
export const CORPUS_LANGUAGE = "fr";

/** What a language detector says about a text. */
export interface LanguageGuess {
  /** ISO 639-1 code of the most likely language, or "" when none. */
  language: string;
  /** Whether the detector itself trusts the guess. */
  reliable: boolean;
  /** Score per language code (higher is likelier). */
  scores: Readonly<Record<string, number>>;
}

/** A synchronous language detector; the default wraps `eld`. Deterministic detectors only. */
export type LanguageDetector = (text: string) => LanguageGuess;

/** The options of the language check (part of `IntakeOptions`). */
export interface LanguageOptions {
  /**
   * Letters (in lines of Latin script) needed before the language is judged; shorter texts are admitted with a
   * notice, because detectors guess wildly on a few words.
   */
  minLetters: number;
  /**
   * A non-French guess refuses the text only when French scores below this fraction of the best score: French
   * close behind the winner means a French text with foreign names or quotes, not a foreign text.
   */
  frenchScoreRatio: number;
  detectLanguage: LanguageDetector;
}

// An instance of our own: another module calling setLanguageSubset() on the shared global must not change verdicts.
const eldInstance = eld.newInstance();

/** Default language detector: `eld`'s smallest database (~1 MB), enough to tell French from other languages. */
export const eldDetector: LanguageDetector = (text) => {
  const result = eldInstance.detect(text);
  return { language: result.language, reliable: result.isReliable(), scores: result.getScores() };
};

/** Characters of text the language check reads: enough for a verdict, bounded for huge files. */
const LANGUAGE_SAMPLE_CHARS = 100_000;

/** The outcome of the check: a refusal or a notice (the end of a sentence that starts with the file name), or neither. */
export interface LanguageVerdict {
  refusal: string | null;
  notice: string | null;
}

/**
 * Is the text French? Lines written mostly in another script than Latin (a Russian widget line, an Arabic caption)
 * are set aside first, so one foreign line never outvotes a French article; a text mostly in another script is
 * not French at all. Refuses only on a confident guess: enough letters, a reliable detector, French well behind.
 */
export function checkLanguage(text: string, opts: LanguageOptions): LanguageVerdict {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const kept: string[] = [];
  let letters = 0;
  let latinLetters = 0;
  let keptLetters = 0;
  for (const line of sample.split(LINE_BREAK)) {
    const lineLetters = countMatches(line, /\p{L}/gu);
    if (lineLetters === 0) continue;
    const lineLatin = countMatches(line, /\p{Script=Latin}/gu);
    letters += lineLetters;
    latinLetters += lineLatin;
    if (lineLatin * 2 >= lineLetters) {
      kept.push(line);
      keptLetters += lineLetters;
    }
  }
  const tooShort = (n: number): LanguageVerdict => ({
    refusal: null,
    notice: `has only ${n} letters, too few to check its language (minimum ${opts.minLetters}); admitted as French.`,
  });
  if (letters < opts.minLetters) return tooShort(letters);

  if (latinLetters * 2 < letters) {
    const guess = opts.detectLanguage(sample);
    const named = guess.language === "" ? "" : ` (detected: ${guess.language})`;
    return {
      refusal:
        `is not in French: most of its letters are not in the Latin alphabet${named}. ` +
        "Only French articles are read; remove the file, or declare it French in metadata.json if it is.",
      notice: null,
    };
  }
  if (keptLetters < opts.minLetters) return tooShort(keptLetters);

  const guess = opts.detectLanguage(kept.join("\n"));
  if (guess.language === CORPUS_LANGUAGE) return { refusal: null, notice: null };
  const best = guess.scores[guess.language] ?? 0;
  const french = guess.scores[CORPUS_LANGUAGE] ?? 0;
  if (guess.language !== "" && guess.reliable && french < best * opts.frenchScoreRatio) {
    return {
      refusal:
        `is not in French: its language was detected as "${guess.language}". ` +
        'Only French articles are read; remove the file, or declare "language": "fr" in metadata.json if it is French.',
      notice: null,
    };
  }
  return {
    refusal: null,
    notice: `has an uncertain language (detector's best guess: "${guess.language || "none"}"); admitted as French.`,
  };
}

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}
