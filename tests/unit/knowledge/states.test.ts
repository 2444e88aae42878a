// World knowledge about states: coverage of the world's states, unambiguous surface forms, demonym inflection.
import { describe, expect, it } from "vitest";
import data from "../../../graph-data/knowledge/states.json" with { type: "json" };
import {
  compileStateGroups,
  compileStates,
  formKey,
  inflectDemonym,
  loadNonStateForms,
  loadStateGroups,
  loadStates,
  type StateEntry,
} from "../../../src/knowledge/states.ts";

// The 193 UN member states (un.org/en/about-us/member-states), as ISO 3166-1 alpha-3 codes.
const UN_MEMBERS =
  `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
  BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST
  SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR
  KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ
  MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT
  WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR
  TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`.split(/\s+/);

const states = loadStates();
const byCode = new Map(states.map((s) => [s.code, s]));

function state(code: string): StateEntry {
  const found = byCode.get(code);
  if (!found) throw new Error(`no state ${code}`);
  return found;
}

/** The state a surface form resolves to, accent- and case-insensitively, among forms of the given kind. */
function resolve(form: string, kind: "names" | "capitals" | "demonyms" | "prefixes"): string[] {
  return states.filter((s) => s[kind].some((f) => formKey(f) === formKey(form))).map((s) => s.code);
}

describe("state coverage", () => {
  it("has all 193 UN members, with member status", () => {
    expect(new Set(UN_MEMBERS).size).toBe(193);
    for (const code of UN_MEMBERS) expect(byCode.get(code)?.status, code).toBe("member");
    expect(states.filter((s) => s.status === "member")).toHaveLength(193);
  });

  it("has the two UN observer states", () => {
    expect(states.filter((s) => s.status === "observer").map((s) => s.code)).toEqual(["PSE", "VAT"]);
    expect(state("VAT").names).toEqual(expect.arrayContaining(["Saint-Siège", "Vatican"]));
    expect(state("PSE").nameFr).toBe("Palestine");
  });

  it("has the partially recognised states a news reader meets", () => {
    expect(state("TWN")).toMatchObject({ status: "disputed", nameFr: "Taïwan", iso2: "TW" });
    expect(state("XKX")).toMatchObject({ status: "disputed", nameFr: "Kosovo", iso2: "XK" });
    expect(resolve("République arabe sahraouie démocratique", "names")).toEqual(["ESH"]);
    for (const name of ["Abkhazie", "Ossétie du Sud", "Transnistrie", "Somaliland", "Chypre du Nord"])
      expect(states.find((s) => s.nameFr === name)?.status, name).toBe("disputed");
  });

  it("has the USSR as a historical state with its names and demonym", () => {
    const ussr = state("SUHH");
    expect(ussr).toMatchObject({ status: "historical", iso2: null });
    expect(ussr.names).toEqual(expect.arrayContaining(["URSS", "Union soviétique"]));
    expect(ussr.demonyms).toEqual(expect.arrayContaining(["soviétique", "soviétiques"]));
    expect(resolve("Soviétiques", "demonyms")).toEqual(["SUHH"]);
    expect(ussr.prefixes).toContain("soviéto");
  });

  it("has the other former states under their ISO 3166-3 codes, and West Germany as today's Germany", () => {
    expect(resolve("Yougoslavie", "names")).toEqual(["YUCS"]);
    expect(resolve("Tchécoslovaquie", "names")).toEqual(["CSHH"]);
    expect(resolve("RDA", "names")).toEqual(["DDDE"]);
    expect(resolve("RFA", "names")).toEqual(["DEU"]);
    expect(resolve("est-allemande", "demonyms")).toEqual(["DDDE"]);
  });

  it("has valid, unique codes and one canonical French and English name each", () => {
    expect(new Set(states.map((s) => s.code)).size).toBe(states.length);
    expect(states.map((s) => s.code)).toEqual([...states.map((s) => s.code)].sort());
    for (const s of states) {
      expect(s.code).toMatch(/^[A-Z]{3,4}$/);
      if (s.iso2 !== null) expect(s.iso2).toMatch(/^[A-Z]{2}$/);
      expect(s.names, s.code).toContain(s.nameFr);
      expect(s.names, s.code).toContain(s.nameEn);
    }
  });

  it("leaves out ISO territories that are not states", () => {
    for (const name of ["Guadeloupe", "Antarctique", "Groenland", "Hong Kong", "Porto Rico", "Nouvelle-Calédonie"])
      expect(resolve(name, "names"), name).toEqual([]);
  });

  it("uses the French labels a French reader expects", () => {
    const labels = Object.fromEntries(
      ["USA", "RUS", "PRK", "GBR", "CHN", "IRN", "MMR", "CZE", "ARE"].map((c) => [c, state(c).nameFr]),
    );
    expect(labels).toEqual({
      USA: "États-Unis",
      RUS: "Russie",
      PRK: "Corée du Nord",
      GBR: "Royaume-Uni",
      CHN: "Chine",
      IRN: "Iran",
      MMR: "Birmanie",
      CZE: "République tchèque",
      ARE: "Émirats arabes unis",
    });
  });

  it("documents where the data comes from", () => {
    expect(data.source).toMatch(/i18n-iso-countries/);
    expect(data.note.length).toBeGreaterThan(100);
  });
});

