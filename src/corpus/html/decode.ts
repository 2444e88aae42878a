/**
 * Decoding a saved web page: its encoding from a byte-order mark or its own `<meta charset>` declaration (the WHATWG
 * "prescan" of the first 1,024 bytes, simplified), decoded with a `TextDecoder` under that label. An unknown label,
 * or bytes the declared encoding cannot decode, are refused rather than guessed: a wrong guess would corrupt names.
 *
 * In Node the decoder is `@exodus/bytes`'s implementation of the WHATWG Encoding standard, not Node's own, which in
 * Node 20 decodes `windows-1252` as ISO-8859-1 (0x92 becomes the control U+0092, not "’"); in a browser it is the
 * browser's (its `encoding-browser` entry), which follows the same standard. The same page must give the same text,
 * hence the same evidence offsets, in both.
 */
import { getBOMEncoding, normalizeEncoding, TextDecoder } from "@exodus/bytes/encoding-browser.js";
import { binaryProblem, firstInvalidUtf8, type ByteProblem } from "../bytes.ts";

/** Bytes of the page searched for a `<meta charset>` declaration, as browsers do. */
const PRESCAN_BYTES = 1024;

/** A page decoded to text, with the encoding it was decoded from (the canonical name `TextDecoder` gives). */
export interface DecodedPage {
  html: string;
  encoding: string;
}

/** The decoded markup of a page, or why it cannot be decoded. */
export function decodePage(bytes: Uint8Array): DecodedPage | ByteProblem {
  if (bytes.length === 0) return { code: "empty", reason: "is empty (0 bytes). Save the page again or remove it." };
  const bom = getBOMEncoding(bytes);
  if (bom === null) {
    const binary = binaryProblem(bytes);
    if (binary !== null) return binary;
  }
  const declared = bom ?? declaredCharset(bytes);
  let encoding = "utf-8";
  if (declared !== null) {
    const named = normalizeEncoding(declared);
    // "replacement" is the standard's name for encodings it refuses to decode (ISO-2022-KR, HZ…): unknown to us too.
    if (named === null || named === "replacement") {
      return {
        code: "encoding",
        reason:
          `declares the character encoding "${printable(declared)}", which is not a known encoding. ` +
          'Correct its <meta charset>, or re-save the page as UTF-8 with <meta charset="utf-8">.',
      };
    }
    encoding = named;
    // A page that declares UTF-16 in its markup was necessarily read as ASCII to find that: the HTML standard reads it as UTF-8.
    if (bom === null && encoding.startsWith("utf-16")) encoding = "utf-8";
  }
  let html: string;
  try {
    html = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === "utf-8" ? firstInvalidUtf8(bytes) : -1;
    const where = at >= 0 ? ` (first invalid byte at ${at})` : "";
    const said = declared === null ? "has no <meta charset> and is not valid UTF-8" : `is not valid ${encoding}`;
    return {
      code: "encoding",
      reason:
        `${said}${where}. ` +
        'Declare the page\'s real encoding in <meta charset="…"> (e.g. windows-1252), or re-save it as UTF-8.',
    };
  }
  if (html.trim() === "")
    return { code: "empty", reason: "contains only whitespace. Save the page again or remove it." };
  return { html, encoding };
}

/**
 * The encoding label a page declares in its first 1,024 bytes: `<meta charset="…">`, or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`; null when it declares none. Read as Latin-1, so
 * any bytes can be searched; every encoding a page may declare this way keeps ASCII as ASCII.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = tag[0];
    const charset = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(attributes);
    if (charset !== null) return charset[1]!;
  }
  return null;
}

/** A label as quoted in a message: printable ASCII only, bounded. */
function printable(label: string): string {
  return label.replace(/[^\x20-\x7e]/g, "?").slice(0, 40);
}
