/**
 * Appearance: how the graph looks wherever it is drawn — colours by type and community, node sizes by importance,
 * edge widths and the curves of parallel relations. Pure (no DOM, no Node), so the explorer, the layout (which spaces
 * nodes by their drawn size), the GEXF writer and the SVG export share one look. Type labels are interface text and
 * stay with the interface strings; this module keys its tables by the model's types only.
 */
export { computeEdgeCurvatures, CURVATURE_STEP } from "./curvature.ts";
export { edgeTypeWidth, edgeWidth, MEMBERSHIP_WIDTH } from "./edge-look.ts";
export { computeAppearance, type Appearance, type EdgeLook, type NodeLook } from "./look.ts";
export { computeImportance, computeNodeSizes, MEASURE_SIZE_RANGE, NODE_SIZE_RANGE } from "./node-size.ts";
export {
  communityColor,
  COMMUNITY_COLORS,
  EDGE_TYPE_COLORS,
  hexToRgb,
  NODE_TYPE_COLORS,
  OTHER_COMMUNITY_COLOR,
  type Rgb,
} from "./palette.ts";
