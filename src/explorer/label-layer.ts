/**
 * Draws node labels without overlap: sigma's label pass is turned into a list of candidates (its grid's picks plus
 * every forced label), and after the frame `placeLabels` chooses which to draw, reserving first the boxes sigma's
 * hover layer draws for the hovered and highlighted actors. Returns `kill()`, harmless twice.
 */
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";
import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import { placeLabels, type LabelBox, type LabelCandidate } from "./label-placement.ts";

type LabelData = Parameters<NodeLabelDrawingFunction>[1];
type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

export interface DrawnLabel {
  key: string;
  label: string;
  box: LabelBox;
}

export interface LabelLayer {
  /** The labels drawn in the last frame, with their boxes in viewport pixels (hover boxes for hovered actors). */
  drawn(): DrawnLabel[];
  kill(): void;
}

/** Sigma's hover box pads the label by this much (see `drawDiscNodeHover`). */
const HOVER_PADDING = 2;

export function createLabelLayer<N extends Attributes, E extends Attributes, G extends Attributes>(
  renderer: Sigma<N, E, G>,
  hoveredNode: () => string | null,
): LabelLayer {
  let pending: { data: LabelData & { key?: string }; settings: LabelSettings }[] = [];
  let drawn: DrawnLabel[] = [];
  const previous = renderer.getSetting("defaultDrawNodeLabel");

  // Sigma hands its own settings back to the drawing function; they are only passed on to `drawDiscNodeLabel`.
  const collect: NodeLabelDrawingFunction<N, E, G> = (_context, data, settings) =>
    void pending.push({ data, settings: settings as unknown as LabelSettings });
  renderer.setSetting("defaultDrawNodeLabel", collect);

  const onBeforeRender = () => {
    pending = [];
  };
  const onAfterRender = () => {
    const context = renderer.getCanvases().labels?.getContext("2d");
    if (context === null || context === undefined) return;
    // Sigma skipped its label pass (nothing drawn, or labels hidden while moving): nothing to place.
    const settingsNow = renderer.getSettings();
    context.font = `${settingsNow.labelWeight} ${settingsNow.labelSize}px ${settingsNow.labelFont}`;
    const fontSize = settingsNow.labelSize;
    const hovered = hoveredNode();
    const candidates: (LabelCandidate & { data: LabelData; settings: LabelSettings; label: string })[] = [];
    const seen = new Set<string>();
    for (const { data, settings } of pending) {
      const key = data.key;
      if (typeof key !== "string" || typeof data.label !== "string" || data.label === "" || seen.has(key)) continue;
      seen.add(key);
      const width = context.measureText(data.label).width;
      const onHoverLayer = key === hovered || data.highlighted === true;
      // The hover layer draws a box from the disc's left edge to the label's end; a plain label sits right of the disc.
      const box: LabelBox = onHoverLayer
        ? {
            x1: data.x - Math.max(data.size, fontSize / 2) - HOVER_PADDING,
            y1: data.y - fontSize / 2 - HOVER_PADDING,
            x2: data.x + Math.max(data.size, fontSize / 2) + HOVER_PADDING + width + 5,
            y2: data.y + fontSize / 2 + HOVER_PADDING,
          }
        : {
            x1: data.x + data.size + 3,
            y1: data.y - fontSize / 2,
            x2: data.x + data.size + 3 + width,
            y2: data.y + fontSize / 2,
          };
      candidates.push({
        key,
        box,
        rank: onHoverLayer ? 2 : data.forceLabel ? 1 : 0,
        size: data.size,
        data,
        settings,
        label: data.label,
      });
    }
    drawn = [];
    for (const kept of placeLabels(candidates) as typeof candidates) {
      drawDiscNodeLabel(context, kept.data, kept.settings);
      drawn.push({ key: kept.key, label: kept.label, box: kept.box });
    }
  };
  renderer.on("beforeRender", onBeforeRender);
  renderer.on("afterRender", onAfterRender);

  let killed = false;
  return {
    drawn: () => drawn.map((d) => ({ ...d, box: { ...d.box } })),
    kill() {
      if (killed) return;
      killed = true;
      renderer.off("beforeRender", onBeforeRender);
      renderer.off("afterRender", onAfterRender);
      renderer.setSetting("defaultDrawNodeLabel", previous);
    },
  };
}
