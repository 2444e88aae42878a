// Near-duplicates: the same wire story from two outlets is one story; two stories on one topic are two.
import { describe, expect, it } from "vitest";
import { admitCorpus } from "../../../src/corpus/index.ts";
import {
  jaccard,
  nearDuplicateGroups,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
} from "../../../src/corpus/near-duplicates.ts";
import { storyWeight } from "../../../src/model/filter.ts";
import { extractGraph } from "../../../src/extract/index.ts";
import type { ArticleMeta } from "../../../src/model/types.ts";

// A wire story, sentence by sentence, as an agency sends it.
const WIRE = [
  "Le président français Emmanuel Macron a reçu mardi à Paris le Premier ministre indien Narendra Modi pour une visite officielle de deux jours.",
  "La France et l'Inde ont signé un accord de coopération sur l'énergie nucléaire civile et la construction de six réacteurs.",
  "Les deux dirigeants ont également évoqué la vente de nouveaux avions de combat Rafale à la marine indienne.",
  "« L'Inde est un partenaire stratégique de premier plan », a déclaré Emmanuel Macron lors d'une conférence de presse commune.",
  "Narendra Modi a salué une amitié « fondée sur la confiance » et invité son homologue à se rendre à New Delhi l'an prochain.",
  "Paris et New Delhi veulent aussi renforcer leur coopération maritime dans l'océan Indien, face à l'influence croissante de la Chine.",
  "Les échanges commerciaux entre les deux pays ont atteint 13 milliards d'euros l'an dernier, selon le ministère français de l'Économie.",
  "La visite s'achèvera mercredi par un déplacement à Marseille, où le Premier ministre indien doit inaugurer un consulat.",
];
const OUTLET_A = [
  "Paris et New Delhi signent un accord nucléaire",
  "Partager sur Facebook",
  ...WIRE,
  "Lire aussi : l'Inde, nouvelle puissance",
].join("\n\n");
// Another outlet: its own headline and chrome, one sentence cut.
const OUTLET_B = [
  "Macron et Modi scellent leur partenariat",
  "Par la rédaction avec AFP",
  ...WIRE.filter((_, i) => i !== 6),
  "Abonnez-vous à notre newsletter",
].join("\n\n");
// Another story on the same topic, the same leaders and states.
const OTHER_STORY = [
  "Inde-France : un partenariat à l'épreuve",
  "Le Premier ministre indien Narendra Modi a appelé mardi le président français Emmanuel Macron pour évoquer les retards du chantier de la centrale de Jaitapur.",
  "Les négociations entre la France et l'Inde sur le prix de l'électricité produite par les six réacteurs sont au point mort depuis plusieurs mois.",
  "New Delhi réclame des transferts de technologie plus importants, tandis que Paris insiste sur les garanties financières.",
  "Selon un diplomate européen, les deux pays restent toutefois attachés à leur coopération stratégique dans l'océan Indien.",
].join("\n\n");

describe("shingles and Jaccard", () => {
  it("compares word 5-grams, whatever the case and the punctuation", () => {
    expect(shingles("Le président, a reçu LE Premier ministre.")).toEqual(
      new Set(["le président a reçu le", "président a reçu le premier", "a reçu le premier ministre"]),
    );
    expect(jaccard(shingles(OUTLET_A), shingles(OUTLET_A))).toBe(1);
  });

  it("scores the same wire story from two outlets above the threshold, two stories on one topic far below", () => {
    const same = jaccard(shingles(OUTLET_A), shingles(OUTLET_B));
    const different = jaccard(shingles(OUTLET_A), shingles(OTHER_STORY));
    expect(same).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(different).toBeLessThan(0.05);
  });
});

