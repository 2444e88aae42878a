// World knowledge about leaders: the file validates, every state is known, names are unambiguous, sample facts hold.
import { describe, expect, it } from "vitest";
import data from "../../../graph-data/knowledge/leaders.json" with { type: "json" };
import {
  compileKnownLeaders,
  findKnownLeaders,
  leaderNameKey,
  loadKnownLeaders,
  servedIn,
  type KnownLeader,
} from "../../../src/knowledge/leaders.ts";
import { loadStates } from "../../../src/knowledge/states.ts";

const leaders = loadKnownLeaders();

/** The single known leader of that name and state. */
function leader(name: string, state: string): KnownLeader {
  const found = findKnownLeaders(name).filter((l) => l.state === state);
  if (found.length !== 1) throw new Error(`expected one ${name} of ${state}, found ${found.length}`);
  return found[0] as KnownLeader;
}

/** Years written as "2017-" (still in office), "2003-2010" or "2024". */
function terms(leader: KnownLeader, role: string): string[] {
  return leader.roles
    .filter((r) => r.role === role)
    .map((r) => (r.to === null ? `${r.from}-` : r.to === r.from ? `${r.from}` : `${r.from}-${r.to}`));
}

/** A copy of the bundled file with one entry replaced, for error-message tests. */
function withEntry(entry: unknown): unknown {
  return { ...data, leaders: [entry, ...data.leaders.slice(1)] };
}

describe("leaders.json", () => {
  it("validates and loads, sorted by name, memoised", () => {
    expect(leaders.length).toBeGreaterThan(800);
    const names = leaders.map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(loadKnownLeaders()).toBe(leaders);
    expect(data.source.length).toBeGreaterThan(0);
    expect(data.note).toMatch(/San Marino/);
  });

  it("uses only state codes known to states.ts", () => {
    const codes = new Set(loadStates().map((s) => s.code));
    const unknown = leaders.filter((l) => !codes.has(l.state)).map((l) => `${l.name}: ${l.state}`);
    expect(unknown).toEqual([]);
  });

  it("covers every UN member but San Marino, plus Taiwan, Kosovo and Palestine", () => {
    const covered = new Set(leaders.map((l) => l.state));
    const missing = loadStates()
      .filter((s) => s.status === "member" || s.status === "observer")
      .map((s) => s.code)
      .filter((code) => !covered.has(code));
    expect(missing).toEqual(["SMR"]);
    for (const code of ["TWN", "XKX", "PSE"]) expect(covered.has(code), code).toBe(true);
  });

  it("names each person once: a shared folded name means different people of different states", () => {
    const byKey = new Map<string, KnownLeader[]>();
    for (const l of leaders)
      for (const key of new Set([l.name, ...l.variants].map(leaderNameKey)))
        byKey.set(key, [...(byKey.get(key) ?? []), l]);
    const shared = [...byKey].filter(([, list]) => list.length > 1);
    // The known cases, each a pair of distinct people of distinct states.
    expect(shared.map(([key, list]) => `${key}: ${list.map((l) => l.state).join(" ")}`)).toEqual([
      "albert ii: BEL MCO",
    ]);
    for (const [, list] of shared) expect(new Set(list.map((l) => l.state)).size).toBe(list.length);
  });

  it("has years in order and no variant that folds to its own name", () => {
    for (const l of leaders) {
      for (const r of l.roles) if (r.to !== null) expect(r.to, l.name).toBeGreaterThanOrEqual(r.from);
      const keys = [l.name, ...l.variants].map(leaderNameKey);
      expect(new Set(keys).size, l.name).toBe(keys.length);
    }
  });

  it("refuses malformed entries with a message naming the entry and field", () => {
    const good = {
      name: "Test Person",
      variants: [],
      state: "FRA",
      roles: [{ role: "président", from: 2000, to: null }],
    };
    expect(() => compileKnownLeaders(withEntry({ ...good, roles: [{ role: "roi", from: 2000, to: null }] }))).toThrow(
      /leaders\[0\] \("Test Person"\) field roles\[0\]\.role must be equal to one of the allowed values/,
    );
    expect(() => compileKnownLeaders(withEntry({ ...good, state: "fr" }))).toThrow(
      /leaders\[0\] \("Test Person"\) field state/,
    );
    expect(() =>
      compileKnownLeaders(withEntry({ ...good, roles: [{ role: "président", from: 2010, to: 2005 }] })),
    ).toThrow(/leaders\[0\] \("Test Person"\) field roles\[0\]: "to" \(2005\) is before "from" \(2010\)/);
    expect(() => compileKnownLeaders(withEntry({ ...good, roles: [] }))).toThrow(
      /field roles must NOT have fewer than 1 items/,
    );
    expect(() => compileKnownLeaders(withEntry({ ...good, name: "Emmanuel Macron" }))).toThrow(
      /both named "Emmanuel Macron"/,
    );
  });
});

