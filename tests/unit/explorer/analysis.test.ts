import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeMeasureValues, restrictToEgo, visibleSubset } from "../../../src/explorer/analysis-view.ts";
import { communityColor, computeAppearance, MEASURE_SIZE_RANGE } from "../../../src/appearance/index.ts";
import { analysisLook } from "../../../src/explorer/measure-look.ts";
import { packMeasures, unpackMeasures, measuresWanted } from "../../../src/explorer/measure-service.ts";
import { initialState, reduceState, type ExplorerAction, type ExplorerState } from "../../../src/explorer/state.ts";
import { computeVisibility } from "../../../src/explorer/visibility.ts";
import { resolveViewFilter } from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";

// The assertions read the English catalogue (whose refusals are worded as the CLI words them).
setLocale("en");

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const KIM = "leader:kim-jong-un";
const ABE = "leader:shinzo-abe";

function run(...actions: ExplorerAction[]): ExplorerState {
  return actions.reduce(reduceState, initialState(graph));
}

describe("path between two actors", () => {
  it("finds the shortest paths through the visible graph and highlights them", () => {
    const state = run({ type: "setAnalysis", analysis: { pathFrom: KIM, pathTo: ABE } });
    // Kim — Putin (cooperation) — Abe (cooperation): two hops.
    expect(state.path?.length).toBe(2);
    expect(state.path?.paths.map((hops) => hops.map((hop) => [hop.from, hop.to]))).toEqual([
      [
        [KIM, "leader:vladimir-poutine"],
        ["leader:vladimir-poutine", ABE],
      ],
    ]);
    expect(state.focus?.nodes).toEqual(new Set([KIM, "leader:vladimir-poutine", ABE]));
    expect(state.focus?.edges).toEqual(
      new Set([
        "cooperation:leader:kim-jong-un|leader:vladimir-poutine",
        "cooperation:leader:shinzo-abe|leader:vladimir-poutine",
      ]),
    );
  });

  it("goes around what the filters hide, and lists parallel relations of a hop together", () => {
    const filter = resolveViewFilter({
      edgeTypes: ["cooperation", "dispute", "alliance", "serves"],
      nodeTypes: ["state"],
    });
    const state = run(
      { type: "setFilter", filter },
      { type: "setAnalysis", analysis: { pathFrom: "state:USA", pathTo: "state:RUS" } },
    );
    expect(state.path?.length).toBe(2);
    const hops = state.path!.paths.flat();
    const japanRussia = hops.find((hop) => hop.from === "state:JPN" && hop.to === "state:RUS");
    expect(japanRussia?.edges).toEqual(["cooperation:state:JPN|state:RUS", "dispute:state:JPN|state:RUS"]);
    expect(state.path?.count).toBe(2);
  });

  it("says which end the view hides instead of looking for a path", () => {
    const state = run(
      { type: "setFilter", filter: resolveViewFilter({ nodeTypes: ["state"] }) },
      { type: "setAnalysis", analysis: { pathFrom: KIM, pathTo: "state:USA" } },
    );
    expect(state.path?.problem).toMatch(/Kim Jong Un is hidden/);
    expect(state.focus).toBeNull();
  });

  it("shift-clicks pick the first end, then the second, then start again", () => {
    let state = run({ type: "pickPathEnd", node: KIM });
    expect([state.analysis.pathFrom, state.analysis.pathTo]).toEqual([KIM, null]);
    state = reduceState(state, { type: "pickPathEnd", node: ABE });
    expect([state.analysis.pathFrom, state.analysis.pathTo]).toEqual([KIM, ABE]);
    expect(state.path?.length).toBe(2);
    state = reduceState(state, { type: "pickPathEnd", node: "state:USA" });
    expect([state.analysis.pathFrom, state.analysis.pathTo]).toEqual(["state:USA", null]);
    expect(state.path).toBeNull();
  });

  it("hover still wins over the path highlight", () => {
    const state = run(
      { type: "setAnalysis", analysis: { pathFrom: KIM, pathTo: ABE } },
      { type: "hoverNode", node: "state:USA" },
    );
    expect(state.focus?.center).toBe("state:USA");
  });
});

