import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  binKept,
  MONTHLY_SPAN_LIMIT,
  relationHistory,
  type HistoryRelation,
} from "../../../src/analysis/history-bins.ts";
import {
  countAll,
  countKept,
  indexRelationMonths,
  monthRange,
  peakMonth,
  windowMonths,
} from "../../../src/analysis/timeline.ts";
import { articleMonths, DEFAULT_WINDOW_WIDTH, playWindow, windowBounds } from "../../../src/explorer/time-range.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";
import { decodeTimelineWidth, encodeTimelineWidth } from "../../../src/explorer/url-state.ts";
import { computeVisibility } from "../../../src/explorer/visibility.ts";
import { createViewPredicate, resolveViewFilter } from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { Evidence, RelationType } from "../../../src/model/types.ts";

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const articles = graph.getAttribute("articles");
// The fixture's articles: 2013-11 (month), 2017-04-27 (day), 2023 (year), one undated.
const months = articleMonths(articles);
const at = (month: string) => months.indexOf(month);
const timeline = indexRelationMonths(graph, months);
const relation = (key: string) => timeline.relations.find((r) => r.key === key)!;

describe("month bins of the timeline chart", () => {
  it("places a date of any precision on the months it overlaps, clipped to the scale", () => {
    expect(months[0]).toBe("2013-11");
    expect(months.at(-1)).toBe("2023-12");
    expect(monthRange(months, "2017-04-27")).toEqual([at("2017-04"), at("2017-04")]);
    expect(monthRange(months, "2013-11")).toEqual([0, 0]);
    expect(monthRange(months, "2023")).toEqual([at("2023-01"), at("2023-12")]);
    // 2013 starts before the scale: only its months on the scale (November, December).
    expect(monthRange(months, "2013")).toEqual([0, 1]);
    expect(monthRange(months, "2030-01-01")).toBeNull();
    expect(monthRange(months, null)).toBeNull();
    expect(monthRange([], "2017-04")).toBeNull();
  });

  it("puts each relation in the months of its articles, once per month; undated sentences apart; no serves", () => {
    expect(relation("dispute:state:JPN|state:RUS")).toEqual({
      key: "dispute:state:JPN|state:RUS",
      type: "dispute",
      months: [0, at("2017-04")],
      undated: true,
    });
    // A year-dated article overlaps every month of its year, as a window on any of them keeps it.
    expect(relation("cooperation:state:PRK|state:RUS").months).toEqual(
      Array.from({ length: 12 }, (_, i) => at("2023-01") + i),
    );
    expect(relation("alliance:state:JPN|state:USA")).toMatchObject({ months: [], undated: true });
    expect(timeline.relations.some((r) => r.key.startsWith("serves:"))).toBe(false);
    expect(timeline.relations).toHaveLength(7);
  });

  it("counts in a month exactly the relations a window of that month alone keeps", () => {
    const all = countAll(timeline);
    for (const [index, month] of months.entries()) {
      const filter = resolveViewFilter({ from: month, to: month, includeUndated: false });
      const predicate = createViewPredicate(articles, filter);
      const kept: Record<RelationType, number> = { cooperation: 0, dispute: 0, alliance: 0 };
      graph.forEachEdge((_key, attributes) => {
        if (attributes.type !== "serves" && predicate.edgeVisible(attributes, true, true)) kept[attributes.type]++;
      });
      for (const type of ["cooperation", "dispute", "alliance"] as const)
        expect([month, type, all.months[type][index]]).toEqual([month, type, kept[type]]);
    }
    expect(all.undated).toEqual({ cooperation: 0, dispute: 1, alliance: 1 });
    expect(peakMonth(all)).toBe(3);
  });

  it("keeps what the filter shows, in the months of its window; undated as the filter says", () => {
    const view = (partial: Parameters<typeof resolveViewFilter>[0]) => {
      const filter = resolveViewFilter(partial);
      return countKept(timeline, computeVisibility(graph, filter).edges, filter);
    };
    // No filter: everything is kept.
    expect(view({})).toEqual(countAll(timeline));
    // April 2017 without disputes: two cooperations there, nothing elsewhere; the undated alliance stays in.
    const april = view({ from: "2017-04", to: "2017-04", edgeTypes: ["cooperation", "alliance", "serves"] });
    expect(april.months.cooperation[at("2017-04")]).toBe(2);
    expect(april.months.dispute[at("2017-04")]).toBe(0);
    expect(april.months.cooperation[0]).toBe(0);
    expect(april.undated).toEqual({ cooperation: 0, dispute: 0, alliance: 1 });
    // Without undated articles, the undated part is not kept even for a relation that shows for its dated sentences.
    expect(view({ from: "2017", to: "2017", includeUndated: false }).undated).toEqual({
      cooperation: 0,
      dispute: 0,
      alliance: 0,
    });
    // A month kept by the window but holding a hidden relation does not count it.
    expect(view({ minWeight: 2 }).months.dispute[0]).toBe(1);
    expect(view({ minWeight: 3 }).months.dispute[0]).toBe(1);
    expect(view({ minWeight: 4 }).months.dispute[0]).toBe(0);
  });

  it("gives the window of a filter as month indices, unbounded sides reaching the ends", () => {
    expect(windowMonths(months, { from: null, to: null })).toEqual([0, months.length - 1]);
    expect(windowMonths(months, { from: "2017-04-01", to: "2017-06-30" })).toEqual([at("2017-04"), at("2017-06")]);
    expect(windowMonths(months, { from: "2000-01-01", to: "2040-12-31" })).toEqual([0, months.length - 1]);
    expect(windowMonths([], { from: null, to: null })).toEqual([0, -1]);
  });
});

