/** The title of an article shown to readers: cleaned and bounded, from metadata or from the text's first line. */
import { stripUnprintable } from "./display.ts";
import { LINE_BREAK } from "./lines.ts";

/** Longest title kept; a "first line" can be a whole paragraph in a file without line breaks. */
export const MAX_TITLE_LENGTH = 200;

/** The title of a text without metadata: its first non-empty line, whitespace collapsed, cut to a readable length. */
export function titleFromText(text: string): string {
  for (const line of text.split(LINE_BREAK)) {
    const title = cleanTitle(line);
    if (title !== "") return title;
  }
  return "";
}

/**
 * A title as shown to readers: whitespace collapsed; no control, bidirectional-override or lone-surrogate character
 * from the page; cut at a word to `MAX_TITLE_LENGTH` characters.
 */
export function cleanTitle(raw: string): string {
  const title = stripUnprintable(raw.replace(/\s+/gu, " ")).trim();
  const chars = [...title];
  if (chars.length <= MAX_TITLE_LENGTH) return title;
  const cut = chars.slice(0, MAX_TITLE_LENGTH - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
