/**
 * The web worker that computes the measures of a large visible graph (betweenness above all) off the main thread, so
 * the page stays responsive. The graph is sent once per change; each request sends only what is visible.
 */
import { createGraph } from "../model/graph-io.ts";
import type { EntenteGraph, SerializedEntenteGraph } from "../model/types.ts";
import { computeMeasureValues } from "./analysis-view.ts";
import { packMeasures, type AnalysisRequest, type AnalysisResponse } from "./measure-service.ts";

let graph: EntenteGraph | null = null;

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.graph !== undefined) {
    graph = createGraph();
    graph.import(request.graph as SerializedEntenteGraph);
  }
  let response: AnalysisResponse;
  try {
    // not interface text: the page always sends the graph first; this names a programming error for its author.
    if (graph === null) throw new Error("no graph was sent");
    const weights = new Map(request.weights);
    const values = computeMeasureValues(graph, {
      nodes: new Set(request.nodes),
      edges: new Set(request.edges),
      weightOf: (edge) => weights.get(edge) ?? 0,
    });
    response = { id: request.id, measures: packMeasures(values) };
  } catch (error) {
    response = { id: request.id, error: (error as Error).message };
  }
  self.postMessage(response);
};
