import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { initialState, reduceState, type ExplorerAction, type ExplorerState } from "../../../src/explorer/state.ts";
import { createStore } from "../../../src/explorer/store.ts";
import { computeVisibility } from "../../../src/explorer/visibility.ts";
import { resolveViewFilter } from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";

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
    [
      "selects an actor and derives its focus",
      start,
      { type: "selectNode", node: "state:JPN" },
      (s) => {
        expect(s.selectedNode).toBe("state:JPN");
        expect(s.focus?.center).toBe("state:JPN");
        expect(s.focus?.edges.has(COOP)).toBe(true);
      },
    ],
    [
      "ignores a selection of an actor the graph does not have",
      start,
      { type: "selectNode", node: "state:XXX" },
      (s) => expect(s).toBe(start),
    ],
    [
      "selecting an edge drops the actor selection",
      { ...start, selectedNode: "state:JPN" },
      { type: "selectEdge", edge: COOP },
      (s) => {
        expect(s.selectedNode).toBeNull();
        expect(s.focus?.edge).toBe(COOP);
      },
    ],
    [
      "a new filter recomputes visibility and drops what it hides",
      reduceState(start, { type: "selectEdge", edge: DISPUTE }),
      { type: "setFilter", filter: resolveViewFilter({ edgeTypes: ["cooperation"] }) },
      (s) => {
        expect(s.visibility.edges.has(DISPUTE)).toBe(false);
        expect(s.selectedEdge).toBeNull();
        expect(s.focus).toBeNull();
      },
    ],
    [
      "hover wins over selection in the focus",
      reduceState(start, { type: "selectNode", node: "state:USA" }),
      { type: "hoverNode", node: "state:PRK" },
      (s) => {
        expect(s.selectedNode).toBe("state:USA");
        expect(s.focus?.center).toBe("state:PRK");
      },
    ],
    [
      "a new graph without the selected edge clears the selection",
      reduceState(start, { type: "selectEdge", edge: COOP }),
      { type: "setBase", base: withoutEdge(COOP) },
      (s) => {
        expect(s.selectedEdge).toBeNull();
        expect(s.visibility.edges.has(COOP)).toBe(false);
      },
    ],
    [
      "a new graph keeps a selection it still has",
      reduceState(start, { type: "selectNode", node: "state:RUS" }),
      { type: "setBase", base: withoutEdge(COOP) },
      (s) => {
        expect(s.selectedNode).toBe("state:RUS");
        expect(s.focus?.edges.has(COOP)).toBe(false);
      },
    ],
    [
      "the minimum confidence hides relations below it",
      initialState(withConfidence({ [COOP]: 0.3, [DISPUTE]: 0.9 })),
      { type: "setFilter", filter: resolveViewFilter({ minConfidence: 0.5 }) },
      (s) => {
        expect(s.visibility.edges.has(COOP)).toBe(false);
        expect(s.visibility.edges.has(DISPUTE)).toBe(true);
        expect(s.visibility.edges.has("serves:leader:vladimir-poutine|state:RUS")).toBe(true);
      },
    ],
    [
      "the review filter shows only reviewed relations",
      initialState(marked(DISPUTE)),
      { type: "setCriteria", criteria: { review: "reviewed" } },
      (s) => {
        expect(s.visibility.edges.has(DISPUTE)).toBe(true);
        expect(s.visibility.edges.has(COOP)).toBe(false);
      },
    ],
    [
      "the review filter shows only unreviewed relations",
      initialState(marked(DISPUTE)),
      { type: "setCriteria", criteria: { review: "unreviewed" } },
      (s) => {
        expect(s.visibility.edges.has(DISPUTE)).toBe(false);
        expect(s.visibility.edges.has(COOP)).toBe(true);
      },
    ],
  ];
  it.each(cases)("%s", (_name, state, action, check) => check(reduceState(state, action)));

  it.each<[string, ExplorerAction]>([
    ["hovering the hovered node", { type: "hoverNode", node: null }],
    ["clearing an empty selection", { type: "clearSelection" }],
    ["the same view", { type: "setView", view: "graph" }],
    ["the same criteria", { type: "setCriteria", criteria: { review: "all" } }],
    ["the same base graph", { type: "setBase", base: graph }],
    ["undo with nothing to undo", { type: "undo" }],
    ["next while the queue is closed", { type: "reviewNext" }],
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

describe("the minimum confidence (the shared predicate)", () => {
  it("never hides membership links", () => {
    const v = computeVisibility(graph, resolveViewFilter({ minConfidence: 1 }));
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

describe("review in the store", () => {
  const AT = "2026-11-25T16:00:00.000Z";
  const scored = withConfidence({ [COOP]: 0.2, [DISPUTE]: 0.9, "cooperation:state:PRK|state:RUS": 0.5 });
  const open = reduceState(initialState(scored), { type: "openReview" });

  it("walks the relations from least to most confident, and selects the one under review", () => {
    // Unscored relations come first (fewest sentences first), then the scored ones by confidence.
    const scoredOrder = open.queue.filter((e) => [COOP, DISPUTE, "cooperation:state:PRK|state:RUS"].includes(e));
    expect(scoredOrder).toEqual([COOP, "cooperation:state:PRK|state:RUS", DISPUTE]);
    expect(open.reviewing).toBe(open.queue[0]);
    expect(open.selectedEdge).toBe(open.reviewing);
  });

  it("a rejection removes the relation from the shown graph and moves to the next; undo brings it back", () => {
    const first = open.reviewing!;
    const rejected = reduceState(open, { type: "decide", decision: { kind: "reject", edge: first, at: AT } });
    expect(rejected.graph.hasEdge(first)).toBe(false);
    expect(rejected.visibility.edges.has(first)).toBe(false);
    expect(rejected.reviewing).toBe(open.queue[1]);
    expect(rejected.curation.decisions).toEqual([{ kind: "reject", edge: first, at: AT }]);
    expect(scored.hasEdge(first)).toBe(true);
    const undone = reduceState(rejected, { type: "undo" });
    expect(undone.graph.hasEdge(first)).toBe(true);
    expect(undone.curation.decisions).toEqual([]);
    expect(undone.reviewing).toBe(first);
  });

  it("an accepted relation stays, marked reviewed, and leaves the queue", () => {
    const first = open.reviewing!;
    const accepted = reduceState(open, { type: "decide", decision: { kind: "accept", edge: first, at: AT } });
    expect(accepted.graph.getEdgeAttribute(first, "curation")).toEqual([{ action: "accepted", at: AT }]);
    expect(accepted.queue).not.toContain(first);
    expect(accepted.queue).toHaveLength(open.queue.length - 1);
  });

  it("a retype moves the relation to its new type", () => {
    const retyped = reduceState(open, {
      type: "decide",
      decision: { kind: "retype", edge: COOP, to: "alliance", at: AT },
    });
    expect(retyped.graph.hasEdge(COOP)).toBe(false);
    expect(retyped.graph.hasEdge("alliance:state:JPN|state:RUS")).toBe(true);
  });

  it("next passes over a relation, and comes round again when all were passed", () => {
    let state = open;
    const seen: string[] = [];
    for (let i = 0; i < open.queue.length; i++) {
      seen.push(state.reviewing!);
      state = reduceState(state, { type: "reviewNext" });
    }
    expect(seen).toEqual(open.queue);
    expect(state.reviewing).toBe(open.queue[0]);
  });

  it("a merge of two actors folds one into the other; undo restores both", () => {
    const merged = reduceState(initialState(graph), {
      type: "decide",
      decision: { kind: "merge", keep: "leader:vladimir-poutine", fold: "leader:serguei-choigou", at: AT },
    });
    expect(merged.graph.hasNode("leader:serguei-choigou")).toBe(false);
    expect(merged.graph.getNodeAttribute("leader:vladimir-poutine", "aliases")).toContain("Sergueï Choïgou");
    expect(reduceState(merged, { type: "undo" }).graph.hasNode("leader:serguei-choigou")).toBe(true);
  });

  it("a later verdict on the same relation replaces the earlier one, and undo goes back step by step", () => {
    let state = reduceState(open, { type: "decide", decision: { kind: "accept", edge: COOP, at: AT } });
    state = reduceState(state, { type: "decide", decision: { kind: "reject", edge: COOP, at: AT } });
    expect(state.curation.decisions).toHaveLength(1);
    expect(state.graph.hasEdge(COOP)).toBe(false);
    state = reduceState(state, { type: "undo" });
    expect(state.graph.getEdgeAttribute(COOP, "curation")?.[0]?.action).toBe("accepted");
  });
});

describe("decisions about articles added in the page", () => {
  const AT = "2026-11-25T16:00:00.000Z";
  it("wait, stale, until the article is read again, then apply", () => {
    const added = graph.copy();
    added.addNode("state:FRA", {
      type: "state",
      label: "France",
      aliases: ["France"],
      mentions: 1,
      articles: ["a-2013"],
      iso2: "FR",
      iso3: "FRA",
      nameEn: "France",
    });
    added.addEdgeWithKey("cooperation:state:FRA|state:RUS", "state:FRA", "state:RUS", {
      ...graph.getEdgeAttributes(COOP),
    });
    const curation = {
      version: 1 as const,
      decisions: [{ kind: "reject" as const, edge: "cooperation:state:FRA|state:RUS", at: AT }],
    };
    const start = initialState(graph, {}, curation);
    expect(start.stale).toHaveLength(1);
    const grown = reduceState(start, { type: "setBase", base: added });
    expect(grown.stale).toHaveLength(0);
    expect(grown.graph.hasNode("state:FRA")).toBe(true);
    expect(grown.graph.hasEdge("cooperation:state:FRA|state:RUS")).toBe(false);
    // Loading another curation is one undoable step.
    const loaded = reduceState(grown, { type: "loadCuration", curation: { version: 1, decisions: [] } });
    expect(loaded.graph.hasEdge("cooperation:state:FRA|state:RUS")).toBe(true);
    expect(reduceState(loaded, { type: "undo" }).graph.hasEdge("cooperation:state:FRA|state:RUS")).toBe(false);
  });
});
