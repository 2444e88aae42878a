/**
 * The texts `entente eval` traces evidence back to: every `.txt` file of a corpus folder, as `score.mjs --articles`
 * reads them (refused articles included: evidence cannot come from them, and the judge reads them too).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareCodeUnits } from "../model/text-keys.ts";
import type { ArticleTexts } from "./score.ts";

/** Article id (file name without `.txt`) → text, in code-point order of the file names. */
export function readArticleTexts(dir: string): ArticleTexts {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort(compareCodeUnits);
  return new Map(files.map((f) => [f.slice(0, -".txt".length), readFileSync(join(dir, f), "utf8")]));
}
