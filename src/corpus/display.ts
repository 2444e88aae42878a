/**
 * Names and metadata strings as they may be printed: a file name or a manifest value is untrusted text, shown in
 * terminal messages, in `graph.json` and in the explorer. Pure; shared by the reader, the intake and the manifest.
 */

/** Control characters (C0, DEL, C1), bidirectional overrides and isolates, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- same set, every occurrence
const UNPRINTABLE_ALL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * What is wrong with a name or a metadata string that would print misleadingly (a newline forging a message line,
 * an ANSI escape, a right-to-left override turning "txt.exe" around, a lone surrogate), or null when it is fine.
 */
export function oddNameProblem(value: string): string | null {
  const bad = UNPRINTABLE.exec(value);
  if (bad !== null)
    return `contains the character U+${hex(bad[0].charCodeAt(0))} (control or bidirectional override) at position ${bad.index}`;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = value.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    return `contains a lone surrogate U+${hex(code)} at position ${i} (not valid Unicode text)`;
  }
  return null;
}

/** A name or value as printed in messages: unprintable characters and lone surrogates shown as \u escapes, the rest as is. */
export function displayName(name: string): string {
  if (oddNameProblem(name) === null) return name;
  return name
    .replace(UNPRINTABLE_ALL, (ch) => `\\u${hex(ch.charCodeAt(0))}`)
    .replace(LONE_SURROGATE, (ch) => `\\u${hex(ch.charCodeAt(0))}`);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/** `value` without its unprintable characters and lone surrogates: for text derived from an article (its title). */
export function stripUnprintable(value: string): string {
  return oddNameProblem(value) === null ? value : value.replace(UNPRINTABLE_ALL, "").replace(LONE_SURROGATE, "");
}
