/**
 * The filters panel, which doubles as the legend: one checkbox per relation and node type with its colour and
 * visible/total count, the time slider, "include undated", the minimum weight and confidence, the review status,
 * and the visible-count summary.
 */
import { NODE_TYPE_COLORS } from "../appearance/index.ts";
import type { ViewFilter } from "../model/filter.ts";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "../model/types.ts";
import { swatch } from "./details.ts";
import { h } from "./dom.ts";
import { formatNumber, messages, t } from "./i18n/index.ts";
import { boundsToIndices, formatMonth, indicesToBounds } from "./time-range.ts";
import {
  DEFAULT_CRITERIA,
  REVIEW_FILTERS,
  type ExplorerCriteria,
  type ReviewFilter,
  type Visibility,
} from "./visibility.ts";

export interface FiltersPanel {
  element: HTMLElement;
  /** Shows a filter and its counts; does not call `onChange`. */
  update(filter: ViewFilter, criteria: ExplorerCriteria, visibility: Visibility): void;
}

const NODE_TYPE_LABELS = messages<NodeType>({ state: "filters.states", leader: "filters.leaders" });
/** Legend names: short enough for one line beside the count. */
const LEGEND_EDGE_LABELS = messages<EdgeType>({
  cooperation: "edgeType.cooperation",
  dispute: "edgeType.dispute",
  alliance: "edgeType.alliance",
  serves: "filters.serves",
});

