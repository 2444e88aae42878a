/**
 * The edge tooltip: hovering a relation shows its type, ends, weight and dates next to the pointer; a click opens
 * its evidence in the details panel. Text only, through `h`.
 */
import type { EntenteGraph } from "../model/types.ts";
import { EDGE_TYPE_LABELS, swatch } from "./details.ts";
import { h, replaceChildren } from "./dom.ts";
import { t } from "./i18n/index.ts";
import { formatMonth } from "./time-range.ts";
import type { Visibility } from "./visibility.ts";

export interface EdgeTooltip {
  element: HTMLElement;
  show(graph: EntenteGraph, edge: string, x: number, y: number, visibility: Visibility): void;
  hide(): void;
}

export function createEdgeTooltip(): EdgeTooltip {
  const element = h("div", { className: "tooltip", attrs: { role: "tooltip", hidden: true } });
  return {
    element,
    show(graph, edge, x, y, visibility) {
      const attributes = graph.getEdgeAttributes(edge);
      const [source, target] = graph.extremities(edge);
      const count = visibility.evidence.get(edge)?.length ?? attributes.weight;
      const dates =
        attributes.firstDate === null || attributes.lastDate === null
          ? t("date.undated")
          : `${formatMonth(attributes.firstDate.slice(0, 7))} – ${formatMonth(attributes.lastDate.slice(0, 7))}`;
      replaceChildren(
        element,
        h("strong", {}, swatch(attributes.type), EDGE_TYPE_LABELS[attributes.type]),
        h(
          "span",
          {},
          graph.getNodeAttribute(source, "label"),
          attributes.type === "serves" ? " → " : " — ",
          graph.getNodeAttribute(target, "label"),
        ),
        h("span", { className: "muted" }, `${t("details.sentences", { count })} · ${dates} · ${t("tooltip.click")}`),
      );
      element.hidden = false;
      // Keep the box inside the stage: flip to the left/top of the pointer near the right/bottom edges.
      const parent = element.parentElement?.getBoundingClientRect();
      const flipX = parent !== undefined && x > parent.width - 260;
      const flipY = parent !== undefined && y > parent.height - 90;
      element.style.transform = `translate(${flipX ? "calc(-100% - 12px)" : "12px"}, ${flipY ? "calc(-100% - 12px)" : "12px"})`;
      element.style.left = `${x}px`;
      element.style.top = `${y}px`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
