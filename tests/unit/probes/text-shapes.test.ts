/**
 * Probe: the shapes a scraped article takes (line endings of every platform, captions glued into prose, pages with
 * no line breaks, sentences without end) never lose the article, never glue page chrome into evidence, and evidence
 * always quotes the file exactly. Each failure names the input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { admitArticle, oddNameProblem } from "../../../src/corpus/intake.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { MAX_SENTENCE_LENGTH, splitSentences } from "../../../src/extract/text/sentences.ts";

const PROSE = [
  "Le président russe Vladimir Poutine a rencontré lundi à Moscou le Premier ministre japonais Shinzo Abe.",
  "Les deux dirigeants ont signé un accord de coopération économique et énergétique.",
  "Ils ont aussi évoqué le différend territorial qui oppose les deux pays depuis la Seconde Guerre mondiale.",
];
const CHROME = ["AJOUTER AUX FAVORIS", "Partager cet article", "PUBLICITÉ", "Abonnez-vous"];
const BREAKS: [string, string][] = [
  ["LF", "\n"],
  ["CR LF", "\r\n"],
  ["CR alone", "\r"],
  ["NEL (U+0085)", "\u0085"],
  ["line separator (U+2028)", "\u2028"],
  ["paragraph separator (U+2029)", "\u2029"],
];

function evidence(text: string): string[] {
  const x = extractArticle({ id: "probe", text, date: "2013-11" });
  x.sentences.forEach((s, i) =>
    expect(text.slice(s.originalStart, s.originalEnd), `sentence ${i} of ${JSON.stringify(text.slice(0, 80))}`).toBe(
      x.sentenceTexts[i],
    ),
  );
  return x.sentenceTexts;
}

describe("probe: line endings", () => {
  const reference = evidence(["Titre", ...CHROME, ...PROSE].join("\n"));

  it.each(BREAKS)("%s keeps lines apart: same sentences as LF, no chrome in evidence", (_name, lineBreak) => {
    const sentences = evidence(["Titre", ...CHROME, ...PROSE].join(lineBreak));
    expect(sentences).toEqual(reference);
    for (const chrome of CHROME) for (const s of sentences) expect(s).not.toContain(chrome);
  });

  it("a mix of every line ending keeps evidence offsets exact", () => {
    const piece = fc.oneof(
      fc.constantFrom(...PROSE, ...CHROME, "«", "»", "\u0301", " "),
      fc.constantFrom(...BREAKS.map(([, b]) => b)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        evidence(pieces.join(""));
      }),
      { numRuns: 200, seed: 2028 },
    );
  });
});

describe("probe: captions and pages without line breaks", () => {
  it.each([
    ["a © credit", "Vue de Moscou © AFP 2013."],
    ["a bracketed credit", "Vue de Moscou [Jean Dupont / AFP]."],
    ["a photo credit", "[Photo Reuters] Vue de Moscou."],
  ])("an article on one line with %s keeps its sentences", (_name, credit) => {
    const sentences = evidence([...PROSE, credit, ...PROSE].join(" "));
    expect(sentences.length).toBeGreaterThanOrEqual(2 * PROSE.length);
  });

  it.each([
    ["a © credit", "Les deux ministres à Tokyo, le 2 novembre 2013 © AFP"],
    ["a bracketed credit", "Les deux ministres à Tokyo, le 2 novembre 2013 [Jean Dupont / AFP]"],
    ["a caption printed twice", "Les deux ministres à Tokyo, le 2 novembre 2013 [Jean Dupont / AFP] ".repeat(2).trim()],
  ])("a caption line with %s is still dropped", (_name, caption) => {
    const sentences = evidence([PROSE[0], caption, PROSE[1]].join("\n"));
    expect(sentences).toEqual([PROSE[0], PROSE[1]]);
  });
});

describe("probe: sentence length", () => {
  it.each([
    ["a line of words without a period", "mot ".repeat(20_000)],
    ["one word of 10,000 letters", "a".repeat(10_000)],
    ["surrogate pairs without spaces", "😀".repeat(5_000)],
  ])("%s is cut into spans of at most MAX_SENTENCE_LENGTH, covering all its text", (_name, text) => {
    const spans = splitSentences(text);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      // Never between the halves of a surrogate pair.
      expect(text.charCodeAt(s.start) >= 0xdc00 && text.charCodeAt(s.start) <= 0xdfff).toBe(false);
    }
    expect(
      spans
        .map((s) => text.slice(s.start, s.end))
        .join("")
        .replace(/\s/g, ""),
    ).toBe(text.replace(/\s/g, ""));
  });
});

describe("probe: titles taken from the text", () => {
  it.each([
    ["a right-to-left override", "\u202eTitre inversé"],
    ["an ANSI escape", "\u001b[31mTitre rouge"],
    ["a lone surrogate", "Titre \ud800cassé"],
    ["a C1 control", "Titre\u0085suite"],
  ])("a first line with %s gives a printable title", (_name, line) => {
    const admission = admitArticle("a.txt", new TextEncoder().encode(`${line}\n${PROSE.join(" ")}`), {
      language: "fr",
    });
    expect(admission.ok).toBe(true);
    if (admission.ok) expect(oddNameProblem(admission.article.meta.title), admission.article.meta.title).toBeNull();
  });
});
