/**
 * The explorer's state and its pure reducer. Actions say what the user (or the data) intends — select, hover,
 * filter, decide about a relation, undo, add articles — and the reducer derives the rest in one place: the shown
 * graph from the base graph + the curation (the shared pure `applyCuration`), visibility from graph + filter, the
 * review queue's current relation, focus from hover/selection + visibility, and what a new filter or graph no
 * longer allows (a hidden selection).
 * Hover and selection never write to the graph: the drawing applies this state through sigma's reducers.
 */
import {
  applyCuration,
  emptyCuration,
  recordDecision,
  type Curation,
  type Decision,
  type StaleDecision,
} from "../curation/index.ts";
import { DEFAULT_VIEW_FILTER, type ViewFilter } from "../model/filter.ts";
import type { EntenteGraph } from "../model/types.ts";
import {
  computePathView,
  DEFAULT_ANALYSIS,
  dropIsolated,
  restrictToEgo,
  type AnalysisSettings,
  type MeasureValues,
  type PathView,
} from "./analysis-view.ts";
import { currentReviewItem, reviewQueue } from "./review.ts";
import { computeVisibility, DEFAULT_CRITERIA, type ExplorerCriteria, type Visibility } from "./visibility.ts";

export type ViewMode = "graph" | "table";

/** The review queue: open or not, the relations passed over with "next", and whether a new type is being chosen. */
export interface ReviewState {
  open: boolean;
  skipped: readonly string[];
  retyping: boolean;
}

export interface ExplorerState {
  /** The graph before the user's decisions: as loaded, plus articles added in the browser. Never mutated. */
  base: EntenteGraph;
  /** The user's decisions, in the order made. */
  curation: Curation;
  /** Earlier curations, most recent last: what "undo" goes back to. */
  history: readonly Curation[];
  /** Derived: `applyCuration(base, curation)`. Never mutated once in the state: a change is a new graph. */
  graph: EntenteGraph;
  /** Derived: decisions that matched nothing in `base`. */
  stale: readonly StaleDecision[];
  review: ReviewState;
  /** Derived: relations left to review, least confident first. */
  queue: readonly string[];
  /** Derived: the relation the review queue shows (null when closed or nothing is left). */
  reviewing: string | null;
  /** A resolved filter (see `resolveViewFilter`). */
  filter: ViewFilter;
  criteria: ExplorerCriteria;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  view: ViewMode;
  /** Size and colour modes, neighbourhood depth and its actor, the ends of the path to find. */
  analysis: AnalysisSettings;
  /** Derived from `graph`, `filter`, `criteria` and the neighbourhood (`analysis.depth`, `analysis.ego`). */
  visibility: Visibility;
  /** Derived: the shortest paths between `analysis.pathFrom` and `pathTo` through what is visible. */
  path: PathView | null;
  /** The measures of the visible graph, once computed (in a worker when large); null until then. */
  measures: { visibility: Visibility; values: MeasureValues } | null;
  /** Derived from hover, selection, the path and `visibility`. */
  focus: Focus | null;
}

/** The part of the state that can be set from outside (URL, tests). */
export type ViewSettings = Partial<
  Pick<ExplorerState, "filter" | "criteria" | "selectedNode" | "selectedEdge" | "view" | "analysis">
>;

/** How many undo steps are kept. */
export const UNDO_LIMIT = 200;

