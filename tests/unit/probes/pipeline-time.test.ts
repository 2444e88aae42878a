/**
 * Probe: no text is slow through the build's per-article work (intake + extraction + graph). Every adversarial input
 * must take at most BUDGET_RATIO times what ordinary French prose of the same size takes, measured in this run:
 * the quadratic paths this suite was written against cost 37 to 92 times the baseline at these sizes, so the budget
 * is generous and still catches them. The worst time per MiB seen is printed at the end (for the README and the issue).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitArticle } from "../../../src/corpus/intake.ts";
import { extractGraph } from "../../../src/extract/index.ts";
import type { ArticleMeta } from "../../../src/model/types.ts";
import { describeText, renderText, RUN_CHARS, type Piece } from "./adversarial-text.ts";
import { fastest, frenchProse, msPerMiB, timeWithin } from "./timing.ts";

/** Adversarial input may cost this many times the same bytes of prose. */
const BUDGET_RATIO = 15;
/**
 * Sizes (UTF-16 units): the table of runs and the random mixes at 64 KiB, where a backtracking regex already costs
 * seconds; the paragraph-structure families at 1 MiB too, because a quadratic with a small constant (one check per
 * quotation per period) only stands out from linear work at that size.
 */
const TABLE_SIZE = 64 * 1024;
const RANDOM_SIZE = 16 * 1024;
const LARGE_SIZE = 1024 * 1024;

const FALLBACK_META: ArticleMeta = {
  id: "probe",
  file: "probe.txt",
  title: "probe",
  outlet: null,
  date: null,
  datePrecision: null,
  language: "fr",
  url: null,
  sha256: "0".repeat(64),
};

/** What `entente build` does with one file's bytes, layout aside: admit it, extract it, build the graph. */
function throughBuild(text: string): void {
  const admission = admitArticle("probe.txt", new TextEncoder().encode(text), undefined);
  const source = admission.ok ? admission.article : { meta: FALLBACK_META, text };
  extractGraph([source]);
}

/** Milliseconds per UTF-8 byte of prose, measured at `size`. */
function baselinePerByte(size: number, repeats = 3): number {
  const prose = frenchProse(size);
  if (repeats > 1) throughBuild(prose); // warm-up: lexicon, JIT
  return fastest(() => throughBuild(prose), repeats) / Buffer.byteLength(prose, "utf8");
}

let tablePerByte = 0;
let randomPerByte = 0;
let largePerByte = 0;
/** The slowest input per MiB, among inputs of at least TABLE_SIZE (smaller ones measure fixed costs and noise). */
const worst = { msPerMiB: 0, input: "" };

function probe(name: string, text: string, perByte: number): void {
  const budget = BUDGET_RATIO * perByte * Buffer.byteLength(text, "utf8");
  const ms = timeWithin(() => throughBuild(text), budget);
  const rate = msPerMiB(ms, text);
  if (text.length >= TABLE_SIZE && rate > worst.msPerMiB) Object.assign(worst, { msPerMiB: rate, input: name });
  expect(
    ms,
    `${name}: ${ms.toFixed(0)} ms, budget ${budget.toFixed(0)} ms (${BUDGET_RATIO}× prose of the same size)`,
  ).toBeLessThanOrEqual(budget);
}

function fill(pieces: Piece[], size: number): string {
  const text = renderText(pieces);
  return text.length >= size
    ? text.slice(0, size)
    : text +
        renderText(pieces)
          .repeat(Math.ceil(size / text.length))
          .slice(0, size - text.length);
}

describe("probe: time through the build per input size", { timeout: 120_000 }, () => {
  beforeAll(() => {
    tablePerByte = baselinePerByte(TABLE_SIZE);
    randomPerByte = baselinePerByte(RANDOM_SIZE);
    largePerByte = baselinePerByte(LARGE_SIZE, 1);
  });
  afterAll(() => {
    const prose = largePerByte * 1024 * 1024;
    console.info(
      `probe: worst case ${worst.msPerMiB.toFixed(0)} ms/MiB through the build (prose: ${prose.toFixed(0)} ms/MiB), on: ${worst.input}`,
    );
  });

  it("a long run of any character, followed by a letter, costs about what prose costs", () => {
    for (const unit of RUN_CHARS) {
      const count = Math.floor(TABLE_SIZE / unit.length);
      // Followed by a letter: a pattern anchored at the end retries from every position of a run that does not reach it.
      const pieces: Piece[] = [{ kind: "run", unit, count, then: " x" }];
      probe(describeText(pieces), renderText(pieces), tablePerByte);
    }
  });

  it.each<[string, Piece[]]>([
    ["nested guillemets", [{ kind: "nested", open: "«", close: "»", depth: Math.floor(TABLE_SIZE / 4) }]],
    ["nested brackets", [{ kind: "nested", open: "[", close: "]", depth: Math.floor(TABLE_SIZE / 4) }]],
    ["nested parentheses", [{ kind: "nested", open: "(", close: ")", depth: Math.floor(TABLE_SIZE / 4) }]],
    ["quoted sentences in guillemets", [{ kind: "quoted-sentences", quote: "«»", count: Math.floor(TABLE_SIZE / 12) }]],
    [
      "quoted sentences in straight quotes",
      [{ kind: "quoted-sentences", quote: '""', count: Math.floor(TABLE_SIZE / 12) }],
    ],
    ["many capitals", [{ kind: "capitals", words: Math.floor(TABLE_SIZE / 4) }]],
    ["one long line of prose", [{ kind: "prose-line", words: Math.floor(TABLE_SIZE / 7) }]],
  ])("%s cost about what prose costs", (_name, pieces) => {
    probe(describeText(pieces), fill(pieces, TABLE_SIZE), tablePerByte);
  });

  it.each<[string, Piece[]]>([
    ["1 MiB of quoted sentences", [{ kind: "quoted-sentences", quote: '""', count: Math.floor(LARGE_SIZE / 12) }]],
    ["1 MiB in one line", [{ kind: "prose-line", words: Math.floor(LARGE_SIZE / 7) }]],
  ])("%s costs about what 1 MiB of prose costs", (_name, pieces) => {
    probe(describeText(pieces), fill(pieces, LARGE_SIZE), largePerByte);
  });

  it("any mix of runs, quotes, capitals and long lines costs about what prose costs", () => {
    const unit = fc.constantFrom(...RUN_CHARS);
    const piece: fc.Arbitrary<Piece> = fc.oneof(
      fc.record({
        kind: fc.constant("run" as const),
        unit,
        count: fc.integer({ min: 1, max: 8000 }),
        then: fc.constantFrom("", "x", " ", "\n", "A", "."),
      }),
      fc.record({
        kind: fc.constant("nested" as const),
        open: fc.constantFrom("«", "(", "[", '"'),
        close: fc.constantFrom("»", ")", "]", '"'),
        depth: fc.integer({ min: 1, max: 4000 }),
      }),
      fc.record({ kind: fc.constant("capitals" as const), words: fc.integer({ min: 1, max: 4000 }) }),
      fc.record({
        kind: fc.constant("quoted-sentences" as const),
        quote: fc.constantFrom("«»" as const, '""' as const),
        count: fc.integer({ min: 1, max: 2000 }),
      }),
      fc.record({ kind: fc.constant("prose-line" as const), words: fc.integer({ min: 1, max: 4000 }) }),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        probe(describeText(pieces), fill(pieces, RANDOM_SIZE), randomPerByte);
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });
});
