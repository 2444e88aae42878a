import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const relations = (sentence: string) => extractText(sentence).relations;

describe("relations are typed and paired from the sentence's own words", () => {
  it.each([
    [
      "coordinated subject, reciprocal verb",
      "L'Inde et le Pakistan se disputent toujours le Cachemire depuis 1947.",
      ["dispute IND — PAK"],
    ],
    [
      "between A and B",
      "La coopération entre la France et l'Allemagne reste le moteur de l'Europe.",
      ["cooperation DEU — FRA"],
    ],
    ["agent, cue, target", "Les États-Unis ont renforcé leurs sanctions contre l'Iran mardi.", ["dispute IRN — USA"]],
    [
      "alliance with a role noun",
      "Le Japon compte sur son allié américain pour garantir sa sécurité.",
      ["alliance JPN — USA"],
    ],
    [
      "a place is not an actor",
      "La Chine et le Brésil ont signé un accord commercial à Moscou jeudi.",
      ["cooperation BRA — CHN"],
    ],
    [
      "two relations in one sentence",
      "Malgré leurs différends territoriaux, la Chine et le Vietnam ont décidé de coopérer en mer.",
      ["cooperation CHN — VNM", "dispute CHN — VNM"],
    ],
    [
      "two leaders meeting",
      "Le président turc Recep Tayyip Erdogan a reçu jeudi le président iranien Massoud Pezeshkian pour un entretien à Ankara.",
      ["cooperation IRN — TUR", "cooperation Massoud Pezeshkian — Recep Tayyip Erdogan"],
    ],
    [
      "a counterpart meets the one it is the counterpart of",
      "Le ministre indien de la Défense, Rajnath Singh, a eu un entretien à Pékin avec son homologue chinois, Dong Jun.",
      ["cooperation CHN — IND", "cooperation Dong Jun — Rajnath Singh"],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(relations(sentence)).toEqual(expected);
  });

  it.each([
    ["aucun … n'", "Aucun accord n'a été conclu entre la Russie et l'Ukraine cette année."],
    ["sans", "La Serbie et le Kosovo se sont quittés sans coopération nouvelle ni calendrier précis."],
    ["ne … pas", "Le Maroc et l'Algérie n'ont pas coopéré sur ce dossier cette année."],
    [
      "ne alone with oser, pouvoir, arriver",
      "Le gouvernement malien n'arrive à s'entendre avec la Guinée sur le tracé.",
    ],
  ])("a negated cue states no relation (%s)", (_name, sentence) => {
    expect(relations(sentence).filter((r) => r.startsWith("cooperation"))).toEqual([]);
  });

  it.each([
    ["peut", "Selon un analyste, le Brésil peut mobiliser ses voisins et l'opinion contre l'Argentine."],
    ["pourrait", "La Chine pourrait livrer des drones à la Russie d'ici l'été."],
    ["risque de", "Le Kenya risque de rompre ses relations avec la Somalie."],
  ])("a modal verb makes its cue a possibility, not a relation (%s)", (_name, sentence) => {
    expect(relations(sentence)).toEqual([]);
  });

  it("a modal verb leaves a definite event it speaks of stated: 'pourrait expliquer le réchauffement sino-indien'", () => {
    expect(
      relations("Le calendrier électoral pourrait expliquer le réchauffement sino-indien de cette année."),
    ).toEqual(["cooperation CHN — IND"]);
  });

  it("an inflection nobody listed by hand is a cue: the forms come from the conjugation lexicon", () => {
    expect(relations("Le Ghana rompit ses relations diplomatiques avec le Togo en 1961.")).toEqual([
      "dispute GHA — TGO",
    ]);
  });

  it("an actor inside a clause modifying the object of 'contre' is not the object", () => {
    expect(relations("Le Japon a appelé à agir contre les réseaux criminels qui visent la Corée du Sud.")).toEqual([]);
    expect(relations("Le Japon a agi contre les réseaux de la Corée du Nord.")).toEqual(["dispute JPN — PRK"]);
  });

  it("an organisation's name holding a cue word is no cue: 'Conseil de coopération', 'Organisation de la coopération'", () => {
    expect(relations("Le Qatar a quitté l'Organisation de la coopération islamique, selon l'Arabie saoudite.")).toEqual(
      [],
    );
  });

  it("ne … que restricts without negating", () => {
    expect(
      relations("Jusqu'ici, le Japon n'avait de rencontres de ce type qu'avec l'Australie et les États-Unis."),
    ).toEqual(["cooperation AUS — JPN", "cooperation JPN — USA"]);
  });

  it("a passive participle takes its patient only from right before it", () => {
    expect(
      relations("Les deux voisins se disputent quatre îles annexées par l'URSS en 1945.").filter((r) =>
        r.includes("SUHH"),
      ),
    ).toEqual([]);
  });

  it("a visit relates the visitor to the place visited; travelling somewhere does not", () => {
    expect(relations("Le président chinois Xi Jinping a effectué une visite officielle à Riyad en décembre.")).toEqual([
      "cooperation CHN — SAU",
      "cooperation SAU — Xi Jinping",
    ]);
    expect(
      relations("Le président chinois Xi Jinping s'est rendu à Riyad pour assister à un tournoi de golf."),
    ).toEqual([]);
  });

  it("a coordinated subject relates among itself only through a joint act or a reciprocal word", () => {
    expect(relations("La Turquie et l'Iran ont vivement condamné ces accords.")).toEqual([]);
    expect(relations("La Turquie et l'Iran ont signé un accord gazier.")).toEqual(["cooperation IRN — TUR"]);
    expect(relations("L'Inde et la Chine, en conflit depuis des décennies, ont rouvert le dialogue.")).toEqual([
      "cooperation CHN — IND",
      "dispute CHN — IND",
    ]);
  });

  it("a parenthesis listing actors glosses the noun before it: one side of the coordination, not a clause", () => {
    expect(
      relations(
        "Le Venezuela et les trois grands voisins (Colombie, Pérou et Brésil) ont conclu jeudi un accord sur les migrants.",
      ),
    ).toEqual(["cooperation BRA — VEN", "cooperation COL — VEN", "cooperation PER — VEN"]);
    // The listed side does not relate among itself: it is one party.
    expect(relations("Les grands exportateurs (Brésil, Argentine) ont signé un accord avec l'Inde.")).toEqual([
      "cooperation ARG — IND",
      "cooperation BRA — IND",
    ]);
  });

  it("a host ('à l'invitation de X') cooperates with each party it brings together, never with its own colleagues", () => {
    expect(
      relations(
        "À l'invitation du président angolais João Lourenço, le ministre angolais des Affaires étrangères, Téte António, et son homologue rwandais, Vincent Biruta, se sont rencontrés à Luanda.",
      ),
    ).toEqual([
      "cooperation AGO — RWA",
      "cooperation João Lourenço — Vincent Biruta",
      "cooperation Téte António — Vincent Biruta",
    ]);
    expect(
      relations("Le président sénégalais Macky Sall s'est rendu à Paris à l'invitation d'Emmanuel Macron."),
    ).toContain("cooperation Emmanuel Macron — Macky Sall");
  });

  it("a participle after 'et' is the subject's second verb, not the object of the stance before it", () => {
    expect(
      relations(
        "Le président vénézuélien Nicolás Maduro a dénoncé un vol et accusé le président colombien Iván Duque de complot.",
      ),
    ).toContain("dispute Iván Duque — Nicolás Maduro");
    // Coordinated nouns stay the stance's object: condemning attacks on X is no dispute with X.
    expect(relations("La France condamne les tirs et attaques contre Israël.")).toEqual([]);
  });

  it("a demonym qualifying a noun before the cue, that is the target itself, is not the agent", () => {
    expect(
      relations(
        "Le chancelier allemand, Olaf Scholz, a salué la décision polonaise et s'est dit prêt à travailler avec la Pologne.",
      ),
    ).toContain("cooperation Olaf Scholz — POL");
    // A state named outright is a phrase of its own: no agent is sought beyond it.
    expect(
      relations(
        "La Chine, principal allié de Pyongyang, a proposé un allègement des sanctions de l'ONU contre le régime nord-coréen.",
      ),
    ).not.toContain("dispute CHN — PRK");
  });

  it("recalling ambassadors 'pour consultations' is a dispute with the states they serve in", () => {
    expect(
      relations(
        "Le Pérou a décidé de rappeler « sans délai » pour consultations ses ambassadeurs au Mexique et en Bolivie.",
      ),
    ).toEqual(["dispute BOL — PER", "dispute MEX — PER"]);
  });

  it("'sans' in an adverb of manner ('sans délai', 'sans précédent') negates nothing", () => {
    expect(relations("Pékin a annoncé sans délai des sanctions contre Tokyo.")).toEqual(["dispute CHN — JPN"]);
    expect(relations("La Chine a renoncé à sanctionner le Japon, sans accord avec la Corée du Sud.")).toEqual([]);
  });

  it("agreeing, initialling, and a pair anaphor that names the agents' own states", () => {
    expect(
      relations(
        "Le ministre turc des Affaires étrangères, Hakan Fidan, et son homologue grec, Giorgos Gerapetritis, ont convenu que les gardes-côtes des deux pays devaient coopérer.",
      ),
    ).toEqual(["cooperation GRC — TUR", "cooperation Giorgos Gerapetritis — Hakan Fidan"]);
    expect(relations("Le Chili et l'Argentine ont paraphé mardi un accord frontalier.")).toEqual([
      "cooperation ARG — CHL",
    ]);
  });

  it("two leaders with only a comma between them are two phrases, not a list", () => {
    const found = relations(
      "Après un entretien avec le président français Emmanuel Macron, le chancelier allemand Olaf Scholz a reçu le président polonais Andrzej Duda.",
    );
    expect(found).toContain("cooperation Andrzej Duda — Olaf Scholz");
    expect(found.filter((r) => r.includes("Andrzej Duda — Emmanuel Macron"))).toEqual([]);
  });

  it("a collective subject whose members close the clause: the members are the subject", () => {
    expect(
      relations(
        "Plusieurs pays ont dénoncé les essais nucléaires de Pyongyang, parmi lesquels le Japon et la Corée du Sud.",
      ),
    ).toEqual(["dispute JPN — PRK", "dispute KOR — PRK"]);
    expect(relations("De nombreux États ont condamné les frappes russes, notamment la Pologne.")).toEqual([
      "dispute POL — RUS",
    ]);
    // A list closing the clause after a subject that is an actor names no subject.
    expect(relations("La France a condamné l'attaque contre plusieurs pays, dont le Mali et le Niger.")).not.toContain(
      "dispute FRA — MLI",
    );
  });

  it("a relation involving a leader also relates the states served, marked by its own rule", () => {
    expect(relations("Le président ghanéen John Mahama a convoqué l'ambassadeur du Japon.")).toEqual([
      "dispute GHA — JPN",
      "dispute JPN — John Mahama",
    ]);
  });

  it("the subject opening a sentence is the agent when its clause names no actor before the cue", () => {
    expect(
      relations(
        "Le président ghanéen John Mahama, irrité par les critiques de la Banque mondiale mais aussi par ses conditions, a fini par expulser les diplomates du Chili et du Pérou.",
      ),
    ).toEqual(["dispute CHL — GHA", "dispute CHL — John Mahama", "dispute GHA — PER", "dispute John Mahama — PER"]);
  });

  it("'les deux pays' is the last pair named together, not the last two actors", () => {
    expect(
      relations(
        "Le Brésil suit de près la montée des tensions entre le Pérou et l'Équateur. Il salue l'accord commercial des deux pays.",
      ),
    ).toEqual(["cooperation ECU — PER", "dispute ECU — PER"]);
  });

  it("a stance on an event makes its subject no party to the event", () => {
    expect(
      relations("L'Argentine dénonce fermement le bombardement mené mardi contre une base de l'armée chilienne."),
    ).toEqual([]);
    expect(relations("Le Brésil se dit préoccupé par les frappes qui ont touché le territoire péruvien.")).toEqual([]);
  });

  it("a cooperation only called for is not stated; a dispute called to end is", () => {
    expect(
      relations(
        "Le Brésil soutient toute initiative visant à favoriser des pourparlers entre le Chili et la Bolivie.",
      ).filter((r) => r.includes("BOL — CHL")),
    ).toEqual([]);
    expect(relations("Le différend qui oppose le Chili à la Bolivie doit prendre fin.")).toEqual(["dispute BOL — CHL"]);
  });

  it("an object of 'avec' is no agent of a later cue", () => {
    expect(
      relations(
        "Il a soulevé le sujet après sa rencontre avec le président chilien Gabriel Boric, puis lors d'un appel avec le président péruvien Pedro Castillo.",
      ),
    ).toEqual([]);
  });

  it("a mediator cooperates with each state of the pair the article last named together", () => {
    expect(
      relations(
        "Les combats entre le Pérou et l'Équateur ont repris. Le Brésil appuie la médiation menée par le président chilien Gabriel Boric.",
      ),
    ).toEqual(expect.arrayContaining(["cooperation ECU — Gabriel Boric", "cooperation Gabriel Boric — PER"]));
    expect(relations("Le Brésil appuie la médiation menée par le président chilien Gabriel Boric.")).not.toContain(
      "cooperation Gabriel Boric — PER",
    );
  });

  it("a nameless counterpart is the leader of its state holding the antecedent's office", () => {
    expect(
      relations(
        "Le président ghanéen John Mahama a inauguré un pont lundi. Le président sénégalais Macky Sall s'est entretenu au téléphone avec son homologue ghanéen.",
      ),
    ).toContain("cooperation John Mahama — Macky Sall");
  });

  it("a fixed phrase containing a cue word states nothing", () => {
    expect(relations("La France et le Royaume-Uni ont célébré la fin de la Seconde Guerre mondiale.")).toEqual([]);
  });
});
