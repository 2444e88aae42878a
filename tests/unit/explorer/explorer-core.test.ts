import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeAppearance, computeEdgeCurvatures } from "../../../src/appearance/index.ts";
import {
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  reduceEdge,
  reduceNode,
  type ReducerContext,
} from "../../../src/explorer/reducers.ts";
import { computeFocus, initialState, reduceState, type ExplorerState } from "../../../src/explorer/state.ts";
import { computeVisibility } from "../../../src/explorer/visibility.ts";
import { resolveViewFilter } from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { EDGE_TYPE_LOOKS, NODE_TYPE_LOOKS } from "../../fixtures/type-looks.ts";

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const JPN_RUS_COOP = "cooperation:state:JPN|state:RUS";
const JPN_RUS_DISPUTE = "dispute:state:JPN|state:RUS";

const INITIAL_STATE = initialState(graph);

/** A state with some fields set directly, its derived parts recomputed as the reducer would. */
function stateWith(patch: Partial<ExplorerState>): ExplorerState {
  const base = { ...INITIAL_STATE, ...patch };
  const visibility = computeVisibility(graph, base.filter, base.criteria);
  return { ...base, visibility, focus: computeFocus({ ...base, visibility }) };
}

function contextFor(state: ExplorerState): ReducerContext {
  return { appearance: computeAppearance(graph), visibility: state.visibility, focus: state.focus, sizeScale: 1 };
}

describe("visibility", () => {
  it("shows everything under the default filter, with counts per type", () => {
    const v = computeVisibility(graph, INITIAL_STATE.filter);
    expect(v.nodes.size).toBe(8);
    expect(v.edges.size).toBe(11);
    expect(v.edgeCounts.cooperation).toEqual({ visible: 4, total: 4 });
    expect(v.nodeCounts.leader).toEqual({ visible: 4, total: 4 });
  });

  it("hides a relation type and keeps the others", () => {
    const v = computeVisibility(graph, resolveViewFilter({ edgeTypes: ["cooperation", "alliance", "serves"] }));
    expect(v.edges.has(JPN_RUS_DISPUTE)).toBe(false);
    expect(v.edges.has(JPN_RUS_COOP)).toBe(true);
    expect(v.edgeCounts.dispute).toEqual({ visible: 0, total: 2 });
  });

  it("keeps only evidence inside the date range", () => {
    const v = computeVisibility(graph, resolveViewFilter({ from: "2013", to: "2013", includeUndated: false }));
    expect(v.evidence.get(JPN_RUS_COOP)?.map((e) => e.article)).toEqual(["a-2013"]);
    expect(v.edges.has("cooperation:state:PRK|state:RUS")).toBe(false);
  });
});

describe("state transitions", () => {
  it("selecting a node clears an edge selection and vice versa", () => {
    let state = reduceState(INITIAL_STATE, { type: "selectEdge", edge: JPN_RUS_COOP });
    state = reduceState(state, { type: "selectNode", node: "state:RUS" });
    expect(state.selectedEdge).toBeNull();
    expect(state.selectedNode).toBe("state:RUS");
    expect(reduceState(state, { type: "clearSelection" }).selectedNode).toBeNull();
  });

  it("returns the same object when nothing changes", () => {
    const hovered = reduceState(INITIAL_STATE, { type: "hoverNode", node: "state:JPN" });
    expect(reduceState(hovered, { type: "hoverNode", node: "state:JPN" })).toBe(hovered);
    expect(reduceState(INITIAL_STATE, { type: "clearSelection" })).toBe(INITIAL_STATE);
  });

  it("drops a selection the new filter hides", () => {
    const state = reduceState(INITIAL_STATE, { type: "selectNode", node: "leader:kim-jong-un" });
    const filter = resolveViewFilter({ nodeTypes: ["state"] });
    const next = reduceState(state, { type: "setFilter", filter });
    expect(next.selectedNode).toBeNull();
    expect(next.filter).toBe(filter);
  });
});

