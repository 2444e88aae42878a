/**
 * Keeps the measures of the visible graph up to date in the store: whenever the view changes and something shows
 * measures (size or colour by a measure, the table, an actor's panel), they are computed — at once for small views,
 * in a web worker above `WORKER_THRESHOLD` actors, where betweenness alone takes seconds. A result that arrives
 * after the view changed again is dropped (the store checks it against the current visibility).
 */
import type { Measure } from "../analysis/index.ts";
import type { EntenteGraph, SerializedEntenteGraph } from "../model/types.ts";
import { computeMeasureValues, visibleSubset, type MeasureValues } from "./analysis-view.ts";
import { t } from "./i18n/index.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";
import type { Visibility } from "./visibility.ts";

/**
 * Above this many visible actors, measures are computed in the worker: exact betweenness of 1,000 actors already
 * takes a third of a second.
 */
export const WORKER_THRESHOLD = 500;

/** Measures in a form structured clone carries (arrays of entries rather than maps). */
export interface PackedMeasures {
  values: Record<Measure, [string, number][]>;
  community: [string, number][];
  communitySizes: number[];
  estimated: boolean;
}

export interface AnalysisRequest {
  id: number;
  /** Sent when the graph changed since the last request. */
  graph?: SerializedEntenteGraph;
  nodes: string[];
  edges: string[];
  /** Supporting sentences of each visible edge in the view. */
  weights: [string, number][];
}

export type AnalysisResponse = { id: number; measures: PackedMeasures } | { id: number; error: string };

/**
 * The graph's structure for the worker: keys, ends, node and edge types. The measures read nothing else, and
 * cloning every evidence sentence of a 10,000-actor graph into the worker would cost more than the measures.
 */
function leanGraph(graph: EntenteGraph): SerializedEntenteGraph {
  const serialized = {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: { name: "", articles: [] },
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes: { type: attributes.type } })),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      undirected: true,
      attributes: { type: attributes.type, weight: attributes.weight },
    })),
  };
  // Partial attributes on purpose (see above): the worker's measures only read `type` and the weights it is given.
  return serialized as unknown as SerializedEntenteGraph;
}

export function packMeasures(values: MeasureValues): PackedMeasures {
  const entries = (map: ReadonlyMap<string, number>) => [...map];
  return {
    values: {
      relations: entries(values.values.relations),
      weighted: entries(values.values.weighted),
      betweenness: entries(values.values.betweenness),
      pagerank: entries(values.values.pagerank),
    },
    community: entries(values.community),
    communitySizes: [...values.communitySizes],
    estimated: values.estimated,
  };
}

export function unpackMeasures(packed: PackedMeasures): MeasureValues {
  return {
    values: {
      relations: new Map(packed.values.relations),
      weighted: new Map(packed.values.weighted),
      betweenness: new Map(packed.values.betweenness),
      pagerank: new Map(packed.values.pagerank),
    },
    community: new Map(packed.community),
    communitySizes: packed.communitySizes,
    estimated: packed.estimated,
  };
}

/** Whether anything on screen shows measures now. */
export function measuresWanted(state: ExplorerState): boolean {
  return (
    state.analysis.size !== "importance" ||
    state.analysis.color === "community" ||
    state.view === "table" ||
    state.selectedNode !== null
  );
}

export interface MeasureService {
  /** Whether a computation is under way (for a "computing…" note). */
  busy(): boolean;
  kill(): void;
}

export function createMeasureService(
  store: Store<ExplorerState, ExplorerAction>,
  options: { onBusy?: (busy: boolean) => void; onError?: (message: string) => void } = {},
): MeasureService {
  let worker: Worker | null = null;
  let sentGraph: ExplorerState["graph"] | null = null;
  let next = 1;
  let pending: { id: number; visibility: Visibility } | null = null;
  const setBusy = (value: { id: number; visibility: Visibility } | null) => {
    pending = value;
    options.onBusy?.(value !== null);
  };

  const startWorker = () => {
    const created = new Worker(new URL("./analysis-worker.ts", import.meta.url), {
      type: "module",
      name: "entente-analysis",
    });
    created.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const response = event.data;
      if (pending === null || response.id !== pending.id) return;
      const { visibility } = pending;
      setBusy(null);
      if ("error" in response) options.onError?.(t("measures.failed", { error: response.error }));
      else store.dispatch({ type: "setMeasures", visibility, values: unpackMeasures(response.measures) });
    };
    created.onerror = (event) => {
      options.onError?.(t("measures.workerFailed", { error: event.message || t("extract.noDetail") }));
      created.terminate();
      worker = null;
      sentGraph = null;
      setBusy(null);
    };
    return created;
  };

  const update = (state: ExplorerState) => {
    if (!measuresWanted(state) || state.measures?.visibility === state.visibility) return;
    if (pending?.visibility === state.visibility) return;
    if (state.visibility.nodes.size <= WORKER_THRESHOLD) {
      setBusy(null);
      const values = computeMeasureValues(state.graph, visibleSubset(state.visibility));
      store.dispatch({ type: "setMeasures", visibility: state.visibility, values });
      return;
    }
    worker ??= startWorker();
    const id = next++;
    const request: AnalysisRequest = {
      id,
      nodes: [...state.visibility.nodes],
      edges: [...state.visibility.edges],
      weights: [...state.visibility.evidence].map(([edge, evidence]) => [edge, evidence.length]),
    };
    if (sentGraph !== state.graph) {
      request.graph = leanGraph(state.graph);
      sentGraph = state.graph;
    }
    setBusy({ id, visibility: state.visibility });
    worker.postMessage(request);
  };

  const unsubscribe = store.subscribe(
    [(s) => s.visibility, (s) => s.analysis, (s) => s.view, (s) => s.selectedNode, (s) => s.measures],
    update,
    true,
  );
  return {
    busy: () => pending !== null,
    kill() {
      unsubscribe();
      worker?.terminate();
      worker = null;
      pending = null;
    },
  };
}
