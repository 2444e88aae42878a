import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

describe("leaders are found through their titles", () => {
  it.each([
    [
      "title, demonym, name",
      "Le président russe Vladimir Poutine a reçu des journalistes lundi matin.",
      ["Vladimir Poutine président@RUS"],
    ],
    [
      "title with a portfolio and a comma",
      "Le ministre allemand des Affaires étrangères, Johann Wadephul, est arrivé mardi.",
      ["Johann Wadephul ministre des Affaires étrangères@DEU"],
    ],
    [
      "plural title with portfolios given respectively",
      "Les ministres français des Affaires étrangères et de la Défense, Jean Dupont et Marie Durand, ont atterri hier soir.",
      ["Jean Dupont ministre des Affaires étrangères@FRA", "Marie Durand ministre de la Défense@FRA"],
    ],
    [
      "a counterpart takes the role of the person it refers to",
      "Le ministre chinois de la Défense, Li Wei, a rencontré son homologue indien, Arjun Rao, vendredi.",
      ["Li Wei ministre de la Défense@CHN", "Arjun Rao ministre de la Défense@IND"],
    ],
    [
      "apposition after the name",
      "Emmanuel Macron, le président français, a parlé au téléphone avec plusieurs dirigeants.",
      ["Emmanuel Macron président@FRA"],
    ],
    [
      "plural counterparts with one demonym per name, respectively",
      "Le ministre belge de la Défense, Luc Peeters, a reçu ses homologues allemand et italien, Karl Weber et Marco Rossi.",
      [
        "Luc Peeters ministre de la Défense@BEL",
        "Karl Weber ministre de la Défense@DEU",
        "Marco Rossi ministre de la Défense@ITA",
      ],
    ],
    [
      "plural counterparts with each demonym before its name",
      "Le ministre belge de la Défense, Luc Peeters, a reçu ses homologues allemand, M. Karl Weber, et italien, M. Marco Rossi.",
      [
        "Luc Peeters ministre de la Défense@BEL",
        "Karl Weber ministre de la Défense@DEU",
        "Marco Rossi ministre de la Défense@ITA",
      ],
    ],
    [
      "a deputy minister stays a deputy, whatever their portfolio",
      "Le vice-ministre des Affaires étrangères japonais, Kenji Sato, est arrivé lundi à Séoul.",
      ["Kenji Sato vice-ministre@JPN"],
    ],
    [
      "chef de la diplomatie means foreign minister",
      "Le chef de la diplomatie chinoise Wang Yi est attendu à Paris la semaine prochaine.",
      ["Wang Yi ministre des Affaires étrangères@CHN"],
    ],
  ])("%s", (_name, sentence, leaders) => {
    expect(extractText(sentence).leaders).toEqual(leaders);
  });

  it("reads a ministry the lexicon does not list, named the French way", () => {
    expect(extractText("Le ministre kényan de l'Eau, Alice Wahome, a inauguré un barrage.").leaders).toEqual([
      "Alice Wahome ministre de l'Eau@KEN",
    ]);
    expect(
      extractText("Le ministre nigérien du Pétrole et des Mines, Mahaman Moustapha Barké, a signé le contrat.").leaders,
    ).toEqual(["Mahaman Moustapha Barké ministre du Pétrole et des Mines@NER"]);
    // A state after "de la" is the minister's state, not a ministry.
    expect(extractText("Le ministre de l'Intérieur de la Tunisie, Kamel Feki, a parlé.").leaders).toEqual([
      "Kamel Feki ministre de l'Intérieur@TUN",
    ]);
  });

  it("a titled surname after the full name is the same leader, not a second one", () => {
    const found = extractText(
      "Le président kényan William Ruto a parlé mardi. Le président Ruto a ensuite reçu des diplomates.",
      "2023-06-01",
    );
    expect(found.leaders).toEqual(["William Ruto président@KEN,président@KEN"]);
  });

  it("reads an appointment: the name before 'a été élu' holds the office, and a middle name the press uses finds them", () => {
    const found = extractText(
      "Mariana Beatriz Rocha da Costa a été élue dimanche présidente du Portugal. Le Premier ministre espagnol a félicité Rocha pour cette victoire.",
    );
    // The nameless "Premier ministre espagnol" is the one world knowledge says held the office that year.
    expect(found.leaders).toEqual([
      "Mariana Beatriz Rocha da Costa président@PRT",
      "Pedro Sánchez Premier ministre@ESP",
    ]);
  });

  it("never makes a leader of a person without an office (photographer, analyst)", () => {
    const found = extractText(
      "Selon l'analyste Pierre Lambert, interrogé par le photographe Jean Roux, la tension reste vive entre Paris et Alger.",
    );
    expect(found.leaders).toEqual([]);
  });

  it("resolves a surname, M. X and a name-less title to the leader already named", () => {
    const found = extractText(
      "Le Premier ministre indien Narendra Modi a reçu son homologue japonais Fumio Kishida. M. Modi a salué une amitié ancienne. Le chef du gouvernement japonais a répondu que Kishida restait optimiste.",
    );
    expect(found.leaders).toEqual(["Narendra Modi Premier ministre@IND", "Fumio Kishida Premier ministre@JPN"]);
  });
});

describe("states are found by name, capital, demonym and compound", () => {
  it("reads capitals used for their state and demonyms", () => {
    expect(
      extractText("Pékin a critiqué les exercices des forces américaines près des côtes japonaises.").states,
    ).toEqual(["CHN", "JPN", "USA"]);
  });

  it("reads compound adjectives as both states", () => {
    expect(extractText("Le dialogue sino-américain a repris après des mois de silence.").relations).toEqual([
      "cooperation CHN — USA",
    ]);
  });

  it("does not take a place name inside a person's name for the state", () => {
    expect(extractText("Le Washington Post rapporte que le sommet a été reporté à une date inconnue.").states).toEqual(
      [],
    );
  });
});