/** The state of a freshly mounted explorer on `graph` with the user's earlier `curation`. */
export function initialState(
  graph: EntenteGraph,
  settings: ViewSettings = {},
  curation: Curation = emptyCuration(),
): ExplorerState {
  const curated = applyCuration(graph, curation);
  const queue = reviewQueue(curated.graph);
  const base = {
    base: graph,
    curation,
    history: [],
    graph: curated.graph,
    stale: curated.stale,
    review: { open: false, skipped: [], retyping: false },
    queue,
    reviewing: null,
    filter: DEFAULT_VIEW_FILTER,
    criteria: DEFAULT_CRITERIA,
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    hoveredEdge: null,
    view: "graph" as ViewMode,
    analysis: DEFAULT_ANALYSIS,
    measures: null,
    ...settings,
  };
  const visibility = viewVisibility(curated.graph, base.filter, base.criteria, base.analysis);
  const path = computePathView(curated.graph, visibility, base.analysis.pathFrom, base.analysis.pathTo);
  const state = { ...base, visibility, path, focus: null };
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
  /** Size or colour mode, neighbourhood depth, path ends; a depth without an actor takes the selected one. */
  | { type: "setAnalysis"; analysis: Partial<AnalysisSettings> }
  /** A shift-click: the first end of a new path, or its second end. */
  | { type: "pickPathEnd"; node: string }
  /** Measures computed for a visibility (ignored when the view has changed since). */
  | { type: "setMeasures"; visibility: Visibility; values: MeasureValues }
  /** The user decided about a relation or an actor (the decision carries its time: the reducer reads no clock). */
  | { type: "decide"; decision: Decision }
  /** Back to the curation before the last decision (or loaded file). */
  | { type: "undo" }
  /** A curation file read from storage, the server or an upload replaces the current one (undoable). */
  | { type: "loadCuration"; curation: Curation }
  /** Articles were added: this is the new graph before decisions. */
  | { type: "setBase"; base: EntenteGraph }
  | { type: "openReview" }
  | { type: "closeReview" }
  /** Pass over the current relation without deciding. */
  | { type: "reviewNext" }
  | { type: "startRetype" }
  | { type: "cancelRetype" };

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
    case "selectNode": {
      if (!state.graph.hasNode(action.node)) return state;
      // With a neighbourhood shown, the neighbourhood follows the selection: a way to walk the graph.
      const analysis =
        state.analysis.depth > 0 && state.analysis.ego !== action.node
          ? { ...state.analysis, ego: action.node }
          : state.analysis;
      return state.selectedNode === action.node && state.selectedEdge === null && analysis === state.analysis
        ? state
        : { ...state, selectedNode: action.node, selectedEdge: null, analysis };
    }
    case "selectEdge":
      if (!state.graph.hasEdge(action.edge)) return state;
      return state.selectedEdge === action.edge && state.selectedNode === null
        ? state
        : { ...state, selectedEdge: action.edge, selectedNode: null };
    case "clearSelection":
      return state.selectedNode === null && state.selectedEdge === null
        ? state
        : { ...state, selectedNode: null, selectedEdge: null };
    case "setFilter":
      return state.filter === action.filter ? state : { ...state, filter: action.filter };
    case "setCriteria": {
      const criteria = { ...state.criteria, ...action.criteria };
      return criteria.review === state.criteria.review ? state : { ...state, criteria };
    }
    case "setView":
      return state.view === action.view ? state : { ...state, view: action.view };
    case "setAnalysis": {
      const analysis = { ...state.analysis, ...action.analysis };
      if (analysis.depth > 0 && analysis.ego === null) analysis.ego = state.selectedNode;
      if (analysis.depth === 0) analysis.ego = null;
      for (const end of ["ego", "pathFrom", "pathTo"] as const)
        if (analysis[end] !== null && !state.graph.hasNode(analysis[end])) analysis[end] = null;
      const same = (Object.keys(analysis) as (keyof AnalysisSettings)[]).every(
        (key) => analysis[key] === state.analysis[key],
      );
      return same ? state : { ...state, analysis };
    }
    case "pickPathEnd": {
      if (!state.graph.hasNode(action.node)) return state;
      const { pathFrom, pathTo } = state.analysis;
      const analysis =
        pathFrom === null || pathTo !== null
          ? { ...state.analysis, pathFrom: action.node, pathTo: null }
          : pathFrom === action.node
            ? state.analysis
            : { ...state.analysis, pathTo: action.node };
      return analysis === state.analysis ? state : { ...state, analysis };
    }
    case "setMeasures":
      return action.visibility === state.visibility
        ? { ...state, measures: { visibility: action.visibility, values: action.values } }
        : state;
    case "decide":
      return withCuration(state, recordDecision(state.curation, action.decision));
    case "undo": {
      const previous = state.history.at(-1);
      if (previous === undefined) return state;
      return {
        ...state,
        curation: previous,
        history: state.history.slice(0, -1),
        review: { ...state.review, retyping: false },
      };
    }
    case "loadCuration":
      return withCuration(state, action.curation);
    case "setBase":
      return state.base === action.base ? state : { ...state, base: action.base };
    case "openReview":
      return state.review.open ? state : { ...state, review: { open: true, skipped: [], retyping: false } };
    case "closeReview":
      return state.review.open
        ? { ...state, review: { open: false, skipped: [], retyping: false }, selectedEdge: null }
        : state;
    case "reviewNext": {
      if (!state.review.open || state.reviewing === null) return state;
      const skipped = [...state.review.skipped, state.reviewing];
      // Everything passed over once: go round again from the least confident.
      const all = state.queue.every((edge) => skipped.includes(edge));
      return { ...state, review: { ...state.review, skipped: all ? [] : skipped, retyping: false } };
    }
    case "startRetype":
      return state.review.open && state.reviewing !== null && !state.review.retyping
        ? { ...state, review: { ...state.review, retyping: true } }
        : state;
    case "cancelRetype":
      return state.review.retyping ? { ...state, review: { ...state.review, retyping: false } } : state;
  }
}

