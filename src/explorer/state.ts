/**
 * The explorer's state and its pure reducer. Actions say what the user (or the data) intends — select, hover,
 * filter, show a new graph — and the reducer derives the rest in one place: visibility from graph + filter, focus
 * from hover/selection + visibility, and what a new filter or graph no longer allows (a hidden selection).
 * Hover and selection never write to the graph: the drawing applies this state through sigma's reducers.
 */
import { DEFAULT_VIEW_FILTER, type ViewFilter } from "../model/filter.ts";
import type { EntenteGraph } from "../model/types.ts";
import { computeVisibility, DEFAULT_CRITERIA, type ExplorerCriteria, type Visibility } from "./visibility.ts";

export type ViewMode = "graph" | "table";

export interface ExplorerState {
  /** The graph shown (curation applied). Never mutated once in the state: a change is a new graph. */
  graph: EntenteGraph;
  /** A resolved filter (see `resolveViewFilter`). */
  filter: ViewFilter;
  criteria: ExplorerCriteria;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  view: ViewMode;
  /** Derived from `graph`, `filter` and `criteria`. */
  visibility: Visibility;
  /** Derived from hover, selection and `visibility`. */
  focus: Focus | null;
}

/** The part of the state that can be set from outside (URL, tests). */
export type ViewSettings = Partial<Pick<ExplorerState, "filter" | "criteria" | "selectedNode" | "selectedEdge" | "view">>;

/** The state of a freshly mounted explorer on `graph`. */
export function initialState(graph: EntenteGraph, settings: ViewSettings = {}): ExplorerState {
  const base = {
    graph,
    filter: DEFAULT_VIEW_FILTER,
    criteria: DEFAULT_CRITERIA,
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    hoveredEdge: null,
    view: "graph" as ViewMode,
    ...settings,
  };
  const visibility = computeVisibility(graph, base.filter, base.criteria);
  const state = { ...base, visibility, focus: null };
  return { ...state, focus: computeFocus(state) };
}

export type ExplorerAction =
  | { type: "hoverNode"; node: string | null }
  | { type: "hoverEdge"; edge: string | null }
  | { type: "selectNode"; node: string }
  | { type: "selectEdge"; edge: string }
  | { type: "clearSelection" }
  | { type: "setFilter"; filter: ViewFilter }
  | { type: "setCriteria"; criteria: Partial<ExplorerCriteria> }
  | { type: "setView"; view: ViewMode }
  /** The data changed (a decision applied or undone, an article added): show this graph instead. */
  | { type: "showGraph"; graph: EntenteGraph };

/** The next state; returns the same object when nothing changes, so subscribers can skip redraws. */
export function reduceState(state: ExplorerState, action: ExplorerAction): ExplorerState {
  return derive(state, transition(state, action));
}

function transition(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case "hoverNode":
      return state.hoveredNode === action.node ? state : { ...state, hoveredNode: action.node };
    case "hoverEdge":
      return state.hoveredEdge === action.edge ? state : { ...state, hoveredEdge: action.edge };
    case "selectNode":
      if (!state.graph.hasNode(action.node)) return state;
      return state.selectedNode === action.node && state.selectedEdge === null ? state : { ...state, selectedNode: action.node, selectedEdge: null };
    case "selectEdge":
      if (!state.graph.hasEdge(action.edge)) return state;
      return state.selectedEdge === action.edge && state.selectedNode === null ? state : { ...state, selectedEdge: action.edge, selectedNode: null };
    case "clearSelection":
      return state.selectedNode === null && state.selectedEdge === null ? state : { ...state, selectedNode: null, selectedEdge: null };
    case "setFilter":
      return state.filter === action.filter ? state : { ...state, filter: action.filter };
    case "setCriteria": {
      const criteria = { ...state.criteria, ...action.criteria };
      return criteria.minConfidence === state.criteria.minConfidence && criteria.review === state.criteria.review ? state : { ...state, criteria };
    }
    case "setView":
      return state.view === action.view ? state : { ...state, view: action.view };
    case "showGraph":
      return state.graph === action.graph ? state : { ...state, graph: action.graph };
  }
}

/** Recomputes what depends on what changed between `previous` and `next`. */
function derive(previous: ExplorerState, next: ExplorerState): ExplorerState {
  if (next === previous) return previous;
  let state = next;
  const graphChanged = state.graph !== previous.graph;
  if (graphChanged || state.filter !== previous.filter || state.criteria !== previous.criteria) {
    const visibility = computeVisibility(state.graph, state.filter, state.criteria);
    const { graph } = state;
    // What the new graph no longer has cannot stay selected; nor what a new filter hides. (A new graph alone keeps
    // a hidden selection: the user chose it, e.g. from the search, knowing it is filtered out.)
    const filterChanged = state.filter !== previous.filter || state.criteria !== previous.criteria;
    const keepNode = (node: string | null) => (node !== null && graph.hasNode(node) && (!filterChanged || visibility.nodes.has(node)) ? node : null);
    const keepEdge = (edge: string | null) => (edge !== null && graph.hasEdge(edge) && (!filterChanged || visibility.edges.has(edge)) ? edge : null);
    state = {
      ...state,
      visibility,
      selectedNode: keepNode(state.selectedNode),
      selectedEdge: keepEdge(state.selectedEdge),
      hoveredNode: state.hoveredNode !== null && visibility.nodes.has(state.hoveredNode) ? state.hoveredNode : null,
      hoveredEdge: state.hoveredEdge !== null && visibility.edges.has(state.hoveredEdge) ? state.hoveredEdge : null,
    };
  }
  if (
    state.visibility !== previous.visibility ||
    state.hoveredNode !== previous.hoveredNode ||
    state.hoveredEdge !== previous.hoveredEdge ||
    state.selectedNode !== previous.selectedNode ||
    state.selectedEdge !== previous.selectedEdge
  ) {
    state = { ...state, focus: computeFocus(state) };
  }
  return state;
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
export function computeFocus(state: Pick<ExplorerState, "graph" | "visibility" | "hoveredNode" | "hoveredEdge" | "selectedNode" | "selectedEdge">): Focus | null {
  const { graph, visibility } = state;
  const node = state.hoveredNode ?? (state.hoveredEdge === null ? state.selectedNode : null);
  if (node !== null && visibility.nodes.has(node) && graph.hasNode(node)) {
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