describe("playing the window", () => {
  const last = months.length - 1;

  it("starts at the current window, or from the beginning when it already reaches the end", () => {
    // The whole period reaches the end: play starts with the first 12 months (the lower bound is the scale's start).
    expect(playWindow(months, { from: null, to: null }, 12, false)).toEqual({ from: null, to: "2014-10-31" });
    expect(playWindow(months, { from: "2017-04-01", to: "2017-04-30" }, 3, false)).toEqual({
      from: "2017-04-01",
      to: "2017-06-30",
    });
    expect(playWindow(months, { from: "2023-01-01", to: null }, 3, false)).toEqual({ from: null, to: "2014-01-31" });
  });

  it("steps one month at a time and has no step past the end", () => {
    expect(playWindow(months, { from: null, to: "2014-10-31" }, 12, true)).toEqual({
      from: "2013-12-01",
      to: "2014-11-30",
    });
    const end = windowBounds(months, last - 2, 3);
    expect(end).toEqual({ from: "2023-10-01", to: null });
    expect(playWindow(months, end, 3, true)).toBeNull();
    // A full run from the start visits every window once and stops.
    let window = playWindow(months, { from: null, to: null }, 12, false)!;
    let steps = 0;
    for (let next = playWindow(months, window, 12, true); next !== null; next = playWindow(months, window, 12, true)) {
      window = next;
      steps++;
    }
    expect(steps).toBe(months.length - 12);
    expect(window).toEqual({ from: "2023-01-01", to: null });
  });

  it("has nothing to play on fewer than two months", () => {
    expect(playWindow(["2020-01"], { from: null, to: null }, 12, false)).toBeNull();
    expect(playWindow([], { from: null, to: null }, 12, true)).toBeNull();
  });

  it("keeps the width in the URL as win=, default left out, and refuses other values", () => {
    expect(encodeTimelineWidth(DEFAULT_WINDOW_WIDTH, new URLSearchParams("win=6&from=2017")).toString()).toBe(
      "from=2017",
    );
    expect(encodeTimelineWidth(6, new URLSearchParams("from=2017")).toString()).toBe("from=2017&win=6");
    expect(decodeTimelineWidth(new URLSearchParams("from=2017"))).toEqual({ width: 12, notices: [] });
    expect(decodeTimelineWidth(new URLSearchParams("win=24"))).toEqual({ width: 24, notices: [] });
    setLocale("en");
    try {
      for (const raw of ["7", "0", "-3", "6.0", "abc", ""])
        expect(decodeTimelineWidth(new URLSearchParams({ win: raw }))).toEqual({
          width: 12,
          notices: [`Ignored "win=${raw}" in the URL: the timeline window is 1, 3, 6, 12, 24, 60 months.`],
        });
      setLocale("fr");
      expect(decodeTimelineWidth(new URLSearchParams({ win: "7" })).notices).toEqual([
        "« win=7 » ignoré dans l’URL : la fenêtre de la frise fait 1, 3, 6, 12, 24, 60 mois.",
      ]);
    } finally {
      setLocale("fr");
    }
  });
});