describe("sample facts", () => {
  // name, state, role, terms — across every continent, heads of state and government, ministers, Cold-War leaders.
  const FACTS: [string, string, string, string[]][] = [
    ["Emmanuel Macron", "FRA", "président", ["2017-"]],
    ["Jacques Chirac", "FRA", "président", ["1995-2007"]],
    ["Florence Parly", "FRA", "ministre de la Défense", ["2017-2022"]],
    ["Jean-Yves Le Drian", "FRA", "ministre des Affaires étrangères", ["2017-2022"]],
    ["Xi Jinping", "CHN", "président", ["2013-"]],
    ["Angela Merkel", "DEU", "chancelier", ["2005-2021"]],
    ["Luiz Inácio Lula da Silva", "BRA", "président", ["2003-2010", "2023-"]],
    ["Shinzo Abe", "JPN", "Premier ministre", ["2006-2007", "2012-2020"]],
    ["Cyril Ramaphosa", "ZAF", "président", ["2018-"]],
    ["Narendra Modi", "IND", "Premier ministre", ["2014-"]],
    ["Paul Kagame", "RWA", "président", ["2000-"]],
    ["Félix Tshisekedi", "COD", "président", ["2019-"]],
    ["Vladimir Poutine", "RUS", "président", ["2000-2008", "2012-"]],
    ["Vladimir Poutine", "RUS", "Premier ministre", ["1999-2000", "2008-2012"]],
    ["Sergueï Lavrov", "RUS", "ministre des Affaires étrangères", ["2004-"]],
    ["Donald Trump", "USA", "président", ["2017-2021", "2025-"]],
    ["Antony Blinken", "USA", "secrétaire d'État", ["2021-2025"]],
    ["Charles III", "GBR", "monarque", ["2022-"]],
    ["Recep Tayyip Erdogan", "TUR", "président", ["2014-"]],
    ["Mohammed ben Salmane", "SAU", "Premier ministre", ["2022-"]],
    ["Benyamin Netanyahou", "ISR", "Premier ministre", ["1996-1999", "2009-2021", "2022-"]],
    ["Volodymyr Zelensky", "UKR", "président", ["2019-"]],
    ["Kim Jong-un", "PRK", "dirigeant", ["2011-"]],
    ["Ali Khamenei", "IRN", "dirigeant", ["1989-"]],
    ["Abdel Fattah al-Sissi", "EGY", "président", ["2014-"]],
    ["Justin Trudeau", "CAN", "Premier ministre", ["2015-2025"]],
    ["Claudia Sheinbaum", "MEX", "président", ["2024-"]],
    ["Javier Milei", "ARG", "président", ["2023-"]],
    ["Anthony Albanese", "AUS", "Premier ministre", ["2022-"]],
    ["Jacinda Ardern", "NZL", "Premier ministre", ["2017-2023"]],
    ["Joko Widodo", "IDN", "président", ["2014-2024"]],
    ["Mohammed VI", "MAR", "monarque", ["1999-"]],
    ["Alassane Ouattara", "CIV", "président", ["2011-"]],
    ["Macky Sall", "SEN", "président", ["2012-2024"]],
    ["Abiy Ahmed", "ETH", "Premier ministre", ["2018-"]],
    ["Tsai Ing-wen", "TWN", "président", ["2016-2024"]],
    ["Mahmoud Abbas", "PSE", "président", ["2005-"]],
    ["Vjosa Osmani", "XKX", "président", ["2021-"]],
    ["Léonid Brejnev", "SUHH", "dirigeant", ["1964-1982"]],
    ["Mikhaïl Gorbatchev", "SUHH", "président", ["1990-1991"]],
    ["Mao Zedong", "CHN", "dirigeant", ["1949-1976"]],
    ["Charles de Gaulle", "FRA", "président", ["1959-1969"]],
    ["Harry Truman", "USA", "président", ["1945-1953"]],
    ["Karin Keller-Sutter", "CHE", "président", ["2025"]],
  ];

  it.each(FACTS)("%s (%s) was %s %j", (name, state, role, expected) => {
    expect(terms(leader(name, state), role)).toEqual(expected);
  });
});

