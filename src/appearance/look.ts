/**
 * The default look of every node and edge (colour by type from the palette, size by importance, curve or line, width
 * by weight), computed once per graph and kept outside the graph: the explorer's reducers start from it, the GEXF
 * writer and the SVG export write it.
 */
import type { EntenteGraph, NodeType } from "../model/types.ts";
import { computeEdgeCurvatures } from "./curvature.ts";
import { edgeTypeWidth } from "./edge-look.ts";
import { computeNodeSizes } from "./node-size.ts";
import { EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from "./palette.ts";

export interface NodeLook {
  color: string;
  size: number;
  label: string;
  type: NodeType;
}

export interface EdgeLook {
  color: string;
  /** Width in pixels, by the edge's weight (its supporting sentences). */
  size: number;
  /** Sigma program: "curved" for relations that share their pair with another edge, "line" otherwise. */
  type: "line" | "curved";
  curvature: number;
  /** A leader→state link rather than a relation. */
  membership: boolean;
}

export interface Appearance {
  nodes: ReadonlyMap<string, NodeLook>;
  edges: ReadonlyMap<string, EdgeLook>;
}

/** The default look of every node and edge of `graph`. */
export function computeAppearance(graph: EntenteGraph): Appearance {
  const sizes = computeNodeSizes(graph);
  const curvatures = computeEdgeCurvatures(graph);
  const nodes = new Map<string, NodeLook>();
  graph.forEachNode((key, attributes) => {
    nodes.set(key, {
      color: NODE_TYPE_COLORS[attributes.type],
      size: sizes.get(key) ?? 4,
      label: attributes.label,
      type: attributes.type,
    });
  });
  const edges = new Map<string, EdgeLook>();
  graph.forEachEdge((key, attributes) => {
    const curvature = curvatures.get(key) ?? 0;
    edges.set(key, {
      color: EDGE_TYPE_COLORS[attributes.type],
      size: edgeTypeWidth(attributes.type, attributes.weight),
      type: curvature === 0 ? "line" : "curved",
      curvature,
      membership: attributes.type === "serves",
    });
  });
  return { nodes, edges };
}