describe("nearDuplicateGroups", () => {
  it("groups the two tellings under the first, and leaves the other story alone", () => {
    const groups = nearDuplicateGroups([
      { id: "a.txt", text: OUTLET_A },
      { id: "b.txt", text: OUTLET_B },
      { id: "c.txt", text: OTHER_STORY },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.first).toBe("a.txt");
    expect(groups[0]!.others.map((o) => o.id)).toEqual(["b.txt"]);
    expect(groups[0]!.others[0]!.similarity).toBeGreaterThan(0.6);
  });

  it("links a chain transitively and leads each group by its first text", () => {
    const cut = (skip: number[]) => WIRE.filter((_, i) => !skip.includes(i)).join("\n\n");
    const groups = nearDuplicateGroups([
      { id: "x", text: OTHER_STORY },
      { id: "y", text: cut([0, 1]) },
      { id: "z", text: cut([6, 7]) },
      { id: "w", text: cut([3]) },
    ]);
    expect(groups.map((g) => [g.first, g.others.map((o) => o.id)])).toEqual([["y", ["z", "w"]]]);
  });

  it("finds nothing among different texts, nor in an empty corpus", () => {
    expect(nearDuplicateGroups([])).toEqual([]);
    expect(
      nearDuplicateGroups([
        { id: "a", text: OUTLET_A },
        { id: "c", text: OTHER_STORY },
      ]),
    ).toEqual([]);
  });
});

describe("in a corpus", () => {
  const enc = new TextEncoder();
  const result = admitCorpus([
    { file: "b-courrier.txt", bytes: enc.encode(OUTLET_B) },
    { file: "a-gazette.txt", bytes: enc.encode(OUTLET_A) },
    { file: "c-autre.txt", bytes: enc.encode(OTHER_STORY) },
    { file: "d-copie.txt", bytes: enc.encode(`  ${OUTLET_A.replace(/\n\n/g, "\n")}  `) },
  ]);

  it("keeps both tellings as sources, marks the second, and still refuses an exact duplicate", () => {
    expect(result.articles.map((a) => [a.meta.file, a.meta.sameStoryAs])).toEqual([
      ["a-gazette.txt", undefined],
      ["b-courrier.txt", "a-gazette"],
      ["c-autre.txt", undefined],
    ]);
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([["d-copie.txt", "duplicate"]]);
    expect(result.notices).toContainEqual(
      expect.stringMatching(
        /^corpus: "b-courrier\.txt" tells the same story as "a-gazette\.txt" \(\d+% of their word 5-grams in common\): both are kept as sources, and the story counts once in edge weights\.$/,
      ),
    );
  });

  it("counts the story once in edge weights, with both outlets among the edge's articles", () => {
    const graph = extractGraph(result.articles);
    const edge = graph.edges().find((key) => {
      const a = graph.getEdgeAttributes(key);
      return a.type !== "serves" && a.articles.includes("a-gazette") && a.articles.includes("b-courrier");
    });
    expect(edge).toBeDefined();
    const attributes = graph.getEdgeAttributes(edge!);
    const fromA = attributes.evidence.filter((e) => e.article === "a-gazette").length;
    const fromB = attributes.evidence.filter((e) => e.article === "b-courrier").length;
    const fromOthers = attributes.evidence.length - fromA - fromB;
    expect(attributes.weight).toBe(Math.max(fromA, fromB) + fromOthers);
    expect(attributes.weight).toBeLessThan(attributes.evidence.length);
  });

  it("counts the story once in a relation's confidence: the copy adds no witness", () => {
    const withCopy = extractGraph(result.articles);
    const alone = extractGraph(result.articles.filter((a) => a.meta.file !== "b-courrier.txt"));
    const shared = withCopy.filterEdges((key, a) => a.type !== "serves" && a.articles.includes("b-courrier"));
    expect(shared.length).toBeGreaterThan(0);
    for (const key of shared) {
      const a = withCopy.getEdgeAttributes(key);
      if (a.type === "serves" || !alone.hasEdge(key)) continue;
      const b = alone.getEdgeAttributes(key);
      if (b.type === "serves") continue;
      expect(a.confidence).toBe(b.confidence);
    }
  });

  it("storyWeight is the evidence count when no article is grouped", () => {
    const meta = (id: string, sameStoryAs?: string) =>
      [id, { id, ...(sameStoryAs ? { sameStoryAs } : {}) } as ArticleMeta] as const;
    const evidence = ["a", "a", "b", "c"].map((article) => ({ article, sentence: "s", start: 0, end: 1, date: null }));
    expect(storyWeight(evidence, new Map([meta("a"), meta("b"), meta("c")]))).toBe(4);
    expect(storyWeight(evidence, new Map([meta("a"), meta("b", "a"), meta("c")]))).toBe(3);
    expect(storyWeight(evidence, new Map([meta("a"), meta("b", "a"), meta("c", "a")]))).toBe(2);
  });
});
