/**
 * The dev set (../shared/devset: real French texts, gold annotated by its ANNOTATION.md), read where it is, never
 * copied: floors on its figures and a snapshot of the expected errors (`devset.expected-errors.txt`, gold ids and
 * node keys only), as for the held-out sets; and `entente eval` on it holds the floors and prints the same figures.
 * Skipped, with a message, when ../shared/devset is absent.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summaryLine } from "../../../src/eval/format.ts";
import { runCli } from "../cli/run-cli.ts";
import { evaluateSet, expectedErrors, expectFloors, type Floors } from "../eval-heldout/eval-set.ts";
import { DEVSET_ARTICLES, DEVSET_GOLD, HAVE_DEVSET } from "./devset.ts";

/** Today's figures rounded down to 0.01; raise them with every improvement. */
const FLOORS: Floors = { relP: 0.96, relR: 0.83, relF1: 0.89, entF1: 0.98, members: 0.97 };

describe.skipIf(!HAVE_DEVSET)("the dev set", { timeout: 120_000 }, () => {
  const report = HAVE_DEVSET ? evaluateSet(DEVSET_ARTICLES, DEVSET_GOLD) : undefined;

  it("holds its floors: relation precision, recall, F1, entity F1, leader → state links", () => {
    expectFloors(report!, FLOORS);
  });

  it("draws no evidence from page chrome and takes no forbidden name for an actor", () => {
    expect(report!.provenance.boilerplateEvidence).toEqual([]);
    expect(report!.entities.forbidden).toEqual([]);
  });

  it("makes exactly the expected errors (snapshot)", async () => {
    await expect(expectedErrors(report!)).toMatchFileSnapshot(join(import.meta.dirname, "devset.expected-errors.txt"));
  });

  it("holds the floors through `entente eval` too, with the same figures", () => {
    const floors = [
      "--min-rel-p",
      FLOORS.relP,
      "--min-rel-r",
      FLOORS.relR,
      "--min-rel-f1",
      FLOORS.relF1,
      "--min-ent-f1",
      FLOORS.entF1,
    ].map(String);
    const run = runCli(["eval", "--gold", DEVSET_GOLD, "--articles", DEVSET_ARTICLES, "--by-rule", ...floors]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`\n${summaryLine(report!)}\n`);
    expect(run.stdout).toMatch(/^rule +edges +right +allow +wrong +prec\. +sent\.$/m);
  });
});