describe("a relation's history", () => {
  const sentence = (article: string, date: string | null): Evidence => ({
    article,
    sentence: `${article} sentence`,
    start: 0,
    end: 1,
    date,
    rule: "test",
  });
  const dateOf = (e: Evidence) => e.date;
  const pair = (cooperation: (string | null)[], dispute: (string | null)[]): HistoryRelation[] => [
    { edge: "c", type: "cooperation", evidence: cooperation.map((d, i) => sentence(`c${i}`, d)) },
    { edge: "d", type: "dispute", evidence: dispute.map((d, i) => sentence(`d${i}`, d)) },
  ];

  it("bins by month over a short span, empty months included, undated last", () => {
    const history = relationHistory(pair(["2017-01-05", "2017-03"], ["2017-03-20", null]), dateOf);
    expect(history.unit).toBe("month");
    expect(history.bins.map((b) => [b.period, b.counts.cooperation, b.counts.dispute])).toEqual([
      ["2017-01", 1, 0],
      ["2017-02", 0, 0],
      ["2017-03", 1, 1],
      ["undated", 0, 1],
    ]);
    expect(history.bins[2]!.sentences.map((s) => s.evidence.article)).toEqual(["c1", "d0"]);
    expect(history.peak).toBe(2);
  });

  it(`bins by year when the span passes ${MONTHLY_SPAN_LIMIT} months or a date is only a year`, () => {
    const long = relationHistory(pair(["2013-11-02", "2017-04-27"], ["2013-10"]), dateOf);
    expect(long.unit).toBe("year");
    expect(long.bins.map((b) => [b.period, b.counts.cooperation, b.counts.dispute])).toEqual([
      ["2013", 1, 1],
      ["2014", 0, 0],
      ["2015", 0, 0],
      ["2016", 0, 0],
      ["2017", 1, 0],
    ]);
    // 24 months exactly stay monthly; 25 do not.
    expect(relationHistory(pair(["2016-01-01", "2017-12-31"], []), dateOf).unit).toBe("month");
    expect(relationHistory(pair(["2016-01-01", "2018-01-01"], []), dateOf).unit).toBe("year");
    expect(relationHistory(pair(["2017-03-01", "2017"], []), dateOf).bins.map((b) => b.period)).toEqual(["2017"]);
  });

  it("has only an undated bin when nothing is dated, and nothing without sentences", () => {
    expect(relationHistory(pair([null], [null, null]), dateOf).bins.map((b) => [b.period, b.sentences.length])).toEqual(
      [["undated", 3]],
    );
    expect(relationHistory(pair([], []), dateOf)).toEqual({ unit: "month", bins: [], peak: 0 });
  });

  it("reads dates through the caller, as the filter reads them from the article list", () => {
    const history = relationHistory(pair(["2017-01"], []), () => "2020-05");
    expect(history.bins.map((b) => b.period)).toEqual(["2020-05"]);
  });

  it("keeps a period when it overlaps the filter's range; the undated one as the filter does", () => {
    const bins = relationHistory(pair(["2013-11-02", "2017-04-27"], [null]), dateOf).bins;
    const kept = (filter: { from: string | null; to: string | null; includeUndated: boolean }) =>
      bins.filter((b) => binKept(b, filter)).map((b) => b.period);
    expect(kept({ from: null, to: null, includeUndated: false })).toEqual([
      "2013",
      "2014",
      "2015",
      "2016",
      "2017",
      "undated",
    ]);
    expect(kept({ from: "2016-12-01", to: "2017-01-31", includeUndated: true })).toEqual(["2016", "2017", "undated"]);
    expect(kept({ from: "2014-01-01", to: null, includeUndated: false })).toEqual(["2014", "2015", "2016", "2017"]);
  });
});