function withCuration(state: ExplorerState, curation: Curation): ExplorerState {
  return {
    ...state,
    curation,
    history: [...state.history, state.curation].slice(-UNDO_LIMIT),
    review: { ...state.review, retyping: false },
  };
}

/** What shows: the filter and criteria, then the neighbourhood, then (if asked) without isolated actors. */
function viewVisibility(
  graph: EntenteGraph,
  filter: ViewFilter,
  criteria: ExplorerCriteria,
  analysis: AnalysisSettings,
): Visibility {
  const visibility = restrictToEgo(graph, computeVisibility(graph, filter, criteria), analysis.ego, analysis.depth);
  return analysis.hideIsolated ? dropIsolated(graph, visibility) : visibility;
}

/** Recomputes what depends on what changed between `previous` and `next`. */
function derive(previous: ExplorerState, next: ExplorerState): ExplorerState {
  if (next === previous) return previous;
  let state = next;
  if (state.base !== previous.base || state.curation !== previous.curation) {
    const curated = applyCuration(state.base, state.curation);
    state = { ...state, graph: curated.graph, stale: curated.stale };
  }
  const graphChanged = state.graph !== previous.graph;
  if (graphChanged) state = { ...state, queue: reviewQueue(state.graph) };
  if (state.queue !== previous.queue || state.review !== previous.review) {
    const reviewing = state.review.open ? currentReviewItem(state.queue, state.review.skipped) : null;
    // The relation under review is the selected one: the drawing highlights it, the table marks it.
    if (reviewing !== state.reviewing)
      state = { ...state, reviewing, ...(reviewing === null ? {} : { selectedEdge: reviewing, selectedNode: null }) };
  }
  const neighbourhoodChanged =
    state.analysis.depth !== previous.analysis.depth ||
    state.analysis.ego !== previous.analysis.ego ||
    state.analysis.hideIsolated !== previous.analysis.hideIsolated;
  if (
    graphChanged ||
    state.filter !== previous.filter ||
    state.criteria !== previous.criteria ||
    neighbourhoodChanged
  ) {
    const visibility = viewVisibility(state.graph, state.filter, state.criteria, state.analysis);
    const { graph } = state;
    // What the new graph no longer has cannot stay selected; nor what a new filter hides. (A new graph alone keeps
    // a hidden selection: the user chose it, e.g. from the search, knowing it is filtered out.)
    // A neighbourhood narrows the view without being a filter: it keeps the selection (the actor at its centre).
    const filterChanged = state.filter !== previous.filter || state.criteria !== previous.criteria;
    const keepNode = (node: string | null) =>
      node !== null && graph.hasNode(node) && (!filterChanged || visibility.nodes.has(node)) ? node : null;
    const keepEdge = (edge: string | null) =>
      edge !== null && graph.hasEdge(edge) && (!filterChanged || visibility.edges.has(edge)) ? edge : null;
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
    state.analysis.pathFrom !== previous.analysis.pathFrom ||
    state.analysis.pathTo !== previous.analysis.pathTo
  ) {
    const path = computePathView(state.graph, state.visibility, state.analysis.pathFrom, state.analysis.pathTo);
    state = { ...state, path, measures: state.measures?.visibility === state.visibility ? state.measures : null };
  }
  if (
    state.visibility !== previous.visibility ||
    state.path !== previous.path ||
    state.hoveredNode !== previous.hoveredNode ||
    state.hoveredEdge !== previous.hoveredEdge ||
    state.selectedNode !== previous.selectedNode ||
    state.selectedEdge !== previous.selectedEdge
  ) {
    state = { ...state, focus: computeFocus(state) };
  }
  return state;
}

/**
 * The highlighted part of the graph: a focused actor and its visible neighbours, one relation and its ends, or the
 * shortest paths between two actors.
 */
export interface Focus {
  /** The hovered or selected node (null when the focus is an edge). */
  center: string | null;
  /** The focused edge, if the focus is an edge. */
  edge: string | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What to highlight: hover wins over a path, a path over the selection, a node over an edge. Computed once per state
 * change (not per node per frame), over visible items only — hidden relations do not highlight.
 */
export function computeFocus(
  state: Pick<
    ExplorerState,
    "graph" | "visibility" | "hoveredNode" | "hoveredEdge" | "selectedNode" | "selectedEdge"
  > & { path?: PathView | null },
): Focus | null {
  const { graph, visibility } = state;
  const path = state.path ?? null;
  if (state.hoveredNode === null && state.hoveredEdge === null && path !== null && path.nodes.size > 0)
    return { center: null, edge: null, nodes: path.nodes, edges: path.edges };
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
