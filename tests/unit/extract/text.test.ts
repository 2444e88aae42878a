import { describe, expect, it } from "vitest";
import { normaliseWithOffsets, originalSpan } from "../../../src/extract/text/normalise.ts";
import { splitSentences } from "../../../src/extract/text/sentences.ts";
import { tokenise } from "../../../src/extract/text/tokenise.ts";

describe("normalisation keeps a map back to the original text", () => {
  it("unifies spaces, apostrophes, quotes and dashes", () => {
    const { text } = normaliseWithOffsets("l\u2019URSS\u00a0: \u201cpaix\u201d \u2014 nord\u2011coréen");
    expect(text).toBe(`l'URSS : "paix" - nord-coréen`);
  });

  it("composes decomposed accents (NFC) and drops invisible characters", () => {
    const { text } = normaliseWithOffsets("Core\u0301e\u00ad du\u200b Nord");
    expect(text).toBe("Corée du Nord");
  });

  it("maps a normalised span back to the exact original characters", () => {
    const original = "Dans l\u2019ordre\u00a0: Core\u0301e du Nord.\r\nFin.";
    const normalised = normaliseWithOffsets(original);
    const at = normalised.text.indexOf("Corée du Nord");
    const span = originalSpan(normalised, at, at + "Corée du Nord".length);
    expect(original.slice(span.start, span.end)).toBe("Core\u0301e du Nord");
  });
});

describe("French sentence splitting", () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it.each([
    ["does not split after M.", "M. Poutine a parlé. Il est parti.", ["M. Poutine a parlé.", "Il est parti."]],
    [
      "does not split after an initial",
      "Le président J. F. Kennedy est venu. Puis il est reparti.",
      ["Le président J. F. Kennedy est venu.", "Puis il est reparti."],
    ],
    [
      "keeps a quotation whole",
      "« Nous avons convenu. Il y a du progrès », a déclaré M. Abe. Fin du texte.",
      ["« Nous avons convenu. Il y a du progrès », a déclaré M. Abe.", "Fin du texte."],
    ],
    ["splits on ! and ?", "Est-ce la paix ? Non ! Pas encore.", ["Est-ce la paix ?", "Non !", "Pas encore."]],
    ["does not split before a lower-case word", "Il est venu le 2 nov. à Tokyo.", ["Il est venu le 2 nov. à Tokyo."]],
  ])("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("tokens", () => {
  it("splits elisions and marks hyphen joins", () => {
    const tokens = tokenise("l'Ukraine et les relations russo-japonaises");
    expect(tokens.map((t) => t.text)).toEqual(["l'", "Ukraine", "et", "les", "relations", "russo", "japonaises"]);
    expect(tokens[6]!.hyphenated).toBe(true);
    expect(tokens[0]!.elided).toBe(true);
  });
});
