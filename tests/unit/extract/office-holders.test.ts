import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const CALL = "Le président de la République s'est entretenu avec le Premier ministre indien Narendra Modi.";
const FRENCH = { outlet: "Le Monde", url: "https://www.lemonde.fr/a.html" };

describe("a nameless title is the office-holder of the article's year", () => {
  it("reads 'le président de la République' of a French publication as the French president that year", () => {
    const found = extractText(CALL, "2019-08-25", FRENCH);
    expect(found.leaders).toContain("Emmanuel Macron président@FRA");
    expect(found.aliases[found.leaders.indexOf("Emmanuel Macron président@FRA")]).toContain(
      "président de la République",
    );
    expect(found.relations).toContain("cooperation Emmanuel Macron — Narendra Modi");
  });

  it.each([
    ["the publication's state is unknown", "2019-08-25", {}],
    ["the article is undated", null, FRENCH],
    ["two people held the office that year", "2017-08-25", FRENCH],
  ])("names nobody when %s", (_why, date, source) => {
    const found = extractText(CALL, date, source);
    expect(found.leaders).toEqual(["Narendra Modi Premier ministre@IND"]);
  });

  it("reads another state's title by that state, whatever the publication", () => {
    const found = extractText(
      "Le président de la République d'Azerbaïdjan a reçu le ministre turc des Affaires étrangères, Hakan Fidan.",
      "2024-03-01",
      FRENCH,
    );
    expect(found.leaders).toContain("Ilham Aliev président@AZE");
    expect(found.leaders.some((l) => l.includes("@FRA"))).toBe(false);
  });

  it("takes a titled state's holder when the article names no one holding it", () => {
    const found = extractText(
      "Le Premier ministre japonais a rencontré le président sud-coréen Yoon Suk-yeol.",
      "2023-05-10",
    );
    expect(found.leaders).toContain("Fumio Kishida Premier ministre@JPN");
  });

  it("never makes an office-holder of a former one: 'l'ancien président finlandais'", () => {
    const found = extractText(
      "Le plan de Marko Virtanen, ancien président finlandais, prévoit une mission de l'ONU.",
      "2008-02-17",
    );
    expect(found.leaders).toEqual([]);
    expect(found.states).toEqual([]);
  });
});

describe("a government's statement speaks as its state", () => {
  const STATEMENT = "Nous saluons le travail de médiation conduit par le Ghana entre les deux parties.";

  it("reads 'nous' opening a clause of a ministry's statement as the state that publishes it", () => {
    const found = extractText(STATEMENT, "2021-03-02", { outlet: "France Diplomatie", url: null });
    expect(found.relations).toContain("cooperation FRA — GHA");
  });

  it("reads no state into the 'nous' of a newspaper, or of a statement whose publisher is unknown", () => {
    expect(extractText(STATEMENT, "2021-03-02", FRENCH).relations).toEqual([]);
    expect(extractText(STATEMENT, "2021-03-02").relations).toEqual([]);
  });

  it("keeps the speaker out of 'les deux pays'", () => {
    const found = extractText(
      "Le Soudan et le Soudan du Sud se disputent la région frontalière. Nous appelons les deux pays à la retenue face aux tensions.",
      "2012-04-19",
      { outlet: null, url: "https://www.diplomatie.gouv.fr/fr/a" },
    );
    expect(found.relations).toEqual(["dispute SDN — SSD"]);
  });
});