describe("state surface forms", () => {
  it("never map one form to two states, accents and case aside", () => {
    const owners = new Map<string, Set<string>>();
    for (const s of states)
      for (const form of [...s.names, ...s.capitals, ...s.demonyms, ...s.prefixes]) {
        const key = formKey(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(s.code));
      }
    const shared = [...owners]
      .filter(([, codes]) => codes.size > 1)
      .map(([key, codes]) => `${key}: ${[...codes].join(", ")}`);
    expect(shared).toEqual([]);
  });

  it("leave out forms that name two states", () => {
    for (const form of ["Corée", "Congo"]) expect(resolve(form, "names"), form).toEqual([]);
    for (const form of ["coréen", "coréenne", "congolais"]) expect(resolve(form, "demonyms"), form).toEqual([]);
  });

  it("resolve names in their official, short and accentless forms", () => {
    const cases: [string, string][] = [
      ["Fédération de Russie", "RUS"],
      ["Etats-Unis", "USA"],
      ["États-Unis d'Amérique", "USA"],
      ["République populaire de Chine", "CHN"],
      ["RPC", "CHN"],
      ["RPDC", "PRK"],
      ["République populaire démocratique de Corée", "PRK"],
      ["République de Corée", "KOR"],
      ["RDC", "COD"],
      ["Congo-Brazzaville", "COG"],
      ["Grande-Bretagne", "GBR"],
      ["Côte d’Ivoire", "CIV"],
      ["Myanmar", "MMR"],
      ["Saint-Siège", "VAT"],
    ];
    for (const [form, code] of cases) expect(resolve(form, "names"), form).toEqual([code]);
  });

  it("drop catalogue forms that never occur in prose", () => {
    for (const s of states)
      for (const name of s.names) {
        expect(name, s.code).not.toMatch(/,|\(|\)/);
        expect(name, s.code).not.toMatch(/^(?:la|le|les|the)\s|^l['’]/i);
      }
  });

  it("resolve capitals that stand for their state", () => {
    const cases: [string, string][] = [
      ["Moscou", "RUS"],
      ["Pékin", "CHN"],
      ["Beijing", "CHN"],
      ["Pyongyang", "PRK"],
      ["Séoul", "KOR"],
      ["Seoul", "KOR"],
      ["Kiev", "UKR"],
      ["Kyiv", "UKR"],
      ["Washington", "USA"],
      ["Tokyo", "JPN"],
      ["Téhéran", "IRN"],
      ["Taipei", "TWN"],
      ["Pristina", "XKX"],
    ];
    for (const [form, code] of cases) expect(resolve(form, "capitals"), form).toEqual([code]);
  });

  it("resolve every inflected demonym", () => {
    const cases: [string, string][] = [
      ["nord-coréennes", "PRK"],
      ["sud-coréens", "KOR"],
      ["japonaise", "JPN"],
      ["américains", "USA"],
      ["turques", "TUR"],
      ["grecque", "GRC"],
      ["israéliennes", "ISR"],
      ["palestiniens", "PSE"],
      ["taïwanais", "TWN"],
      ["kosovars", "XKX"],
    ];
    for (const [form, code] of cases) expect(resolve(form, "demonyms"), form).toEqual([code]);
  });

  it("resolve compound prefixes", () => {
    const cases: [string, string][] = [
      ["russo", "RUS"],
      ["nippo", "JPN"],
      ["japono", "JPN"],
      ["sino", "CHN"],
      ["américano", "USA"],
      ["franco", "FRA"],
      ["germano", "DEU"],
      ["anglo", "GBR"],
      ["israélo", "ISR"],
      ["irano", "IRN"],
      ["turco", "TUR"],
      ["indo", "IND"],
      ["soviéto", "SUHH"],
    ];
    for (const [form, code] of cases) expect(resolve(form, "prefixes"), form).toEqual([code]);
    for (const s of states) for (const p of s.prefixes) expect(p).toMatch(/^\p{Ll}+$/u);
  });

  it("keep demonyms lower case, deduplicated and sorted", () => {
    for (const s of states) {
      expect(
        s.demonyms.every((d) => d === d.toLowerCase()),
        s.code,
      ).toBe(true);
      expect(s.demonyms, s.code).toEqual([...new Set(s.demonyms)].sort());
    }
  });

  it("list as ambiguous only forms of the same state", () => {
    expect(state("MUS").ambiguous).toContain("Maurice");
    expect(state("NER").ambiguous).toContain("Niger");
  });
});

describe("inflectDemonym", () => {
  it.each([
    ["russe", ["russe", "russes"]],
    ["britannique", ["britannique", "britanniques"]],
    ["nord-coréen", ["nord-coréen", "nord-coréenne", "nord-coréennes", "nord-coréens"]],
    ["sud-coréen", ["sud-coréen", "sud-coréenne", "sud-coréennes", "sud-coréens"]],
    ["ukrainien", ["ukrainien", "ukrainienne", "ukrainiennes", "ukrainiens"]],
    ["israélien", ["israélien", "israélienne", "israéliennes", "israéliens"]],
    ["japonais", ["japonais", "japonaise", "japonaises"]],
    ["chinois", ["chinois", "chinoise", "chinoises"]],
    ["américain", ["américain", "américaine", "américaines", "américains"]],
    ["allemand", ["allemand", "allemande", "allemandes", "allemands"]],
    ["espagnol", ["espagnol", "espagnole", "espagnoles", "espagnols"]],
    ["argentin", ["argentin", "argentine", "argentines", "argentins"]],
    ["afghan", ["afghan", "afghane", "afghanes", "afghans"]],
    ["kosovar", ["kosovar", "kosovare", "kosovares", "kosovars"]],
    ["qatari", ["qatari", "qatarie", "qataries", "qataris"]],
    ["letton", ["letton", "lettonne", "lettonnes", "lettons"]],
    ["kirghiz", ["kirghiz", "kirghize", "kirghizes"]],
    ["turc", ["turc", "turcs", "turque", "turques"]],
    ["Russe", ["russe", "russes"]],
  ])("%s → %j", (base, forms) => {
    expect(inflectDemonym(base)).toEqual([...forms].sort());
  });

  it("leaves irregular demonyms to the data", () => {
    // The pattern alone would say "greque"; the data gives the real forms.
    expect(inflectDemonym("grec")).not.toContain("grecque");
    expect(state("GRC").demonyms).toEqual(expect.arrayContaining(["grec", "grecque", "grecs", "grecques"]));
    expect(state("GRC").demonyms).not.toContain("greque");
  });
});

describe("groups and non-state forms", () => {
  it("name exact sets of known states", () => {
    const groups = loadStateGroups();
    expect(groups.find((g) => g.name === "deux Corées")?.members).toEqual(["KOR", "PRK"]);
    expect(groups.find((g) => g.name === "deux Allemagnes")?.members).toEqual(["DDDE", "DEU"]);
    for (const g of groups) for (const code of g.members) expect(byCode.has(code), `${g.name}: ${code}`).toBe(true);
  });

  it("list phrases that contain a state form without naming the state", () => {
    const blockers = loadNonStateForms();
    expect(blockers).toEqual(expect.arrayContaining(["latino-américain", "Irlande du Nord"]));
    // Each blocker must really contain a state form, or it blocks nothing.
    const forms = new Set(
      states.flatMap((s) => [...s.names, ...s.capitals, ...s.demonyms, ...s.prefixes]).map(formKey),
    );
    for (const phrase of blockers) {
      const words = formKey(phrase).split(/[ ']/);
      const contains = words.some((_, i) =>
        words.some((__, j) => j >= i && forms.has(words.slice(i, j + 1).join(" "))),
      );
      expect(contains, phrase).toBe(true);
    }
  });

  it("memoises: the same frozen list on every call", () => {
    expect(loadStates()).toBe(states);
    expect(Object.isFrozen(states)).toBe(true);
  });
});

describe("merging with i18n-iso-countries", () => {
  it("adds the catalogue's names to the curated ones", () => {
    expect(state("RUS").names).toContain("Russian Federation");
    expect(state("LAO").names).toContain("Lao People's Democratic Republic");
  });

  it("keeps the curated spelling when the catalogue differs only in case", () => {
    const names = state("ARE").names;
    expect(names).toContain("Émirats arabes unis");
    expect(names).not.toContain("Émirats Arabes Unis");
  });

  it("splits parenthesised forms and drops inverted ones", () => {
    expect(state("NLD").names).not.toContain("Kingdom of the");
    expect(state("KOR").names).not.toContain("Korea, Republic of");
    expect(state("MDA").names).toEqual(expect.arrayContaining(["Moldavie", "Moldova"]));
  });
});

describe("compileStates on other data", () => {
  const entry = (code: string, iso2: string | null, extra: object = {}) => ({
    code,
    iso2,
    status: "member",
    nameFr: `Pays ${code}`,
    nameEn: `Country ${code}`,
    ...extra,
  });

  it("refuses a form that names two states, naming both", () => {
    const file = {
      states: [entry("AAA", null, { capitals: ["Borduria"] }), entry("BBB", null, { names: ["Bordúria"] })],
    };
    expect(() => compileStates(file)).toThrow(/"Bordúria" names both AAA and BBB/);
  });

  it("lets excludeNames remove a catalogue name shared by two states", () => {
    const both = { states: [entry("COD", "CD"), entry("COG", "CG")] };
    expect(() => compileStates(both)).toThrow(/"Congo" names both COD and COG/);
    const excluded = {
      states: [entry("COD", "CD", { excludeNames: ["Congo"] }), entry("COG", "CG", { excludeNames: ["Congo"] })],
    };
    expect(compileStates(excluded).flatMap((s) => s.names)).not.toContain("Congo");
  });

  it.each([
    [{ states: [entry("aa", null)] }, /states\.json states\[0\] \("aa"\) field code must match pattern/],
    [{ states: [entry("AAA", "A")] }, /states\[0\] \("AAA"\) field iso2 must match pattern/],
    [
      { states: [entry("AAA", null, { status: "colony" })] },
      /states\[0\] \("AAA"\) field status must be equal to one of the allowed values: "member"/,
    ],
    [{ states: [entry("AAA", null, { names: "Aland" })] }, /states\[0\] \("AAA"\) field names must be array/],
    [{ states: [entry("AAA", null), entry("AAA", null)] }, /"AAA" appears twice/],
    [{ states: [entry("AAA", null, { ambiguous: ["Zembla"] })] }, /"Zembla" is listed as ambiguous for AAA/],
  ])("refuses malformed data with a message naming the fault (%#)", (file, message) => {
    expect(() => compileStates(file)).toThrow(message);
  });

  it("checks that groups name known states", () => {
    const states = compileStates({ states: [entry("AAA", null), entry("BBB", null)] });
    expect(compileStateGroups({ groups: [{ name: "deux Pays", members: ["BBB", "AAA"] }] }, states)).toEqual([
      { name: "deux Pays", members: ["AAA", "BBB"] },
    ]);
    expect(() => compileStateGroups({ groups: [{ name: "trois Pays", members: ["AAA", "CCC"] }] }, states)).toThrow(
      /unknown state "CCC"/,
    );
  });
});
