/**
 * The held-out sets (tests/fixtures/heldout/<set>/: articles + gold.json in the dev set's format, written by the team
 * apart from the rules; see each gold's `about`), scored like `entente eval --articles … --gold …`. Each set holds
 * floors on its aggregate figures and a snapshot of its expected errors (`expected-errors.txt` next to it):
 * a regression turns red, an improvement shows in the snapshot's diff (`npx vitest run <this file> -u` updates it).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/run-cli.ts";
import { evaluateSet, expectedErrors, expectFloors, type Floors } from "./eval-set.ts";

/** Floors at the figures measured on today's extractor, rounded down to 0.01: raise them with every improvement. */
const SETS: Record<string, Floors> = {
  paragraphs: { relP: 0.96, relR: 0.79, relF1: 0.87, entF1: 1, members: 1 },
  articles: { relP: 0.96, relR: 0.67, relF1: 0.79, entF1: 0.98, members: 0.95 },
  final: { relP: 0.88, relR: 0.65, relF1: 0.75, entF1: 0.96, members: 0.88 },
  sentences: { relP: 1, relR: 1, relF1: 1, entF1: 1, members: 1 },
};

for (const [set, floors] of Object.entries(SETS)) {
  describe(`held-out set "${set}"`, { timeout: 120_000 }, () => {
    const dir = join(ROOT, "tests/fixtures/heldout", set);
    const report = evaluateSet(join(dir, "articles"), join(dir, "gold.json"));

    it("holds its floors: relation precision, recall, F1, entity F1, leader → state links", () => {
      expectFloors(report, floors);
    });

    it("makes exactly the expected errors (snapshot)", async () => {
      await expect(expectedErrors(report)).toMatchFileSnapshot(join(dir, "expected-errors.txt"));
    });
  });
}
