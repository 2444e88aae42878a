/**
 * Random and adversarial text never makes the extractor throw or hang: long lines, control characters, mixed
 * scripts, thousands of capitalised words, unbalanced quotes. Each run is bounded by the test timeout.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/article.ts";
import { extractGraph } from "../../../src/extract/index.ts";
import { serializeGraph } from "../../../src/model/graph-io.ts";

const WORDS = [
  "Le",
  "président",
  "russe",
  "Vladimir",
  "Poutine",
  "M.",
  "a",
  "rencontré",
  "son",
  "homologue",
  "chinois",
  "et",
  "la",
  "Corée",
  "du",
  "Nord",
  "coopération",
  "contre",
  "«",
  "»",
  '"',
  ",",
  ".",
  "-",
  "russo-japonais",
  "les",
  "deux",
  "pays",
  "entre",
  "aucun",
  "n'",
  "ne",
  "pas",
  "Pékin",
  "à",
  "Moscou",
  "ministre",
  "des",
  "Affaires",
  "étrangères",
  "celui",
  "de",
  "Défense",
];

const frenchish = fc.array(fc.constantFrom(...WORDS), { maxLength: 400 }).map((w) => w.join(" "));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 2000 }),
  fc.string({ unit: "grapheme", maxLength: 2000 }),
  frenchish,
);

function evidenceIsExact(text: string): boolean {
  const x = extractArticle({ id: "p", text, date: null });
  return x.sentences.every((s, i) => text.slice(s.originalStart, s.originalEnd) === x.sentenceTexts[i]);
}

describe("the extractor on random and adversarial text", () => {
  it("never throws, and evidence always quotes the input exactly", () => {
    fc.assert(
      fc.property(anyText, (text) => evidenceIsExact(text)),
      { numRuns: 300 },
    );
  });

  it("builds a schema-valid graph from any mix of articles", () => {
    fc.assert(
      fc.property(fc.array(frenchish, { minLength: 1, maxLength: 4 }), (texts) => {
        const sources = texts.map((text, i) => ({
          meta: {
            id: `a${i}`,
            file: `a${i}.txt`,
            title: "t",
            outlet: null,
            date: null,
            datePrecision: null,
            language: "fr",
            url: null,
            sha256: "0".repeat(64),
          },
          text: `Titre\n${text}.`,
        }));
        serializeGraph(extractGraph(sources));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["a 1 MB line", "a".repeat(1_000_000)],
    ["thousands of capitalised words", "Le Président ".repeat(20_000) + "."],
    ["thousands of titles without names", "le ministre russe de la Défense, ".repeat(5_000)],
    ["control characters", "\u0000\u0001\u0007\u001b[31m".repeat(10_000)],
    ["mixed scripts", "Москва 東京 Pyongyang القاهرة ".repeat(10_000)],
    ["unbalanced quotes and guillemets", '« « « " " ( ( [ '.repeat(20_000)],
    ["a sentence of 50,000 terminal marks", "!?.".repeat(50_000)],
  ])("finishes on %s", (_name, text) => {
    expect(() => extractArticle({ id: "x", text, date: null })).not.toThrow();
  });
});
