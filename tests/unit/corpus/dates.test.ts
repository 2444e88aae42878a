// Dates read from an article's text when neither its manifest entry nor its page gives one.
import { describe, expect, it } from "vitest";
import { admitArticle, inferDate } from "../../../src/corpus/index.ts";
import "../../../src/corpus/html/linkedom-reader.ts";

const LEDE =
  "Le ministre des Affaires étrangères a rencontré son homologue pour évoquer la coopération entre les deux pays.";

describe("inferDate", () => {
  it.each([
    ["a dateline with an agency", `PARIS, 3 mars 2024 (AFP) - ${LEDE}`, "2024-03-03", "dateline"],
    [
      "a dateline in a title case city, with a long dash",
      `Moscou, 1er mai 2022 (Reuters) — ${LEDE}`,
      "2022-05-01",
      "dateline",
    ],
    ["a dateline under the title", `Accord signé\n\nNEW YORK, 12/04/2023 - ${LEDE}`, "2023-04-12", "dateline"],
    ["a publication line", `Un titre\nPublié le 14 février 2021 à 18h02\n\n${LEDE}`, "2021-02-14", "publication line"],
    ["a put-online line", `Un titre\nMis en ligne le lundi 6 novembre 2023\n${LEDE}`, "2023-11-06", "publication line"],
    [
      "a full date in the first paragraph",
      `Un titre\n\nLe 5 juin 2019, ${LEDE.toLowerCase()}`,
      "2019-06-05",
      "first paragraph",
    ],
  ])("reads %s", (_, text, date, source) => {
    expect(inferDate(text)).toMatchObject({ date, source });
  });

  it.each([
    [
      "a date of an event later in the text",
      `Un titre\n\n${LEDE}\n\nLe 24 février 2022, la Russie a envahi l'Ukraine.`,
    ],
    [
      "a date quoted in the first paragraph",
      `Un titre\n\n« Depuis le 24 février 2022, tout a changé », a déclaré le ministre devant la presse réunie à Kiev.`,
    ],
    ["relative days", `Un titre\n\nLundi, ${LEDE.toLowerCase()} Hier, il était à Rome.`],
    ["a day and month without a year", `PARIS, 3 mars (AFP) - ${LEDE}`],
    ["an update line (the date of an edit)", `Un titre\nMis à jour le 3 mars 2024\n\n${LEDE}`],
    ["a text with no date", `Un titre\n\n${LEDE}`],
  ])("takes no date from %s", (_, text) => {
    expect(inferDate(text)).toBeNull();
  });
});

describe("admitArticle dates an undated article from its text, and says so", () => {
  const text = `Paris et Berlin s'accordent\n\nPARIS, 3 mars 2024 (AFP) - ${LEDE} La France et l'Allemagne veulent coordonner leurs achats de munitions pour l'Ukraine et relancer leur programme commun de char.`;
  const bytes = new TextEncoder().encode(text);

  it("when the manifest has no date", () => {
    const verdict = admitArticle("a.txt", bytes, undefined);
    expect(verdict.ok && verdict.article.meta).toMatchObject({ date: "2024-03-03", datePrecision: "day" });
    expect(verdict.ok && verdict.notices).toEqual([
      'corpus: "a.txt" has no date in metadata.json; dated 2024-03-03 from its dateline ("PARIS, 3 mars 2024 (AFP) -").',
    ]);
    expect(verdict.ok && verdict.inferredDate).toMatchObject({ date: "2024-03-03", source: "dateline" });
  });

  it("never over the manifest's date, nor its explicit null", () => {
    const dated = admitArticle("a.txt", bytes, { date: "2024-02" });
    expect(dated.ok && [dated.article.meta.date, dated.notices, dated.inferredDate]).toEqual([
      "2024-02",
      [],
      undefined,
    ]);
    const undated = admitArticle("a.txt", bytes, { date: null });
    expect(undated.ok && [undated.article.meta.date, undated.notices]).toEqual([null, []]);
  });

  it("never over the date of a saved page", () => {
    const html = `<html><head><meta property="article:published_time" content="2024-03-04"></head><body><article>${text
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    const verdict = admitArticle("a.html", new TextEncoder().encode(html), undefined);
    expect(verdict.ok && [verdict.article.meta.date, verdict.notices]).toEqual(["2024-03-04", []]);
  });
});
