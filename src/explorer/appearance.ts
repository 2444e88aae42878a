/**
 * The base look of every node and edge (colour by type from the shared palette, size by importance, curve or
 * line, width by weight), computed once per graph and kept outside the graph: reducers start from it.
 */
import { edgeWidth, MEMBERSHIP_WIDTH } from "../export/edge-look.ts";
import { EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from "../export/palette.ts";
import { computeNodeSizes } from "../layout/node-size.ts";
import type { EntenteGraph, NodeType } from "../model/types.ts";
import { computeEdgeCurvatures } from "../export/curvature.ts";

export interface NodeLook {
  color: string;
  size: number;
  label: string;
  type: NodeType;
}

export interface EdgeLook {
  color: string;
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

export { edgeWidth, MEMBERSHIP_WIDTH } from "../export/edge-look.ts";

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
    const membership = attributes.type === "serves";
    edges.set(key, {
      color: EDGE_TYPE_COLORS[attributes.type],
      size: membership ? MEMBERSHIP_WIDTH : edgeWidth(attributes.weight),
      type: curvature === 0 ? "line" : "curved",
      curvature,
      membership,
    });
  });
  return { nodes, edges };
}