/** `onChange` receives a complete (unresolved) filter built from the controls. */
export function createFiltersPanel(options: {
  months: readonly string[];
  onChange: (filter: ViewFilter) => void;
  onCriteria: (criteria: Partial<ExplorerCriteria>) => void;
  /** The timeline (chart and play controls), shown above the date slider. */
  timeline?: HTMLElement;
}): FiltersPanel {
  const { months } = options;
  let current: ViewFilter | null = null;

  const edgeBoxes = new Map<EdgeType, HTMLInputElement>();
  const edgeCounts = new Map<EdgeType, HTMLElement>();
  const nodeBoxes = new Map<NodeType, HTMLInputElement>();
  const nodeCounts = new Map<NodeType, HTMLElement>();

  const emit = (patch: Partial<ViewFilter>) => {
    if (current === null) return;
    options.onChange({ ...current, ...patch });
  };

  const edgeRows = EDGE_TYPES.map((type) => {
    const box = h("input", {
      attrs: { type: "checkbox", "data-edge-type": type },
      on: { change: () => emit({ edgeTypes: EDGE_TYPES.filter((t) => edgeBoxes.get(t)!.checked) }) },
    });
    const count = h("span", { className: "count" });
    edgeBoxes.set(type, box);
    edgeCounts.set(type, count);
    return h(
      "label",
      { className: "toggle" },
      box,
      swatch(type),
      h("span", { className: "name" }, LEGEND_EDGE_LABELS[type]),
      count,
    );
  });
  const nodeRows = NODE_TYPES.map((type) => {
    const box = h("input", {
      attrs: { type: "checkbox", "data-node-type": type },
      on: { change: () => emit({ nodeTypes: NODE_TYPES.filter((t) => nodeBoxes.get(t)!.checked) }) },
    });
    const dot = h("span", { className: "dot", attrs: { "aria-hidden": "true" } });
    dot.style.background = NODE_TYPE_COLORS[type];
    const count = h("span", { className: "count" });
    nodeBoxes.set(type, box);
    nodeCounts.set(type, count);
    return h(
      "label",
      { className: "toggle" },
      box,
      dot,
      h("span", { className: "name" }, NODE_TYPE_LABELS[type]),
      count,
    );
  });

  const last = Math.max(0, months.length - 1);
  const rangeInput = (id: string, label: string) =>
    h("input", {
      attrs: { type: "range", id, min: 0, max: last, step: 1, "aria-label": label, disabled: months.length < 2 },
      on: { input: () => emitRange() },
    });
  const fromInput = rangeInput("time-from", t("filters.startMonth"));
  const toInput = rangeInput("time-to", t("filters.endMonth"));
  const rangeText = h("output", { attrs: { for: "time-from time-to", "aria-live": "polite" } });
  const undatedBox = h("input", {
    attrs: { type: "checkbox", id: "include-undated" },
    on: { change: () => emit({ includeUndated: undatedBox.checked }) },
  });
  const emitRange = () => {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    // The handles cannot cross: the one being moved pushes the other.
    if (a > b) {
      if (document.activeElement === fromInput) b = a;
      else a = b;
      fromInput.value = String(a);
      toInput.value = String(b);
    }
    showRange(a, b);
    emit(indicesToBounds(months, a, b));
  };
  const showRange = (a: number, b: number) => {
    rangeText.textContent =
      months.length === 0 ? t("filters.noDatedArticles") : `${formatMonth(months[a]!)} – ${formatMonth(months[b]!)}`;
    fromInput.setAttribute("aria-valuetext", months[a] ? formatMonth(months[a]) : "");
    toInput.setAttribute("aria-valuetext", months[b] ? formatMonth(months[b]) : "");
  };

  const minInput = h("input", {
    attrs: { type: "number", id: "min-weight", min: 1, step: 1, inputmode: "numeric" },
    on: {
      // Arrow keys and the spinner fire `input`; half-typed values wait for `change`, which also tidies the field.
      input: () => {
        const value = Number(minInput.value);
        if (Number.isInteger(value) && value >= 1 && value !== current?.minWeight) emit({ minWeight: value });
      },
      change: () => {
        const value = Math.max(1, Math.floor(Number(minInput.value) || 1));
        minInput.value = String(value);
        if (value !== current?.minWeight) emit({ minWeight: value });
      },
    },
  });
  // Confidence in hundredths: a range input's steps are exact integers, and 0 means "off".
  const confidenceText = h("output", { attrs: { for: "min-confidence", "aria-live": "polite" } });
  const confidenceInput = h("input", {
    attrs: { type: "range", id: "min-confidence", min: 0, max: 100, step: 5, "aria-label": t("filters.minConfidence") },
    on: { input: () => emit({ minConfidence: Number(confidenceInput.value) / 100 }) },
  });
  const showConfidence = (value: number) => {
    const text =
      value <= 0 ? t("filters.anyConfidence") : t("filters.confidenceAtLeast", { percent: Math.round(value * 100) });
    confidenceText.textContent = text;
    confidenceInput.setAttribute(
      "aria-valuetext",
      value <= 0
        ? t("filters.anyConfidenceSpoken")
        : t("filters.confidenceAtLeastSpoken", { percent: Math.round(value * 100) }),
    );
  };
  const reviewButtons = new Map<ReviewFilter, HTMLInputElement>();
  const REVIEW_LABELS = messages<ReviewFilter>({
    all: "filters.reviewAll",
    reviewed: "filters.reviewed",
    unreviewed: "filters.unreviewed",
  });
  const reviewRows = REVIEW_FILTERS.map((review) => {
    const radio = h("input", {
      attrs: { type: "radio", name: "review-filter", value: review, "data-review-filter": review },
      on: { change: () => radio.checked && options.onCriteria({ review }) },
    });
    reviewButtons.set(review, radio);
    return h("label", { className: "segment" }, radio, h("span", {}, REVIEW_LABELS[review]));
  });

  const summary = h("p", { className: "summary", attrs: { role: "status", id: "visible-count" } });
  const reset = h(
    "button",
    {
      attrs: { type: "button" },
      on: {
        click: () => {
          options.onChange({
            nodeTypes: NODE_TYPES,
            edgeTypes: EDGE_TYPES,
            from: null,
            to: null,
            includeUndated: true,
            minWeight: 1,
            minConfidence: 0,
          });
          options.onCriteria(DEFAULT_CRITERIA);
        },
      },
    },
    t("filters.reset"),
  );

  const element = h(
    "div",
    { className: "filters" },
    h("fieldset", {}, h("legend", {}, t("filters.relations")), ...edgeRows),
    h("fieldset", {}, h("legend", {}, t("filters.actors")), ...nodeRows),
    h(
      "fieldset",
      { className: "time" },
      h("legend", {}, t("filters.articleDates")),
      options.timeline ?? null,
      h(
        "div",
        { className: "range" },
        h("span", { className: "range-label", attrs: { "aria-hidden": "true" } }, t("filters.from")),
        fromInput,
        h("span", { className: "range-label", attrs: { "aria-hidden": "true" } }, t("filters.to")),
        toInput,
      ),
      rangeText,
      h("label", { className: "toggle" }, undatedBox, h("span", { className: "name" }, t("filters.includeUndated"))),
    ),
    h("label", { className: "min-weight" }, h("span", {}, t("filters.minWeight")), minInput),
    h(
      "div",
      { className: "min-confidence" },
      h("label", { attrs: { for: "min-confidence" } }, t("filters.minConfidence")),
      confidenceText,
      confidenceInput,
    ),
    h(
      "fieldset",
      { className: "review-filter" },
      h("legend", {}, t("filters.review")),
      h("div", { className: "segments" }, ...reviewRows),
    ),
    summary,
    reset,
  );

  return {
    element,
    update(filter, criteria, visibility) {
      const minConfidence = filter.minConfidence ?? 0;
      confidenceInput.value = String(Math.round(minConfidence * 100));
      showConfidence(minConfidence);
      for (const [review, radio] of reviewButtons) radio.checked = review === criteria.review;
      current = filter;
      for (const type of EDGE_TYPES) {
        edgeBoxes.get(type)!.checked = filter.edgeTypes.includes(type);
        const { visible, total } = visibility.edgeCounts[type];
        edgeCounts.get(type)!.textContent =
          visible === total ? formatNumber(total) : t("filters.countOf", { visible, total });
      }
      for (const type of NODE_TYPES) {
        nodeBoxes.get(type)!.checked = filter.nodeTypes.includes(type);
        const { visible, total } = visibility.nodeCounts[type];
        nodeCounts.get(type)!.textContent =
          visible === total ? formatNumber(total) : t("filters.countOf", { visible, total });
      }
      const [a, b] = boundsToIndices(months, filter.from, filter.to);
      fromInput.value = String(a);
      toInput.value = String(b);
      showRange(a, b);
      undatedBox.checked = filter.includeUndated;
      minInput.value = String(Math.max(1, filter.minWeight));
      const nodes = NODE_TYPES.reduce((n, t) => n + visibility.nodeCounts[t].visible, 0);
      const nodeTotal = NODE_TYPES.reduce((n, t) => n + visibility.nodeCounts[t].total, 0);
      const relations = EDGE_TYPES.filter((t) => t !== "serves").reduce(
        (n, t) => n + visibility.edgeCounts[t].visible,
        0,
      );
      const relationTotal = EDGE_TYPES.filter((t) => t !== "serves").reduce(
        (n, t) => n + visibility.edgeCounts[t].total,
        0,
      );
      summary.textContent = t("filters.summary", { nodes, nodeTotal, relations, relationTotal });
    },
  };
}
