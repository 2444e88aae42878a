import { describe, expect, it } from "vitest";
import { compileOutlets, publicationOf } from "../../../src/knowledge/outlets.ts";

describe("the state a publication speaks from", () => {
  it.each([
    ["a named outlet's web address", null, "https://www.lemonde.fr/international/article/x.html", "FRA"],
    ["a sub-site of a named outlet", null, "https://uk.ambafrance.org/Une-page", "FRA"],
    ["a government domain of any country", null, "https://www.diplomatie.gouv.sn/actualites", "SEN"],
    ["a US-style government domain with a country code", null, "https://www.sre.gob.mx/comunicado", "MEX"],
    ["a listed country-code domain of a francophone press", null, "https://www.journal-exemple.be/page", "BEL"],
    ["an outlet's name, with its address in parentheses", "Le Devoir (ledevoir.com)", null, "CAN"],
    ["an outlet's name, accents and apostrophes aside", "l’echo", null, "BEL"],
    ["a name prefix", "Ambassade de France en Inde", null, "FRA"],
  ])("%s", (_what, outlet, url, state) => {
    expect(publicationOf(outlet, url)?.home).toBe(state);
  });

  it.each([
    ["a generic domain", "Un blog", "https://example.com/a"],
    ["a country-code domain used generically", null, "https://news.example.tv/a"],
    ["a name shared by outlets of several states", "Le Soleil", null],
    ["nothing", null, null],
    ["a malformed address", null, "not a url"],
  ])("is unknown for %s", (_what, outlet, url) => {
    expect(publicationOf(outlet, url)).toBeNull();
  });

  it("tells a state's own government (ministry, embassy, any government domain) from its press", () => {
    expect(publicationOf("France Diplomatie", null)).toEqual({ home: "FRA", official: true });
    expect(publicationOf(null, "https://in.ambafrance.org/page")).toEqual({ home: "FRA", official: true });
    expect(publicationOf(null, "https://www.mofa.gov.gh/a")).toEqual({ home: "GHA", official: true });
    expect(publicationOf("Le Monde", null)).toEqual({ home: "FRA", official: false });
    expect(publicationOf(null, "https://www.journal-exemple.sn/a")).toEqual({ home: "SEN", official: false });
  });

  it("refuses a file that breaks the schema or gives one name two states, naming where", () => {
    expect(() => compileOutlets({ note: "n", homeTlds: ["FR"], outlets: [] })).toThrow(
      /outlets\.json homeTlds\[0\] \("FR"\) must match pattern/,
    );
    const twice = {
      note: "n",
      homeTlds: [],
      outlets: [
        { state: "FRA", official: false, names: ["La Gazette"], namePrefixes: [], hosts: [] },
        { state: "BEL", official: false, names: ["la gazette"], namePrefixes: [], hosts: [] },
      ],
    };
    expect(() => compileOutlets(twice)).toThrow(/outlets\[1\].*"la gazette".*FRA/);
  });
});
