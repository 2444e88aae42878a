/**
 * The timeline's chart: relations per month by type as stacked SVG bars, what the filter keeps drawn in full colour
 * over the dimmed totals, and the date window outlined. SVG elements are created one by one (`createElementNS`),
 * never from markup; the bars are built once per graph and only resized when the filter moves.
 */
import { EDGE_TYPE_COLORS } from "../appearance/index.ts";
import type { TimelineCounts } from "../analysis/index.ts";
import { RELATION_TYPES, type RelationType } from "../model/types.ts";
import { EDGE_TYPE_LABELS } from "./details.ts";
import { h } from "./dom.ts";
import { formatDate, t } from "./i18n/index.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** User units of one month's slot and of the chart's height (the SVG stretches to the panel's width). */
const SLOT = 10;
const HEIGHT = 100;
/** A bar fills its slot when months are many (a gap would be thinner than a pixel), else leaves a gap. */
const barWidth = (months: number) => (months > 48 ? SLOT : 8);

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

export interface TimelineChart {
  element: HTMLElement;
  /** Draws the totals of a (new) graph; the kept part is drawn by `setKept`. */
  setTotals(totals: TimelineCounts): void;
  /** Highlights what the filter keeps and outlines the window `[first, last]` (month indices). */
  setKept(kept: TimelineCounts, window: readonly [number, number]): void;
}

/** `onMonth` is told the month clicked (its index), e.g. to move the window there. */
export function createTimelineChart(months: readonly string[], onMonth: (index: number) => void): TimelineChart {
  const width = Math.max(1, months.length) * SLOT;
  const bar = barWidth(months.length);
  const root = svg("svg", {
    viewBox: `0 0 ${width} ${HEIGHT}`,
    preserveAspectRatio: "none",
    class: "timeline-bars",
    role: "img",
    "aria-label":
      months.length === 0
        ? t("timeline.noMonths")
        : t("timeline.chart", {
            count: months.length,
            first: formatDate(months[0]!),
            last: formatDate(months.at(-1)!),
          }),
  });
  const windowRect = svg("rect", { class: "timeline-window", x: 0, y: 0, width: 0, height: HEIGHT });
  const allLayer = svg("g", { class: "timeline-all" });
  const keptLayer = svg("g", { class: "timeline-kept" });
  const hitLayer = svg("g", { class: "timeline-hits" });
  root.append(windowRect, allLayer, keptLayer, hitLayer);

  // One rect per month and type in each layer, and one transparent hit area with its tooltip per month.
  const allRects = new Map<RelationType, SVGRectElement[]>();
  const keptRects = new Map<RelationType, SVGRectElement[]>();
  for (const type of RELATION_TYPES) {
    const make = (layer: SVGGElement) =>
      months.map((_, m) => {
        const rect = svg("rect", { x: m * SLOT + (SLOT - bar) / 2, y: HEIGHT, width: bar, height: 0 });
        rect.setAttribute("fill", EDGE_TYPE_COLORS[type]);
        layer.append(rect);
        return rect;
      });
    allRects.set(type, make(allLayer));
    keptRects.set(type, make(keptLayer));
  }
  const titles = months.map((month, m) => {
    const hit = svg("rect", { x: m * SLOT, y: 0, width: SLOT, height: HEIGHT, "data-month": month });
    const title = svg("title");
    hit.append(title);
    hit.addEventListener("click", () => onMonth(m));
    hitLayer.append(hit);
    return title;
  });

  const undatedNote = h("span", { className: "timeline-undated" });
  const axis = h(
    "div",
    { className: "timeline-axis", attrs: { "aria-hidden": "true" } },
    h("span", {}, months.length === 0 ? t("timeline.noMonths") : formatDate(months[0]!)),
    h("span", {}, months.length === 0 ? "" : formatDate(months.at(-1)!)),
  );
  const element = h("div", { className: "timeline-chart" }, root, axis, undatedNote);

  let totals: TimelineCounts | null = null;
  /** User units per relation: the tallest month fills the chart. */
  let scale = 0;
  /** Bottom of each type's segment per month, from the totals (kept bars grow from the same place). */
  const bases = new Map<RelationType, Float64Array>();

  return {
    element,
    setTotals(next) {
      totals = next;
      let peak = 0;
      for (let m = 0; m < months.length; m++)
        peak = Math.max(
          peak,
          RELATION_TYPES.reduce((sum, t) => sum + next.months[t][m]!, 0),
        );
      scale = peak === 0 ? 0 : (HEIGHT - 4) / peak;
      const running = new Float64Array(months.length).fill(HEIGHT);
      for (const type of RELATION_TYPES) {
        const base = new Float64Array(months.length);
        const rects = allRects.get(type)!;
        for (let m = 0; m < months.length; m++) {
          const height = next.months[type][m]! * scale;
          base[m] = running[m]!;
          running[m] = running[m]! - height;
          rects[m]!.setAttribute("y", String(running[m]));
          rects[m]!.setAttribute("height", String(height));
        }
        bases.set(type, base);
      }
    },
    setKept(kept, [first, last]) {
      if (totals === null) return;
      for (const type of RELATION_TYPES) {
        const rects = keptRects.get(type)!;
        const base = bases.get(type)!;
        for (let m = 0; m < months.length; m++) {
          const height = kept.months[type][m]! * scale;
          rects[m]!.setAttribute("y", String(base[m]! - height));
          rects[m]!.setAttribute("height", String(height));
        }
      }
      for (let m = 0; m < months.length; m++) {
        let keptSum = 0;
        let totalSum = 0;
        const parts: string[] = [];
        for (const type of RELATION_TYPES) {
          const k = kept.months[type][m]!;
          const all = totals.months[type][m]!;
          keptSum += k;
          totalSum += all;
          if (all > 0) parts.push(`${EDGE_TYPE_LABELS[type].toLowerCase()} ${k}/${all}`);
        }
        titles[m]!.textContent = t("timeline.month", {
          month: formatDate(months[m]!),
          count: totalSum,
          kept: keptSum,
          parts: parts.length === 0 ? "" : ` (${parts.join(", ")})`,
        });
      }
      // The whole period is no window: no outline then.
      const shown = last >= first && !(first === 0 && last === months.length - 1);
      windowRect.setAttribute("x", String(shown ? first * SLOT : 0));
      windowRect.setAttribute("width", String(shown ? (last - first + 1) * SLOT : 0));
      const undatedTotal = RELATION_TYPES.reduce((n, t) => n + totals!.undated[t], 0);
      const undatedKept = RELATION_TYPES.reduce((n, t) => n + kept.undated[t], 0);
      undatedNote.textContent =
        undatedTotal === 0
          ? ""
          : t("timeline.undated", { count: undatedTotal }) +
            (undatedKept === undatedTotal ? "" : t("timeline.undatedKept", { count: undatedKept }));
      undatedNote.classList.toggle("dimmed", undatedKept < undatedTotal);
    },
  };
}
