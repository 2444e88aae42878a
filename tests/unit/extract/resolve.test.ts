import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/extract/index.ts";
import { nameKey } from "../../../src/extract/resolve/name-key.ts";
import type { ArticleMeta } from "../../../src/model/types.ts";

describe("one node per real person, whatever the spelling", () => {
  it.each([
    ["Sergueï Choïgou", "Sergueï Shoigu"],
    ["Vladimir Poutine", "Vladimir Putin"],
    ["Kim Jong Un", "Kim Jong-un"],
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
    ["Mikhaïl Michoustine", "Mikhail Mishustin"],
  ])("%s = %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("keeps different people apart", () => {
    expect(nameKey("Fumio Kishida")).not.toBe(nameKey("Shigeru Ishiba"));
  });
});

function meta(id: string, date: string | null): ArticleMeta {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    outlet: null,
    date,
    datePrecision: "day",
    language: "fr",
    url: null,
    sha256: "0".repeat(64),
  };
}

describe("entities resolved across articles", () => {
  const graph = extractGraph([
    {
      meta: meta("a", "2013-11-02"),
      text: "Titre\nLe ministre russe de la Défense, Sergueï Choïgou, a rencontré son homologue japonais, Itsunori Onodera, à Tokyo.\n",
    },
    {
      meta: meta("b", "2023-07-27"),
      text: "Titre\nLe ministre russe de la Défense, Sergueï Shoigu, est arrivé à Pyongyang pour un entretien avec Kim Jong-un.\n",
    },
    {
      meta: meta("c", "2024-11-16"),
      text: "Titre\nLe Premier ministre japonais Itsunori Onodera a reçu le président sud-coréen Yoon Suk Yeol.\n",
    },
  ]);

  it("merges transliterations into one leader with every spelling as an alias", () => {
    const leaders = graph.filterNodes((_, a) => a.type === "leader" && a.aliases.some((n) => /Cho|Sho/.test(n)));
    expect(leaders).toHaveLength(1);
    expect(graph.getNodeAttribute(leaders[0]!, "aliases")).toEqual(["Sergueï Choïgou", "Sergueï Shoigu"]);
  });

  it("keeps every role a leader held, with its dates", () => {
    const onodera = graph.getNodeAttributes("leader:itsunori-onodera");
    if (onodera.type !== "leader") throw new Error("Onodera should be a leader");
    expect(onodera.roles.map((r) => [r.role, r.firstDate])).toEqual([
      ["ministre de la Défense", "2013-11-02"],
      ["Premier ministre", "2024-11-16"],
    ]);
    expect(onodera.state).toBe("state:JPN");
  });

  it("links each leader to the state they serve, with the role", () => {
    const serves = graph.getEdgeAttributes("serves:leader:itsunori-onodera|state:JPN");
    expect(serves.type === "serves" ? serves.roles : null).toEqual(["Premier ministre", "ministre de la Défense"]);
  });
});

describe("a leader named without a state", () => {
  it("is attached to the same person named with a state in another article", () => {
    const graph = extractGraph([
      {
        meta: meta("a", "2023-09-10"),
        text: "Titre\nLe président américain Joe Biden a rencontré le président vietnamien Vo Van Thuong à Hanoï.\n",
      },
      {
        meta: meta("b", "2023-09-11"),
        text: "Titre\nLe président Joe Biden a salué un partenariat stratégique avec le Vietnam.\n",
      },
    ]);
    const biden = graph.getNodeAttributes("leader:joe-biden");
    expect(biden.articles).toEqual(["a", "b"]);
    expect(graph.hasEdge("cooperation:leader:joe-biden|state:VNM")).toBe(true);
  });

  it("is left out when no article says which state they serve", () => {
    // A person the known-leaders file does not list, named with a title but no nationality.
    const graph = extractGraph([
      {
        meta: meta("a", "2023-09-10"),
        text: "Titre\nLe président Jean Dupraz a salué un partenariat stratégique avec le Vietnam.\n",
      },
    ]);
    expect(graph.filterNodes((_, a) => a.type === "leader")).toEqual([]);
  });
});

describe("world knowledge of leaders", () => {
  it("gives the state of a titled leader named without nationality, and finds leaders named without a title", () => {
    const graph = extractGraph([
      {
        meta: meta("a", "2019-08-25"),
        text: "Titre\nLe président Emmanuel Macron a reçu Donald Trump à Biarritz pour un entretien sur le commerce.\n",
      },
    ]);
    const stateOf = (key: string) => {
      const attributes = graph.getNodeAttributes(key);
      return attributes.type === "leader" ? attributes.state : null;
    };
    expect(stateOf("leader:emmanuel-macron")).toBe("state:FRA");
    expect(stateOf("leader:donald-trump")).toBe("state:USA");
    expect(graph.hasEdge("cooperation:leader:donald-trump|leader:emmanuel-macron")).toBe(true);
  });

  it("does not make a leader of a known name outside their years in office", () => {
    const graph = extractGraph([
      {
        meta: meta("a", "2012-05-01"),
        text: "Titre\nL'homme d'affaires Donald Trump a critiqué la Chine dans une interview télévisée.\n",
      },
    ]);
    expect(graph.filterNodes((_, a) => a.type === "leader")).toEqual([]);
  });

  it("does not make a leader of a known name without a title in an undated article: the period is unknown", () => {
    const text = "Titre\nDonald Tusk a rencontré Emmanuel Macron à Paris pour un entretien sur l'énergie.\n";
    const undated = extractGraph([{ meta: meta("a", null), text }]);
    expect(undated.filterNodes((_, a) => a.type === "leader")).toEqual([]);
    // The same text dated in their common years in office makes both leaders, each of their state.
    const dated = extractGraph([{ meta: meta("a", "2024-03-01"), text }]);
    expect(dated.filterNodes((_, a) => a.type === "leader").sort()).toEqual([
      "leader:donald-tusk",
      "leader:emmanuel-macron",
    ]);
  });
});
