/** Test helper: where the dev set is (`../shared/devset`, beside the clone; read there, never copied). */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { parseGoldFile, type GoldGraph } from "../../../src/eval/gold.ts";
import { extractGraph } from "../../../src/extract/index.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { ROOT } from "../cli/run-cli.ts";

export const DEVSET = resolve(ROOT, "../shared/devset");
export const DEVSET_ARTICLES = join(DEVSET, "articles");
export const DEVSET_GOLD = join(DEVSET, "gold.json");
export const DEVSET_SCORER = join(DEVSET, "score.mjs");
export const HAVE_DEVSET = existsSync(DEVSET_GOLD) && existsSync(DEVSET_SCORER) && existsSync(DEVSET_ARTICLES);

if (!HAVE_DEVSET)
  console.warn(
    `SKIPPED: the dev set is not at ${DEVSET} (expected ../shared/devset beside the clone); dev-set tests do not run.`,
  );

/** The dev set's graph, built in memory as `entente build --no-layout` builds it. */
export function buildDevsetGraph(): EntenteGraph {
  return extractGraph(readCorpusFolder(DEVSET_ARTICLES).articles);
}

export function readDevsetGold(): GoldGraph {
  return parseGoldFile(readFileSync(DEVSET_GOLD, "utf8"), DEVSET_GOLD);
}