describe("neighbourhood depth", () => {
  it("shows only the selected actor's ego network, and follows the selection", () => {
    let state = run({ type: "selectNode", node: "state:USA" }, { type: "setAnalysis", analysis: { depth: 1 } });
    expect(state.analysis.ego).toBe("state:USA");
    expect([...state.visibility.nodes].sort()).toEqual(["state:JPN", "state:PRK", "state:USA"]);
    expect(state.visibility.nodeCounts.state).toEqual({ visible: 3, total: 4 });
    expect(state.visibility.edges.has("cooperation:state:JPN|state:RUS")).toBe(false);
    state = reduceState(state, { type: "setAnalysis", analysis: { depth: 2 } });
    expect(state.visibility.nodes.has("state:RUS")).toBe(true);
    state = reduceState(state, { type: "selectNode", node: "leader:serguei-choigou" });
    expect(state.analysis.ego).toBe("leader:serguei-choigou");
    expect(state.visibility.nodes.has("leader:serguei-choigou")).toBe(true);
    state = reduceState(state, { type: "setAnalysis", analysis: { depth: 0 } });
    expect(state.visibility.nodes.size).toBe(graph.order);
  });

  it("hides actors left without any visible edge when asked", () => {
    const state = run(
      { type: "setFilter", filter: resolveViewFilter({ edgeTypes: ["dispute"] }) },
      { type: "setAnalysis", analysis: { hideIsolated: true } },
    );
    expect([...state.visibility.nodes].sort()).toEqual(["state:JPN", "state:PRK", "state:RUS", "state:USA"]);
    expect(state.visibility.nodeCounts.leader).toEqual({ visible: 0, total: 4 });
    expect(reduceState(state, { type: "setAnalysis", analysis: { hideIsolated: false } }).visibility.nodes.size).toBe(
      8,
    );
  });

  it("restricts nothing without an actor, and keeps the filter's own hiding", () => {
    const visibility = computeVisibility(graph, resolveViewFilter({ nodeTypes: ["state"] }));
    expect(restrictToEgo(graph, visibility, null, 2)).toBe(visibility);
    const ego = restrictToEgo(graph, visibility, "state:JPN", 3);
    expect(ego.nodeCounts.leader.visible).toBe(0);
  });
});

describe("measures and their look", () => {
  const visibility = computeVisibility(graph, resolveViewFilter({}));
  const values = computeMeasureValues(graph, visibleSubset(visibility));

  it("computes every measure for every visible actor; PageRank sums to 1", () => {
    for (const map of Object.values(values.values)) expect(map.size).toBe(graph.order);
    expect([...values.values.pagerank.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // Russia: cooperation and dispute with Japan, cooperation with North Korea.
    expect(values.values.relations.get("state:RUS")).toBe(3);
    expect(values.values.weighted.get("state:RUS")).toBe(6);
  });

  it("counts sentences within the date range only", () => {
    const dated = computeVisibility(graph, resolveViewFilter({ from: "2013", to: "2013", includeUndated: false }));
    const inRange = computeMeasureValues(graph, visibleSubset(dated));
    expect(inRange.values.weighted.get("state:RUS")).toBeLessThan(6);
  });

  it("survives the trip to the worker and back", () => {
    const back = unpackMeasures(structuredClone(packMeasures(values)));
    expect(back.values.betweenness).toEqual(values.values.betweenness);
    expect(back.community).toEqual(values.community);
  });

  it("sizes nodes by the chosen measure and colours them by community", () => {
    const base = computeAppearance(graph);
    expect(analysisLook(base, { size: "importance", color: "type" }, values)).toBe(base);
    expect(analysisLook(base, { size: "pagerank", color: "type" }, null)).toBe(base);
    const look = analysisLook(base, { size: "relations", color: "community" }, values);
    const [low, high] = MEASURE_SIZE_RANGE;
    const sizes = [...look.nodes.values()].map((n) => n.size);
    expect(Math.max(...sizes)).toBe(high);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(low);
    expect(look.nodes.get("state:RUS")!.size).toBe(high);
    expect(look.nodes.get("state:RUS")!.color).toBe(communityColor(values.community.get("state:RUS")!));
    expect(look.edges).toBe(base.edges);
  });

  it("are wanted only when something shows them", () => {
    const state = initialState(graph);
    expect(measuresWanted(state)).toBe(false);
    expect(measuresWanted({ ...state, view: "table" })).toBe(true);
    expect(measuresWanted(reduceState(state, { type: "setAnalysis", analysis: { size: "pagerank" } }))).toBe(true);
  });

  it("are dropped when they were computed for another view", () => {
    const state = initialState(graph);
    const stale = reduceState(state, { type: "setMeasures", visibility: visibility, values });
    expect(stale.measures).toBeNull();
    const fresh = reduceState(state, { type: "setMeasures", visibility: state.visibility, values });
    expect(fresh.measures?.values).toBe(values);
    const filtered = reduceState(fresh, { type: "setFilter", filter: resolveViewFilter({ minWeight: 2 }) });
    expect(filtered.measures).toBeNull();
  });
});
