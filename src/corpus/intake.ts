/**
 * Corpus intake: decides, for each file of a corpus, whether it is a readable French article, and builds its
 * `ArticleMeta`. Pure (bytes in, verdicts out, no `node:fs`) so the CLI and the browser admit articles alike.
 *
 * Every refusal names the file, the problem and the fix; a refused file never stops the others. Checks run from the
 * cheapest to the dearest: size, emptiness, encoding marks, binary content, UTF-8 validity, language.
 */
import { eld } from "eld/extrasmall";
import { datePrecision } from "../model/dates.ts";
import type { ArticleMeta } from "../model/types.ts";
import { EMPTY_MANIFEST, MANIFEST_FILE, type Manifest, type ManifestEntry } from "./manifest.ts";
import { displayName, stripUnprintable } from "./display.ts";
import { sha256Hex } from "./sha256.ts";

export { displayName, oddNameProblem } from "./display.ts";

/** The only language the extraction pipeline reads. */
export const CORPUS_LANGUAGE = "fr";

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

/** The verdict on one file. Notices are warnings that did not stop the article (e.g. language left unchecked). */
export type Admission = { ok: true; article: SourceArticle; notices: string[] } | { ok: false; refusal: Refusal };

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

/** Intake options. */
export interface IntakeOptions {
  /** Files larger than this many bytes are refused unread. */
  maxBytes: number;
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

/** Every line break a text file may use: LF, CR LF, CR alone, NEL, line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/** Longest title kept; a "first line" can be a whole paragraph in a file without line breaks. */
export const MAX_TITLE_LENGTH = 200;
/** Characters of text the language check reads: enough for a verdict, bounded for huge files. */
const LANGUAGE_SAMPLE_CHARS = 100_000;
/** Above this share of control bytes a file is binary even without NUL bytes. */
const MAX_CONTROL_RATIO = 0.1;

/** Whether a file name is read as an article: `*.txt`, not hidden, with a non-empty id. */
export function isArticleFileName(file: string): boolean {
  return file.endsWith(".txt") && file.length > ".txt".length && !file.startsWith(".");
}

/** The article id of a file name: the name without `.txt`. */
export function articleId(file: string): string {
  return file.endsWith(".txt") ? file.slice(0, -".txt".length) : file;
}

/**
 * The refusal of a file larger than the limit; exported so a reader can refuse it before reading it all.
 * @param size its size, or null when only known to be over the limit (a reader stops one byte past it)
 */
export function tooLargeRefusal(file: string, size: number | null, maxBytes: number): Refusal {
  const is = size === null ? "is" : `is ${formatBytes(size)},`;
  return {
    file,
    code: "too-large",
    reason: `corpus: "${displayName(file)}" ${is} over the ${formatBytes(maxBytes)} limit for one article. Split it into articles or remove it.`,
  };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * Admit one file as an article, or refuse it with a reason. Never throws on any content.
 * @param file file name relative to the corpus folder (the id is the name without `.txt`)
 * @param bytes the file's whole content
 * @param entry its validated manifest entry, if any
 */
export function admitArticle(
  file: string,
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  options: Partial<IntakeOptions> = {},
): Admission {
  const opts = resolveIntakeOptions(options);
  const refuse = (code: RefusalCode, reason: string): Admission => ({
    ok: false,
    refusal: { file, code, reason: `corpus: "${displayName(file)}" ${reason}` },
  });

  if (bytes.length > opts.maxBytes) return { ok: false, refusal: tooLargeRefusal(file, bytes.length, opts.maxBytes) };
  if (bytes.length === 0) return refuse("empty", "is empty (0 bytes). Add the article's text or remove the file.");

  const binary = binaryProblem(bytes);
  if (binary !== null) return refuse(binary.code, binary.reason);

  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) return refuse("encoding", encodingReason(bytes, invalidAt));
  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 BOM, the one change made to the text.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse("encoding", "is not valid UTF-8. Re-save it as UTF-8 plain text.");
  }
  if (text.trim() === "") {
    return refuse("empty", "contains only whitespace. Add the article's text or remove the file.");
  }

