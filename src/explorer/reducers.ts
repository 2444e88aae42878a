/**
 * Sigma node and edge reducers: what each item looks like given the base appearance, the filter's visibility
 * and the focus. Pure functions of their context — the graph is never written — so they are unit-tested directly
 * and exposed read-only for end-to-end checks.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { edgeWidth, MEMBERSHIP_WIDTH, type Appearance } from "../appearance/index.ts";
import type { Focus } from "./state.ts";
import type { Visibility } from "./visibility.ts";

export interface ReducerContext {
  appearance: Appearance;
  visibility: Visibility;
  focus: Focus | null;
  /** Multiplies node sizes: below 1 on small stages, where pixel-sized nodes would crowd the layout. */
  sizeScale: number;
}

/** Colour of everything outside the focus: light enough to recede, dark enough to keep the shape of the graph. */
export const DIMMED_NODE_COLOR = "#d9dde3";
export const DIMMED_EDGE_COLOR = "#eceef1";

/** Display data of a node. `data` carries the node's attributes, from which only `x` and `y` are used. */
export function reduceNode(
  key: string,
  data: { x?: number; y?: number },
  context: ReducerContext,
): Partial<NodeDisplayData> {
  const look = context.appearance.nodes.get(key);
  // The node attribute `type` ("state"/"leader") must never reach sigma, which reads `type` as the program name.
  const base = {
    x: data.x ?? 0,
    y: data.y ?? 0,
    type: "circle",
    size: (look?.size ?? 4) * context.sizeScale,
    label: look?.label ?? key,
  };
  if (!context.visibility.nodes.has(key)) return { ...base, hidden: true, color: DIMMED_NODE_COLOR, forceLabel: false };
  const focus = context.focus;
  const isState = look?.type === "state";
  if (focus === null)
    return {
      ...base,
      hidden: false,
      color: look?.color ?? "#888",
      forceLabel: isState,
      highlighted: false,
      zIndex: isState ? 1 : 0,
    };
  if (focus.nodes.has(key))
    return {
      ...base,
      hidden: false,
      color: look?.color ?? "#888",
      forceLabel: true,
      highlighted: key === focus.center,
      zIndex: 2,
    };
  return {
    ...base,
    hidden: false,
    color: DIMMED_NODE_COLOR,
    label: null,
    forceLabel: false,
    highlighted: false,
    zIndex: 0,
  };
}

/** Display data of an edge: hidden when filtered out, dimmed outside the focus, width by visible evidence. */
export function reduceEdge(key: string, context: ReducerContext): Partial<EdgeDisplayData> & { curvature: number } {
  const look = context.appearance.edges.get(key);
  const curvature = look?.curvature ?? 0;
  const type = look?.type ?? "line";
  const evidence = context.visibility.evidence.get(key);
  if (evidence === undefined) return { type, curvature, hidden: true, color: DIMMED_EDGE_COLOR, size: 0.5 };
  const size = look?.membership ? MEMBERSHIP_WIDTH : edgeWidth(evidence.length);
  const focus = context.focus;
  if (focus === null) return { type, curvature, hidden: false, color: look?.color ?? "#999", size, zIndex: 0 };
  if (focus.edges.has(key))
    return {
      type,
      curvature,
      hidden: false,
      color: look?.color ?? "#999",
      size: key === focus.edge ? size + 2 : size + 0.5,
      zIndex: 1,
    };
  return { type, curvature, hidden: false, color: DIMMED_EDGE_COLOR, size, zIndex: 0 };
}
