/**
 * The current view as an SVG scene: what sigma draws now — positions through the camera (graph → viewport), sizes
 * as scaled on screen, colours and hidden items from the reducers, curvatures, the labels sigma chose to show — plus
 * the legend of the current modes. The pure writer (`export/svg.ts`) turns it into the file.
 */
import type { SvgEdge, SvgLegendGroup, SvgNode, SvgScene } from "../export/svg.ts";
import { DEFAULT_FONT } from "../export/svg-scene.ts";
import { communityColor, COMMUNITY_COLORS, EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from "../appearance/index.ts";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type EntenteGraph, type NodeType } from "../model/types.ts";
import { LABELS as ANALYSIS_LABELS } from "./analysis-panel.ts";
import { measuresOf } from "./analysis-view.ts";
import { messages, t } from "./i18n/index.ts";
import type { EntenteSigma } from "./renderer.ts";
import type { ExplorerState } from "./state.ts";

/** The legend's names, in the interface's language (the CLI's image uses `SVG_LABELS`, in English). */
const NODE_TYPE_LABELS = messages<NodeType>({ state: "details.state", leader: "table.leader" });
const EDGE_TYPE_LABELS = messages<EdgeType>({
  cooperation: "edgeType.cooperation",
  dispute: "edgeType.dispute",
  alliance: "edgeType.alliance",
  serves: "filters.serves",
});

/** The stage's background, so the image looks like the screen. */
const BACKGROUND = "#fbfcfd";

/** The legend of what the view shows: node colours by type or community, relation types, the size mode. */
export function viewLegend(state: ExplorerState): SvgLegendGroup[] {
  const groups: SvgLegendGroup[] = [];
  const measures = measuresOf(state);
  if (state.analysis.color === "community" && measures !== null) {
    groups.push({
      title: ANALYSIS_LABELS.colorModes.community,
      items: measures.communitySizes.slice(0, COMMUNITY_COLORS.length + 1).map((size, i) => ({
        kind: "dot" as const,
        color: communityColor(i),
        label:
          i < COMMUNITY_COLORS.length
            ? ANALYSIS_LABELS.community(i, size)
            : ANALYSIS_LABELS.otherCommunities(
                measures.communitySizes.length - COMMUNITY_COLORS.length,
                measures.communitySizes.slice(COMMUNITY_COLORS.length).reduce((a, b) => a + b, 0),
              ),
      })),
    });
  } else {
    groups.push({
      title: t("filters.actors"),
      items: NODE_TYPES.filter((t) => state.visibility.nodeCounts[t].visible > 0).map((t) => ({
        kind: "dot" as const,
        color: NODE_TYPE_COLORS[t],
        label: NODE_TYPE_LABELS[t],
      })),
    });
  }
  groups.push({
    title: t("filters.relations"),
    items: EDGE_TYPES.filter((t) => state.visibility.edgeCounts[t].visible > 0).map((t) => ({
      kind: "line" as const,
      color: EDGE_TYPE_COLORS[t],
      label: EDGE_TYPE_LABELS[t],
    })),
  });
  if (state.analysis.size !== "importance")
    groups.push({
      title: t("export.legendSize", {
        sizeBy: ANALYSIS_LABELS.sizeBy,
        mode: ANALYSIS_LABELS.sizeModes[state.analysis.size],
      }),
      items: [],
    });
  return groups.filter((group) => group.items.length > 0 || group.title !== "");
}

/** The scene of the view as sigma draws it now. */
export function viewScene(renderer: EntenteSigma, display: EntenteGraph, state: ExplorerState): SvgScene {
  const { width, height } = renderer.getDimensions();
  const labelled = renderer.getNodeDisplayedLabels();
  const byDrawOrder = (a: { z: number; key: string }, b: { z: number; key: string }) =>
    a.z - b.z || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const points = new Map<string, { x: number; y: number }>();
  const nodes: (SvgNode & { z: number })[] = [];
  display.forEachNode((key) => {
    const data = renderer.getNodeDisplayData(key);
    if (data === undefined || data.hidden) return;
    const point = renderer.framedGraphToViewport(data);
    points.set(key, point);
    nodes.push({
      key,
      x: point.x,
      y: point.y,
      radius: renderer.scaleSize(data.size),
      color: data.color,
      label: (labelled.has(key) || data.forceLabel) && data.label ? data.label : null,
      emphasis: data.highlighted,
      z: data.zIndex,
    });
  });
  const edges: (SvgEdge & { z: number })[] = [];
  display.forEachEdge((key, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(key);
    const from = points.get(source);
    const to = points.get(target);
    if (data === undefined || data.hidden || from === undefined || to === undefined) return;
    // The reducers add `curvature` for the curve program; sigma's display-data type does not declare it.
    const curvature = (data as unknown as { curvature?: number }).curvature ?? 0;
    edges.push({
      key,
      source: from,
      target: to,
      color: data.color,
      width: Math.max(0.5, renderer.scaleSize(data.size)),
      curvature: data.type === "curved" ? curvature : 0,
      z: data.zIndex,
    });
  });
  const font = {
    ...DEFAULT_FONT,
    size: renderer.getSetting("labelSize"),
    weight: renderer.getSetting("labelWeight"),
  };
  return {
    width,
    height,
    background: BACKGROUND,
    nodes: nodes.sort(byDrawOrder).map(({ z: _z, ...node }) => node),
    edges: edges.sort(byDrawOrder).map(({ z: _z, ...edge }) => edge),
    legend: viewLegend(state),
    title: state.graph.getAttribute("name") || "Entente",
    font,
  };
}
