/**
 * Prints the text of one article file exactly as `entente build` reads it, so evidence offsets can be checked
 * against it: for a saved page, the main text extracted from the HTML; for a `.txt` file, its text. Run with
 * `npx tsx src/corpus/print-text.ts PAGE.html > PAGE.txt`. Exit code 1 when the file is refused (the reason on stderr).
 */
import { basename } from "node:path";
import { admitArticle } from "./admit-article.ts";
import { DEFAULT_INTAKE_OPTIONS } from "./options.ts";
import { readBounded } from "./read-folder.ts";

const path = process.argv[2];
if (path === undefined) {
  process.stderr.write("usage: npx tsx src/corpus/print-text.ts ARTICLE.html|ARTICLE.txt\n");
  process.exit(2);
}
const read = readBounded(path, DEFAULT_INTAKE_OPTIONS.maxBytes);
if (!("bytes" in read)) {
  process.stderr.write(`corpus: "${path}" cannot be read (${read.problem}).\n`);
  process.exit(1);
}
const verdict = admitArticle(basename(path), read.bytes, undefined);
if (!verdict.ok) {
  process.stderr.write(`${verdict.refusal.reason}\n`);
  process.exit(1);
}
process.stdout.write(verdict.article.text);
