/**
 * The sigma renderer: programs (curves for parallel relations, lines otherwise), label settings, and the
 * reducers plugged in. Everything else about sigma (events, camera) is wired by `app.ts`.
 */
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, EntenteGraph, GraphAttributes, NodeAttributes } from "../model/types.ts";

export type EntenteSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RendererReducers {
  node(key: string, data: NodeAttributes): Partial<NodeDisplayData>;
  edge(key: string): Partial<EdgeDisplayData>;
}

export function createRenderer(container: HTMLElement, graph: EntenteGraph, reducers: RendererReducers): EntenteSigma {
  return new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    zIndex: true,
    defaultEdgeType: "line",
    edgeProgramClasses: { curved: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>() },
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1d2433" },
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 7,
    stagePadding: 36,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    nodeReducer: (key, data) => reducers.node(key, data),
    edgeReducer: (key) => reducers.edge(key),
  });
}