describe("findKnownLeaders", () => {
  it("ignores accents, case, hyphens, apostrophes and spacing", () => {
    for (const form of ["LEONID BREJNEV", "leonid brejnev", "Léonid  Brejnev"])
      expect(findKnownLeaders(form).map((l) => l.state)).toEqual(["SUHH"]);
    expect(findKnownLeaders("Kim Jong Un")).toEqual(findKnownLeaders("Kim Jong-un"));
    expect(findKnownLeaders("kim-jong-un")[0]?.name).toBe("Kim Jong-un");
    expect(findKnownLeaders("Recep Tayyip Erdoğan")[0]?.name).toBe("Recep Tayyip Erdogan");
    expect(findKnownLeaders("Lars Lokke Rasmussen")[0]?.name).toBe("Lars Løkke Rasmussen");
    expect(findKnownLeaders("Tuilaepa Sailele Malielegaoi")[0]?.state).toBe("WSM");
    expect(findKnownLeaders("George H.W. Bush")[0]?.name).toBe("George H. W. Bush");
  });

  it("finds a leader by a variant spelling", () => {
    expect(findKnownLeaders("Vladimir Putin").map((l) => l.name)).toEqual(["Vladimir Poutine"]);
    expect(findKnownLeaders("Benjamin Netanyahu").map((l) => l.name)).toEqual(["Benyamin Netanyahou"]);
    expect(findKnownLeaders("Mohammed bin Salman").map((l) => l.name)).toEqual(["Mohammed ben Salmane"]);
    expect(findKnownLeaders("Sergei Shoigu").map((l) => l.state)).toEqual(["RUS"]);
    expect(findKnownLeaders("Elizabeth II").map((l) => l.name)).toEqual(["Élisabeth II"]);
  });

  it("returns every person of a shared name, and nothing for an unknown or short form", () => {
    expect(findKnownLeaders("Albert II").map((l) => l.state)).toEqual(["BEL", "MCO"]);
    expect(findKnownLeaders("Lula")).toEqual([]);
    expect(findKnownLeaders("MBS")).toEqual([]);
    expect(findKnownLeaders("")).toEqual([]);
  });
});

describe("servedIn", () => {
  it("tells whether a role covered the year, inclusive, open-ended when in office", () => {
    const lula = leader("Lula da Silva", "BRA");
    expect(servedIn(lula, 2003)).toBe(true);
    expect(servedIn(lula, 2010)).toBe(true);
    expect(servedIn(lula, 2015)).toBe(false);
    expect(servedIn(lula, 2030)).toBe(true);
    expect(servedIn(lula, null)).toBe(true);
    const merkel = leader("Angela Merkel", "DEU");
    expect(servedIn(merkel, 2004)).toBe(false);
    expect(servedIn(merkel, 2022)).toBe(false);
  });
});
