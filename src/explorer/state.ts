/**
 * The explorer's UI state — filter, selection, hover, view — and its pure transitions. Hover and selection never
 * write to the graph: this state is applied to the drawing through reducers.
 */
import { DEFAULT_VIEW_FILTER, type ViewFilter } from "../model/filter.ts";
import type { EntenteGraph } from "../model/types.ts";
import type { Visibility } from "./visibility.ts";

export type ViewMode = "graph" | "table";

export interface ExplorerState {
  /** A resolved filter (see `resolveViewFilter`). */
  filter: ViewFilter;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  view: ViewMode;
}

export const INITIAL_STATE: ExplorerState = {
  filter: DEFAULT_VIEW_FILTER,
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
  hoveredEdge: null,
  view: "graph",
};

export type ExplorerAction =
  | { type: "hoverNode"; node: string | null }
  | { type: "hoverEdge"; edge: string | null }
  | { type: "selectNode"; node: string }
  | { type: "selectEdge"; edge: string }
  | { type: "clearSelection" }
  | { type: "setFilter"; filter: ViewFilter; visibility: Visibility }
  | { type: "setView"; view: ViewMode };

/** The next state; returns the same object when nothing changes, so callers can skip redraws. */
export function reduceState(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case "hoverNode":
      return state.hoveredNode === action.node ? state : { ...state, hoveredNode: action.node };
    case "hoverEdge":
      return state.hoveredEdge === action.edge ? state : { ...state, hoveredEdge: action.edge };
    case "selectNode":
      return { ...state, selectedNode: action.node, selectedEdge: null };
    case "selectEdge":
      return { ...state, selectedEdge: action.edge, selectedNode: null };
    case "clearSelection":
      return state.selectedNode === null && state.selectedEdge === null ? state : { ...state, selectedNode: null, selectedEdge: null };
    case "setFilter": {
      // What the filter hides can no longer be selected or hovered.
      const { nodes, edges } = action.visibility;
      const keep = (node: string | null) => (node !== null && nodes.has(node) ? node : null);
      const keepEdge = (edge: string | null) => (edge !== null && edges.has(edge) ? edge : null);
      return {
        ...state,
        filter: action.filter,
        selectedNode: keep(state.selectedNode),
        selectedEdge: keepEdge(state.selectedEdge),
        hoveredNode: keep(state.hoveredNode),
        hoveredEdge: keepEdge(state.hoveredEdge),
      };
    }
    case "setView":
      return state.view === action.view ? state : { ...state, view: action.view };
  }
}

/** The highlighted part of the graph: a focused actor and its visible neighbours, or one relation and its ends. */
export interface Focus {
  /** The hovered or selected node (null when the focus is an edge). */
  center: string | null;
  /** The focused edge, if the focus is an edge. */
  edge: string | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What to highlight: hover wins over selection, a node over an edge. Computed once per state change (not per
 * node per frame), over visible items only — hidden relations do not highlight.
 */
export function computeFocus(graph: EntenteGraph, state: ExplorerState, visibility: Visibility): Focus | null {
  const node = state.hoveredNode ?? (state.hoveredEdge === null ? state.selectedNode : null);
  if (node !== null && visibility.nodes.has(node)) {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (!visibility.edges.has(edge)) return;
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
    return { center: node, edge: null, nodes, edges };
  }
  const edge = state.hoveredEdge ?? state.selectedEdge;
  if (edge !== null && visibility.edges.has(edge) && graph.hasEdge(edge)) {
    return { center: null, edge, nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
  }
  return null;
}
