/**
 * `entente eval` and the judge agree: the dev set's own `score.mjs`, run on the same graph file, gives the same
 * summary figures and the same missing and false relations as `scoreGraph`, on the dev set, on a small graph of edge
 * cases and on each held-out fixture. Skipped, with a message, when ../shared/devset is absent.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { readArticleTexts } from "../../../src/eval/article-texts.ts";
import { summaryLine } from "../../../src/eval/format.ts";
import { parseGoldFile, type GoldGraph } from "../../../src/eval/gold.ts";
import { scoreGraph } from "../../../src/eval/score.ts";
import { extractGraph } from "../../../src/extract/index.ts";
import { serializeGraph } from "../../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { ROOT } from "../cli/run-cli.ts";
import { buildDevsetGraph, DEVSET_ARTICLES, DEVSET_SCORER, HAVE_DEVSET, readDevsetGold } from "./devset.ts";
import { SMALL_GOLD, smallGraph } from "./small.ts";

const work = mkdtempSync(join(tmpdir(), "entente-eval-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ScoreMjs {
  summary: string;
  report: {
    relations: { missing: string[]; falsePositives: string[] };
    entities: { extra: string[]; duplicates: string[] };
  };
}

/** Runs `score.mjs` on a graph and a gold written to temporary files. */
function runScoreMjs(name: string, graph: EntenteGraph, gold: GoldGraph, articles?: string): ScoreMjs {
  const graphFile = join(work, `${name}.graph.json`);
  const goldFile = join(work, `${name}.gold.json`);
  writeFileSync(graphFile, serializeGraph(graph));
  writeFileSync(goldFile, JSON.stringify(gold));
  const args = [DEVSET_SCORER, "--graph", graphFile, "--gold", goldFile, ...(articles ? ["--articles", articles] : [])];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120_000 });
  expect(run.stderr).toBe("");
  const lines = run.stdout.trimEnd().split("\n");
  return { summary: lines.at(-1)!, report: JSON.parse(lines.slice(0, -1).join("\n")) };
}

/** The figures the brief names (relP, relR, relF1, entF1, members, boilerEv, forbidden, dupes) plus prov. */
const figures = (summary: string) => Object.fromEntries(summary.split(" ").map((kv) => kv.split("=")));

describe.skipIf(!HAVE_DEVSET)("scoreGraph agrees with the dev set's score.mjs", { timeout: 120_000 }, () => {
  it("on the graph built from the dev set", () => {
    const graph = buildDevsetGraph();
    const gold = readDevsetGold();
    const theirs = runScoreMjs("devset", graph, gold, DEVSET_ARTICLES);
    const ours = scoreGraph(graph, gold, readArticleTexts(DEVSET_ARTICLES));
    expect(figures(summaryLine(ours))).toEqual(figures(theirs.summary));
    expect(ours.relations.missing).toEqual(theirs.report.relations.missing);
    expect(ours.relations.falsePositives).toEqual(theirs.report.relations.falsePositives);
    expect(ours.entities.extra).toEqual(theirs.report.entities.extra);
  });

  it("on a small graph with duplicates, forbidden names, optional actors, allowed relations and chrome", () => {
    const theirs = runScoreMjs("small", smallGraph(), SMALL_GOLD);
    const ours = scoreGraph(smallGraph(), SMALL_GOLD);
    expect(figures(summaryLine(ours))).toEqual(figures(theirs.summary));
    expect(ours.relations.falsePositives).toEqual(theirs.report.relations.falsePositives);
    expect(ours.entities.duplicates).toEqual(theirs.report.entities.duplicates);
  });

  for (const set of ["paragraphs", "articles", "final", "sentences"]) {
    it(`on the held-out set "${set}" (its fixtures score alike under the judge)`, () => {
      const dir = join(ROOT, "tests/fixtures/heldout", set);
      const graph = extractGraph(readCorpusFolder(join(dir, "articles")).articles);
      const gold = parseGoldFile(readFileSync(join(dir, "gold.json"), "utf8"));
      const theirs = runScoreMjs(set, graph, gold, join(dir, "articles"));
      expect(figures(summaryLine(scoreGraph(graph, gold, readArticleTexts(join(dir, "articles")))))).toEqual(
        figures(theirs.summary),
      );
    });
  }
});
