/**
 * Name variants of one leader across articles resolve to one node. (The fresh news sentences of the generalisation
 * check are now the held-out set `tests/fixtures/heldout/sentences/`, scored in `tests/unit/eval-heldout/heldout-sets.test.ts`.)
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/article.ts";
import { graphFromExtractions } from "../../../src/extract/index.ts";
import type { ArticleMeta } from "../../../src/model/types.ts";

const VARIANT_PAIRS: [string, string, string, string][] = [
  [
    "Le président ukrainien Volodymyr Zelensky a rencontré lundi à Bruxelles les dirigeants européens.",
    "Le président ukrainien Volodymyr Zelenskyy a remercié le Danemark pour la livraison d'avions de combat F-16.",
    "ukrainien",
    "UKR",
  ],
  [
    "Le Premier ministre israélien, Benyamin Netanyahou, a rejeté dimanche les critiques du président américain Joe Biden.",
    "Benjamin Netanyahu, le Premier ministre israélien, a rencontré lundi à Washington le président américain Donald Trump.",
    "israélien",
    "ISR",
  ],
];

describe("name variants across articles resolve to one leader", () => {
  for (const [one, two, label, code] of VARIANT_PAIRS) {
    it(`variant-${label}`, () => {
      const extractions = [one, two].map((text, i) =>
        extractArticle({ id: `a${i}`, text: `Dépêche\n\n${text}\n`, date: "2025-01-01" }),
      );
      const graph = graphFromExtractions(
        [0, 1].map((i): ArticleMeta => ({
          id: `a${i}`,
          file: `a${i}.txt`,
          title: "Dépêche",
          outlet: null,
          date: "2025-01-01",
          datePrecision: "day",
          language: "fr",
          url: null,
          sha256: "0".repeat(64),
        })),
        extractions,
      );
      const leaders: string[] = [];
      graph.forEachNode((node, attributes) => {
        if (attributes.type === "leader" && attributes.state.endsWith(code)) leaders.push(node);
      });
      expect(leaders).toHaveLength(1);
    });
  }
});