describe("focus", () => {
  it("is the hovered node and its visible neighbours", () => {
    const focus = stateWith({ hoveredNode: "state:JPN" }).focus!;
    expect([...focus.nodes].sort()).toEqual(["leader:shinzo-abe", "state:JPN", "state:RUS", "state:USA"]);
    expect(focus.edges.has(JPN_RUS_DISPUTE)).toBe(true);
  });

  it("ignores neighbours reached only through hidden relations", () => {
    const filter = resolveViewFilter({ edgeTypes: ["cooperation", "dispute", "serves"] });
    const focus = stateWith({ filter, hoveredNode: "state:JPN" }).focus!;
    expect(focus.nodes.has("state:USA")).toBe(false);
  });

  it("hover wins over selection; an edge focuses its two ends", () => {
    expect(stateWith({ selectedNode: "state:USA", hoveredNode: "state:PRK" }).focus!.center).toBe("state:PRK");
    const focus = stateWith({ selectedEdge: JPN_RUS_COOP }).focus!;
    expect([...focus.nodes].sort()).toEqual(["state:JPN", "state:RUS"]);
    expect(focus.center).toBeNull();
  });
});

describe("reducers", () => {
  it("colour nodes by type and never pass the node type to sigma as a program", () => {
    const context = contextFor(INITIAL_STATE);
    const state = reduceNode("state:RUS", graph.getNodeAttributes("state:RUS"), context);
    const leader = reduceNode("leader:vladimir-poutine", graph.getNodeAttributes("leader:vladimir-poutine"), context);
    expect(state).toMatchObject({
      color: NODE_TYPE_LOOKS.state.color,
      type: "circle",
      forceLabel: true,
      hidden: false,
    });
    expect(leader).toMatchObject({ color: NODE_TYPE_LOOKS.leader.color, type: "circle" });
    expect(state.size!).toBeGreaterThan(leader.size!);
  });

  it("dim everything outside the hovered actor's neighbourhood", () => {
    const context = contextFor(stateWith({ hoveredNode: "state:JPN" }));
    expect(reduceNode("state:RUS", {}, context)).toMatchObject({
      color: NODE_TYPE_LOOKS.state.color,
      forceLabel: true,
    });
    expect(reduceNode("state:JPN", {}, context)).toMatchObject({ highlighted: true });
    expect(reduceNode("state:PRK", {}, context)).toMatchObject({ color: DIMMED_NODE_COLOR, label: null });
    expect(reduceEdge("dispute:state:PRK|state:USA", context)).toMatchObject({
      color: DIMMED_EDGE_COLOR,
      hidden: false,
    });
    expect(reduceEdge(JPN_RUS_DISPUTE, context)).toMatchObject({ color: EDGE_TYPE_LOOKS.dispute.color });
  });

  it("scale node sizes for small stages", () => {
    const context = contextFor(INITIAL_STATE);
    const full = reduceNode("state:RUS", {}, context).size!;
    expect(reduceNode("state:RUS", {}, { ...context, sizeScale: 0.5 }).size).toBeCloseTo(full / 2);
  });

  it("hide filtered-out items", () => {
    const context = contextFor(
      stateWith({ filter: resolveViewFilter({ nodeTypes: ["state"], edgeTypes: ["cooperation"] }) }),
    );
    expect(reduceNode("leader:kim-jong-un", {}, context).hidden).toBe(true);
    expect(reduceEdge(JPN_RUS_DISPUTE, context).hidden).toBe(true);
    expect(reduceEdge(JPN_RUS_COOP, context).hidden).toBe(false);
  });

  it("draw parallel relations as opposite curves and membership as thin straight lines", () => {
    const context = contextFor(INITIAL_STATE);
    const coop = reduceEdge(JPN_RUS_COOP, context);
    const dispute = reduceEdge(JPN_RUS_DISPUTE, context);
    expect(coop.type).toBe("curved");
    expect(dispute.type).toBe("curved");
    expect(Math.sign(coop.curvature)).toBe(-Math.sign(dispute.curvature));
    const serves = reduceEdge("serves:leader:vladimir-poutine|state:RUS", context);
    expect(serves).toMatchObject({
      type: "line",
      color: EDGE_TYPE_LOOKS.serves.color,
      size: EDGE_TYPE_LOOKS.serves.width!,
    });
    expect(serves.size!).toBeLessThan(coop.size!);
  });
});

describe("computeEdgeCurvatures", () => {
  it("keeps single edges straight and spreads parallel ones apart", () => {
    const curvatures = computeEdgeCurvatures(graph);
    expect(curvatures.get("alliance:state:JPN|state:USA")).toBe(0);
    const a = curvatures.get(JPN_RUS_COOP)!;
    const b = curvatures.get(JPN_RUS_DISPUTE)!;
    expect(a).not.toBe(0);
    expect(a).toBe(-b);
  });
});
