import { describe, expect, it } from "vitest";
import { graphTimeline, latestArticleDay, mergeIntervals } from "../../../src/export/gexf-time.ts";
import { loadFixture } from "./helpers.ts";

describe("GEXF timeline", () => {
  it.each([
    [
      "keeps disjoint intervals apart, sorted",
      [
        ["2017-04-27", "2017-04-27"],
        ["2013-11-01", "2013-11-30"],
      ],
      [
        ["2013-11-01", "2013-11-30"],
        ["2017-04-27", "2017-04-27"],
      ],
    ],
    [
      "merges overlapping intervals",
      [
        ["2023-01-01", "2023-12-31"],
        ["2023-05-04", "2023-05-04"],
      ],
      [["2023-01-01", "2023-12-31"]],
    ],
    [
      "merges intervals that touch across a month end",
      [
        ["2013-11-01", "2013-11-30"],
        ["2013-12-01", "2013-12-01"],
      ],
      [["2013-11-01", "2013-12-01"]],
    ],
    [
      "merges across a leap day",
      [
        ["2024-02-01", "2024-02-28"],
        ["2024-02-29", "2024-03-01"],
      ],
      [["2024-02-01", "2024-03-01"]],
    ],
    [
      "keeps a one-day gap",
      [
        ["2023-02-01", "2023-02-27"],
        ["2023-03-01", "2023-03-01"],
      ],
      [
        ["2023-02-01", "2023-02-27"],
        ["2023-03-01", "2023-03-01"],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    const toIntervals = (pairs: string[][]) => pairs.map(([start, end]) => ({ start: start!, end: end! }));
    expect(mergeIntervals(toIntervals(input))).toEqual(toIntervals(expected));
  });

  const fixture = loadFixture();

  it("gives a month-dated edge the whole month and a year-dated edge the whole year", () => {
    const { edges } = graphTimeline(fixture, "always");
    expect(edges.get("serves:leader:serguei-choigou|state:RUS")).toEqual([{ start: "2013-11-01", end: "2013-11-30" }]);
    expect(edges.get("dispute:state:PRK|state:USA")).toEqual([{ start: "2023-01-01", end: "2023-12-31" }]);
    expect(edges.get("cooperation:state:JPN|state:RUS")).toEqual([
      { start: "2013-11-01", end: "2013-11-30" },
      { start: "2017-04-27", end: "2017-04-27" },
    ]);
  });

  it("with undated 'always', undated evidence makes an edge and its endpoints present throughout", () => {
    const { edges, nodes } = graphTimeline(fixture, "always");
    expect(edges.get("dispute:state:JPN|state:RUS")).toBe("always");
    expect(edges.get("alliance:state:JPN|state:USA")).toBe("always");
    expect(nodes.get("state:JPN")).toBe("always");
  });

  it("with undated 'ignore', only dated evidence places an edge; an edge with none is present throughout", () => {
    const { edges, nodes } = graphTimeline(fixture, "ignore");
    expect(edges.get("dispute:state:JPN|state:RUS")).toEqual([
      { start: "2013-11-01", end: "2013-11-30" },
      { start: "2017-04-27", end: "2017-04-27" },
    ]);
    expect(edges.get("alliance:state:JPN|state:USA")).toBe("always");
    // Japan's own articles are all dated, but its undated-only alliance must stay visible.
    expect(nodes.get("state:JPN")).toBe("always");
  });

  it("makes a node present whenever one of its edges is, even without articles of its own then", () => {
    const { edges, nodes } = graphTimeline(fixture, "ignore");
    // The United States are mentioned only in an undated article, but their dispute with North Korea is dated 2023.
    expect(edges.get("dispute:state:PRK|state:USA")).toEqual([{ start: "2023-01-01", end: "2023-12-31" }]);
    expect(nodes.get("state:USA")).toBe("always");
    expect(nodes.get("leader:vladimir-poutine")).toEqual([
      { start: "2017-04-27", end: "2017-04-27" },
      { start: "2023-01-01", end: "2023-12-31" },
    ]);
  });

  it("dates the file by the latest day an article is certainly from", () => {
    expect(latestArticleDay(fixture.getAttribute("articles"))).toBe("2023-01-01");
    expect(latestArticleDay([])).toBeNull();
  });
});
