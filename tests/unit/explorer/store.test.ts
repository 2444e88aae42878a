import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { initialState, reduceState, type ExplorerAction, type ExplorerState } from "../../../src/explorer/state.ts";
import { createStore } from "../../../src/explorer/store.ts";
import { computeVisibility, passesMinConfidence } from "../../../src/explorer/visibility.ts";
import { resolveViewFilter } from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph, RelationAttributes } from "../../../src/model/types.ts";

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const COOP = "cooperation:state:JPN|state:RUS";
const DISPUTE = "dispute:state:JPN|state:RUS";

/** The fixture with confidences set on some relations. */
function withConfidence(confidences: Record<string, number>): EntenteGraph {
  const copy = graph.copy();
  for (const [edge, confidence] of Object.entries(confidences)) copy.mergeEdgeAttributes(edge, { confidence });
  return copy;
}

describe("the explorer reducer", () => {
  const start = initialState(graph);
  const cases: [string, ExplorerState, ExplorerAction, (next: ExplorerState) => void][] = [
    ["selects an actor and derives its focus", start, { type: "selectNode", node: "state:JPN" }, (s) => {
      expect(s.selectedNode).toBe("state:JPN");
      expect(s.focus?.center).toBe("state:JPN");
      expect(s.focus?.edges.has(COOP)).toBe(true);
    }],
    ["ignores a selection of an actor the graph does not have", start, { type: "selectNode", node: "state:XXX" }, (s) => expect(s).toBe(start)],
    ["selecting an edge drops the actor selection", { ...start, selectedNode: "state:JPN" }, { type: "selectEdge", edge: COOP }, (s) => {
      expect(s.selectedNode).toBeNull();
      expect(s.focus?.edge).toBe(COOP);
    }],
    ["a new filter recomputes visibility and drops what it hides", reduceState(start, { type: "selectEdge", edge: DISPUTE }), { type: "setFilter", filter: resolveViewFilter({ edgeTypes: ["cooperation"] }) }, (s) => {
      expect(s.visibility.edges.has(DISPUTE)).toBe(false);
      expect(s.selectedEdge).toBeNull();
      expect(s.focus).toBeNull();
    }],
    ["hover wins over selection in the focus", reduceState(start, { type: "selectNode", node: "state:USA" }), { type: "hoverNode", node: "state:PRK" }, (s) => {
      expect(s.selectedNode).toBe("state:USA");
      expect(s.focus?.center).toBe("state:PRK");
    }],
    ["a new graph without the selected edge clears the selection", reduceState(start, { type: "selectEdge", edge: COOP }), { type: "showGraph", graph: withoutEdge(COOP) }, (s) => {
      expect(s.selectedEdge).toBeNull();
      expect(s.visibility.edges.has(COOP)).toBe(false);
    }],
    ["a new graph keeps a selection it still has", reduceState(start, { type: "selectNode", node: "state:RUS" }), { type: "showGraph", graph: withoutEdge(COOP) }, (s) => {
      expect(s.selectedNode).toBe("state:RUS");
      expect(s.focus?.edges.has(COOP)).toBe(false);
    }],
    ["the minimum confidence hides relations below it", initialState(withConfidence({ [COOP]: 0.3, [DISPUTE]: 0.9 })), { type: "setCriteria", criteria: { minConfidence: 0.5 } }, (s) => {
      expect(s.visibility.edges.has(COOP)).toBe(false);
      expect(s.visibility.edges.has(DISPUTE)).toBe(true);
      expect(s.visibility.edges.has("serves:leader:vladimir-poutine|state:RUS")).toBe(true);
    }],
    ["the review filter shows only reviewed relations", initialState(marked(DISPUTE)), { type: "setCriteria", criteria: { review: "reviewed" } }, (s) => {
      expect(s.visibility.edges.has(DISPUTE)).toBe(true);
      expect(s.visibility.edges.has(COOP)).toBe(false);
    }],
    ["the review filter shows only unreviewed relations", initialState(marked(DISPUTE)), { type: "setCriteria", criteria: { review: "unreviewed" } }, (s) => {
      expect(s.visibility.edges.has(DISPUTE)).toBe(false);
      expect(s.visibility.edges.has(COOP)).toBe(true);
    }],
  ];
  it.each(cases)("%s", (_name, state, action, check) => check(reduceState(state, action)));

  it.each<[string, ExplorerAction]>([
    ["hovering the hovered node", { type: "hoverNode", node: null }],
    ["clearing an empty selection", { type: "clearSelection" }],
    ["the same view", { type: "setView", view: "graph" }],
    ["the same criteria", { type: "setCriteria", criteria: { minConfidence: 0 } }],
    ["the same graph", { type: "showGraph", graph }],
  ])("returns the same state for %s", (_name, action) => {
    expect(reduceState(start, action)).toBe(start);
  });

  it("never writes to the graph", () => {
    const before = JSON.stringify(graph.export());
    let state = start;
    for (const action of [
      { type: "hoverNode", node: "state:JPN" },
      { type: "selectEdge", edge: COOP },
      { type: "setFilter", filter: resolveViewFilter({ nodeTypes: ["state"] }) },
    ] as ExplorerAction[])
      state = reduceState(state, action);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("passesMinConfidence", () => {
  const relation = (confidence?: number) => ({ ...(graph.getEdgeAttributes(COOP) as RelationAttributes), confidence });
  it.each<[string, number | undefined, number, boolean]>([
    ["off lets everything through", undefined, 0, true],
    ["a relation at the threshold passes", 0.5, 0.5, true],
    ["a relation below it does not", 0.49, 0.5, false],
    ["a relation without confidence fails a set threshold", undefined, 0.1, false],
  ])("%s", (_name, confidence, min, expected) => {
    expect(passesMinConfidence(relation(confidence), min)).toBe(expected);
  });

  it("never hides membership links", () => {
    const v = computeVisibility(graph, resolveViewFilter(), { minConfidence: 0.9, review: "all" });
    expect(v.edgeCounts.serves.visible).toBe(v.edgeCounts.serves.total);
    expect(v.edgeCounts.cooperation.visible).toBe(0);
  });
});

describe("the store", () => {
  it("calls a subscriber only when a slice it reads changes", () => {
    const store = createStore(reduceState, initialState(graph));
    const onSelection = vi.fn();
    const onView = vi.fn();
    store.subscribe([(s) => s.selectedNode], onSelection);
    store.subscribe([(s) => s.view], onView);
    store.dispatch({ type: "selectNode", node: "state:JPN" });
    store.dispatch({ type: "selectNode", node: "state:JPN" });
    store.dispatch({ type: "hoverNode", node: "state:RUS" });
    expect(onSelection).toHaveBeenCalledTimes(1);
    expect(onView).not.toHaveBeenCalled();
    store.dispatch({ type: "setView", view: "table" });
    expect(onView).toHaveBeenCalledTimes(1);
  });

  it("runs an action dispatched by a subscriber after the current one, and unsubscribes", () => {
    const store = createStore(reduceState, initialState(graph));
    const seen: (string | null)[] = [];
    const stop = store.subscribe([(s) => s.selectedNode], (s) => {
      seen.push(s.selectedNode);
      if (s.selectedNode === "state:JPN") store.dispatch({ type: "selectNode", node: "state:RUS" });
    });
    store.dispatch({ type: "selectNode", node: "state:JPN" });
    expect(seen).toEqual(["state:JPN", "state:RUS"]);
    stop();
    stop();
    store.dispatch({ type: "clearSelection" });
    expect(seen).toHaveLength(2);
  });
});

function withoutEdge(edge: string): EntenteGraph {
  const copy = graph.copy();
  copy.dropEdge(edge);
  return copy;
}

function marked(edge: string): EntenteGraph {
  const copy = graph.copy();
  copy.mergeEdgeAttributes(edge, { curation: [{ action: "accepted", at: "2026-11-25T12:00:00Z" }] });
  return copy;
}
