import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANALYSIS } from "../../../src/explorer/analysis-view.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";
import { createSearchIndex, editDistance, foldForSearch, searchActors } from "../../../src/explorer/search.ts";
import { articleMonths, boundsToIndices, formatDate, indicesToBounds } from "../../../src/explorer/time-range.ts";
import { decodeUrlView, encodeUrlView } from "../../../src/explorer/url-state.ts";
import { DEFAULT_CRITERIA } from "../../../src/explorer/visibility.ts";
import { DEFAULT_VIEW_FILTER, resolveViewFilter } from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";

// The assertions on notices and dates read the English catalogue.
setLocale("en");
const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const index = createSearchIndex(graph);
const urlContext = { hasNode: (k: string) => graph.hasNode(k), hasEdge: (k: string) => graph.hasEdge(k) };

describe("search", () => {
  it.each([
    ["poutine", "leader:vladimir-poutine"],
    ["Putin", "leader:vladimir-poutine"],
    ["POUT", "leader:vladimir-poutine"],
    ["choigou", "leader:serguei-choigou"],
    ["Shoigu", "leader:serguei-choigou"],
    ["Pyongyang", "state:PRK"],
    ["coree du nord", "state:PRK"],
    ["etats unis", "state:USA"],
    ["Kim Jong-un", "leader:kim-jong-un"],
    ["Russia", "state:RUS"],
    ["moscou", "state:RUS"],
    ["poutime", "leader:vladimir-poutine"],
  ])("%s finds %s first", (query, node) => {
    expect(searchActors(index, query)[0]?.node).toBe(node);
  });

  it("says which alias matched when it is not the label", () => {
    expect(searchActors(index, "Putin")[0]?.matched).toBe("Putin");
    expect(searchActors(index, "Russie")[0]?.matched).toBeNull();
  });

  it("returns one result per actor and nothing for blank or unknown queries", () => {
    const nodes = searchActors(index, "o").map((r) => r.node);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(searchActors(index, "   ")).toEqual([]);
    expect(searchActors(index, "zzzzzz")).toEqual([]);
  });

  it("normalises case, accents, ligatures and punctuation", () => {
    expect(foldForSearch("  Sergueï  CHOÏGOU! ")).toBe("serguei choigou");
    expect(foldForSearch("Œuvre")).toBe("oeuvre");
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("abc", "abcdef", 1)).toBe(2);
  });
});

describe("URL state", () => {
  it("round-trips a view", () => {
    const view = {
      filter: resolveViewFilter({
        edgeTypes: ["cooperation", "serves"],
        from: "2013-11",
        to: "2017",
        includeUndated: false,
        minWeight: 2,
        minConfidence: 0.65,
      }),
      criteria: { review: "unreviewed" as const },
      selectedNode: "state:RUS",
      selectedEdge: null,
      view: "table" as const,
      analysis: {
        size: "pagerank" as const,
        color: "community" as const,
        depth: 2 as const,
        ego: "state:RUS",
        pathFrom: "state:JPN",
        pathTo: "state:PRK",
        hideIsolated: true,
      },
    };
    const params = encodeUrlView(view);
    expect(params.get("from")).toBe("2013-11");
    expect(params.get("to")).toBe("2017-12");
    expect(params.get("conf")).toBe("0.65");
    expect(params.get("review")).toBe("unreviewed");
    expect(params.get("size")).toBe("pagerank");
    expect(params.get("pfrom")).toBe("state:JPN");
    // The neighbourhood's actor is the selection: the URL does not repeat it.
    expect(params.has("ego")).toBe(false);
    const { view: decoded, notices } = decodeUrlView(params, urlContext);
    expect(notices).toEqual([]);
    expect(decoded).toEqual(view);
  });

  it("keeps a default view's URL clean and other parameters untouched", () => {
    const params = encodeUrlView(
      {
        filter: DEFAULT_VIEW_FILTER,
        criteria: DEFAULT_CRITERIA,
        selectedNode: null,
        selectedEdge: null,
        view: "graph",
        analysis: DEFAULT_ANALYSIS,
      },
      new URLSearchParams("graph=x.json&node=old&size=pagerank&pfrom=x"),
    );
    expect(params.toString()).toBe("graph=x.json");
  });

  it("ignores unknown values with a notice and keeps the valid ones", () => {
    const params = new URLSearchParams(
      "rel=cooperation,friendship&types=state,robot&from=2013-13&min=-2&node=state:XXX&view=3d&undated=maybe&conf=2&review=some",
    );
    const { view, notices } = decodeUrlView(params, urlContext);
    expect(view.filter.edgeTypes).toEqual(["cooperation"]);
    expect(view.filter.nodeTypes).toEqual(["state"]);
    expect(view.filter.from).toBeNull();
    expect(view.filter.minWeight).toBe(1);
    expect(view.selectedNode).toBeNull();
    expect(view.view).toBe("graph");
    expect(view.criteria).toEqual(DEFAULT_CRITERIA);
    expect(notices).toHaveLength(9);
    expect(notices.join("\n")).toMatch(/friendship/);
    expect(notices.join("\n")).toMatch(/state:XXX/);
  });

  it("drops a reversed date range with a notice", () => {
    const { view, notices } = decodeUrlView(new URLSearchParams("from=2020&to=2010&min=2"), urlContext);
    expect(view.filter.from).toBeNull();
    expect(view.filter.to).toBeNull();
    expect(view.filter.minWeight).toBe(2);
    expect(notices[0]).toMatch(/date range/);
  });

  it("restores an edge selection", () => {
    const { view } = decodeUrlView(new URLSearchParams("edge=dispute:state:JPN|state:RUS"), urlContext);
    expect(view.selectedEdge).toBe("dispute:state:JPN|state:RUS");
  });
});

describe("time range", () => {
  const months = articleMonths(graph.getAttribute("articles"));

  it("spans the months of the dated articles, year-only dates covering their whole year", () => {
    expect(months[0]).toBe("2013-11");
    expect(months.at(-1)).toBe("2023-12");
    expect(months).toHaveLength(122);
    expect(articleMonths([])).toEqual([]);
  });

  it("maps the slider ends to an unbounded filter and inner positions to whole months", () => {
    expect(indicesToBounds(months, 0, months.length - 1)).toEqual({ from: null, to: null });
    const i = months.indexOf("2017-01");
    const j = months.indexOf("2017-12");
    expect(indicesToBounds(months, i, j)).toEqual({ from: "2017-01-01", to: "2017-12-31" });
    expect(boundsToIndices(months, "2017-01-01", "2017-12-31")).toEqual([i, j]);
    expect(boundsToIndices(months, null, null)).toEqual([0, months.length - 1]);
  });

  it("formats dates of every precision", () => {
    expect(formatDate("2017-04-27")).toBe("27 Apr 2017");
    expect(formatDate("2013-11")).toBe("Nov 2013");
    expect(formatDate("2023")).toBe("2023");
    expect(formatDate(null)).toBe("undated");
  });
});