  const notices: string[] = [];
  if (entry?.date != null && datePrecision(entry.date) === null) {
    return refuse(
      "metadata",
      `has an invalid date "${entry.date}" in ${MANIFEST_FILE}. Write "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null.`,
    );
  }
  if (entry?.language !== undefined && entry.language !== CORPUS_LANGUAGE) {
    return refuse(
      "language",
      `is declared "${entry.language}" in ${MANIFEST_FILE}; only French ("fr") articles are read. ` +
        "Remove the file or correct the language.",
    );
  }
  if (entry?.language === undefined) {
    const verdict = checkLanguage(text, opts);
    if (verdict.refusal !== null) return refuse("language", verdict.refusal);
    if (verdict.notice !== null) notices.push(`corpus: "${displayName(file)}" ${verdict.notice}`);
  }

  const date = entry?.date ?? null;
  const meta: ArticleMeta = {
    id: articleId(file),
    file,
    title: entry?.title ?? titleFromText(text),
    outlet: entry?.outlet ?? null,
    date,
    datePrecision: date === null ? null : datePrecision(date),
    language: CORPUS_LANGUAGE,
    url: entry?.url ?? null,
    sha256: sha256Hex(bytes),
  };
  return { ok: true, article: { meta, text }, notices };
}

/** The title of a text without metadata: its first non-empty line, whitespace collapsed, cut to a readable length. */
export function titleFromText(text: string): string {
  for (const line of text.split(LINE_BREAK)) {
    // The title is shown to readers: no control, bidirectional-override or lone-surrogate character from the page.
    const title = stripUnprintable(line.replace(/\s+/gu, " ")).trim();
    if (title === "") continue;
    const chars = [...title];
    if (chars.length <= MAX_TITLE_LENGTH) return title;
    const cut = chars.slice(0, MAX_TITLE_LENGTH - 1).join("");
    const space = cut.lastIndexOf(" ");
    return `${space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
  }
  return "";
}

interface BinaryProblem {
  code: "binary" | "encoding";
  reason: string;
}

const MAGIC: readonly [string, readonly number[]][] = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (or a .docx/.odt document)", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a gzip archive", [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function binaryProblem(bytes: Uint8Array): BinaryProblem | null {
  // UTF-16 text is full of NUL bytes; recognise it by its byte-order mark so the fix offered is the right one.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { code: "encoding", reason: "is encoded in UTF-16, not UTF-8. Re-save it as UTF-8 plain text." };
  }
  for (const [kind, magic] of MAGIC) {
    if (startsWith(bytes, magic)) {
      return { code: "binary", reason: `is ${kind}, not plain text. Export the article as a UTF-8 .txt file.` };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      code: "binary",
      reason:
        `contains a NUL byte (at byte ${nul}): it is a binary file, not plain text. ` +
        "Export the article as UTF-8 plain text (if it is UTF-16 text, re-save it as UTF-8).",
    };
  }
  let control = 0;
  for (const b of bytes) {
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text files.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  }
  if (control / bytes.length > MAX_CONTROL_RATIO) {
    const percent = Math.round((100 * control) / bytes.length);
    return {
      code: "binary",
      reason: `is ${percent}% control characters: it is a binary file, not plain text. Export the article as UTF-8 plain text.`,
    };
  }
  return null;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (WHATWG rules), or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // Overlong forms and UTF-16 surrogates are invalid, which narrows the second byte's range.
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    if (i + need > n - 1) return i;
    const second = bytes[i + 1]!;
    if (second < lower || second > upper) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function encodingReason(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
  // A lone byte in 0xA0–0xFF followed by ASCII is the signature of Latin-1 / Windows-1252 ("é" is 0xE9 there).
  const next = bytes[offset + 1];
  const latin1 = bytes[offset]! >= 0x80 && (next === undefined || next < 0x80);
  const hint = latin1
    ? " It looks like Latin-1 or Windows-1252: re-save it as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)."
    : " Re-save it as UTF-8 plain text.";
  return `is not valid UTF-8: invalid byte sequence at byte ${offset} (line ${line}: ${shown}).${hint}`;
}

interface LanguageVerdict {
  refusal: string | null;
  notice: string | null;
}

/**
 * Is the text French? Lines written mostly in another script than Latin (a Russian widget line, an Arabic caption)
 * are set aside first, so one foreign line never outvotes a French article; a text mostly in another script is
 * not French at all. Refuses only on a confident guess: enough letters, a reliable detector, French well behind.
 */
function checkLanguage(text: string, opts: IntakeOptions): LanguageVerdict {
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

/** The text two articles are compared by: NFC, whitespace runs as one space, trimmed. */
export function normaliseForDuplicates(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Code-point order (JS `<` compares UTF-16 units, which misplaces characters beyond U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done && cb.done ? 0 : ca.done ? -1 : 1;
    const d = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** One file handed to `admitCorpus`: its bytes, or a refusal already decided by the reader (too large, unreadable). */
export type CorpusFile = { file: string; bytes: Uint8Array } | { file: string; refusal: Refusal };

/** What intake made of a corpus. */
export interface CorpusReadResult {
  /** Admitted articles, sorted by file name (code-point order). */
  articles: SourceArticle[];
  /** Refused files in the same order, the manifest first when it could not be used. */
  refusals: Refusal[];
  /** Warnings that excluded nothing (ignored files, orphan manifest entries, unchecked language), each naming its file. */
  notices: string[];
}

/**
 * Admit a whole corpus: every file through `admitArticle`, then duplicates (the same normalised text as an earlier
 * file in name order) and manifest entries that failed validation or name no file.
 * @param files the folder's files; names that are not `*.txt` are listed in a notice and skipped
 * @param manifest the parsed `metadata.json`, if the corpus has one
 */
export function admitCorpus(
  files: readonly CorpusFile[],
  manifest: Manifest = EMPTY_MANIFEST,
  options: Partial<IntakeOptions> = {},
): CorpusReadResult {
  const opts = resolveIntakeOptions(options);
  const result: CorpusReadResult = { articles: [], refusals: [], notices: [] };
  const sorted = [...files].sort((a, b) => compareCodePoints(a.file, b.file));

  if (manifest.fatal !== null) result.refusals.push({ file: MANIFEST_FILE, code: "metadata", reason: manifest.fatal });

  const ignored = sorted.map((f) => f.file).filter((name) => name !== MANIFEST_FILE && !isArticleFileName(name));
  if (ignored.length > 0) result.notices.push(ignoredFilesNotice(ignored));

  const seenNames = new Set<string>();
  const firstWithText = new Map<string, string>();
  for (const input of sorted) {
    const { file } = input;
    if (!isArticleFileName(file)) continue;
    if (seenNames.has(file)) {
      result.refusals.push({
        file,
        code: "duplicate",
        reason: `corpus: "${displayName(file)}" was given twice; only the first is read.`,
      });
      continue;
    }
    seenNames.add(file);
    if ("refusal" in input) {
      result.refusals.push(input.refusal);
      continue;
    }
    const issues = manifest.invalid.get(file);
    const admission = admitArticle(file, input.bytes, manifest.entries.get(file), opts);
    if (!admission.ok) {
      result.refusals.push(admission.refusal);
      // Still say what is wrong with its entry, so one round of fixes is enough.
      for (const issue of issues ?? []) result.notices.push(`corpus: ${issue.message}.`);
      continue;
    }
    // Duplicates are found before metadata problems so that fixing the manifest never changes which copy is kept.
    const key = normaliseForDuplicates(admission.article.text);
    const first = firstWithText.get(key);
    if (first !== undefined) {
      result.refusals.push({
        file,
        code: "duplicate",
        reason: `corpus: "${displayName(file)}" has the same text as "${displayName(first)}" (whitespace aside); only "${displayName(first)}" is read. Remove one of them.`,
      });
      continue;
    }
    firstWithText.set(key, file);
    if (issues !== undefined) {
      result.refusals.push({
        file,
        code: "metadata",
        reason: `corpus: "${displayName(file)}" is refused because its metadata is invalid: ${issues.map((i) => i.message).join("; ")}. Fix the entry or remove it.`,
      });
      continue;
    }
    result.notices.push(...admission.notices);
    result.articles.push(admission.article);
  }

  const keyed = [...manifest.entries.keys(), ...manifest.invalid.keys()].sort(compareCodePoints);
  for (const name of keyed) {
    if (seenNames.has(name)) continue;
    const near = [...seenNames].find((f) => f.toLowerCase() === name.toLowerCase());
    const hint = near === undefined ? "" : ` Did you mean "${displayName(near)}"?`;
    result.notices.push(
      `corpus: ${MANIFEST_FILE} has an entry for "${displayName(name)}", but the corpus has no such .txt file; the entry is ignored.${hint}`,
    );
  }
  return result;
}

/** The notice listing files that are not articles. */
export function ignoredFilesNotice(names: readonly string[]): string {
  return `corpus: ignored ${names.length} file(s) that are not .txt articles: ${names.map(displayName).join(", ")}.`;
}
