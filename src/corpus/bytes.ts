/**
 * Byte checks and decoding of a text file: size, emptiness, binary signatures, UTF-16 marks, UTF-8 validity. Pure;
 * each problem comes back as a refusal code and the end of a sentence that starts with the file name.
 */
import { displayName } from "./display.ts";
import type { Refusal } from "./types.ts";

/** A problem with a file's bytes: the refusal code and the reason, to follow the file name. */
export interface ByteProblem {
  code: "empty" | "binary" | "encoding";
  reason: string;
}

/** Default size limit of one article file (`IntakeOptions.maxBytes`). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Above this share of control bytes a file is binary even without NUL bytes. */
const MAX_CONTROL_RATIO = 0.1;

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
 * The text of a plain-text file: UTF-8, a leading BOM dropped and nothing else changed (evidence offsets point into
 * it). Refuses an empty file, a binary one, UTF-16, invalid UTF-8 and a text of whitespace only.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string } | ByteProblem {
  if (bytes.length === 0)
    return { code: "empty", reason: "is empty (0 bytes). Add the article's text or remove the file." };
  const binary = binaryProblem(bytes);
  if (binary !== null) return binary;
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) return { code: "encoding", reason: encodingReason(bytes, invalidAt) };
  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 BOM, the one change made to the text.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { code: "encoding", reason: "is not valid UTF-8. Re-save it as UTF-8 plain text." };
  }
  if (text.trim() === "") {
    return { code: "empty", reason: "contains only whitespace. Add the article's text or remove the file." };
  }
  return { text };
}

const MAGIC: readonly [string, readonly number[]][] = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (or a .docx/.odt document)", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a gzip archive", [0x1f, 0x8b]],
];

/** Whether `bytes` begins with `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** A binary signature, a UTF-16 mark, NUL bytes or too many control bytes; null for what may be text. */
export function binaryProblem(bytes: Uint8Array): ByteProblem | null {
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
