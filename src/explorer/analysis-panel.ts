/**
 * The analysis panel of the sidebar: a path between two actors (two search boxes, or shift-click on the canvas) listed
 * hop by hop with each hop's relations linked to their evidence; the neighbourhood depth; size and colour modes with
 * their legend. Reads the store's `analysis`, `path` and `measures`; writes only through actions.
 */
import type { Measure } from "../analysis/index.ts";
import type { EntenteGraph } from "../model/types.ts";
import {
  COLOR_MODES,
  DEPTHS,
  SIZE_MODES,
  type ColorMode,
  type Depth,
  type Hop,
  type PathView,
  type SizeMode,
} from "./analysis-view.ts";
import { EDGE_TYPE_LABELS, swatch } from "./details.ts";
import { h, replaceChildren } from "./dom.ts";
import { communityColor, COMMUNITY_COLORS } from "../appearance/index.ts";
import { messages, t } from "./i18n/index.ts";
import { createSearchBox, type SearchBox } from "./search-box.ts";
import type { SearchIndex } from "./search.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";

/** Interface strings of this module, in one place for the message catalogues. */
export const LABELS = {
  get title() {
    return t("analysis.title");
  },
  get path() {
    return t("analysis.path");
  },
  get pathFrom() {
    return t("analysis.pathFrom");
  },
  get pathTo() {
    return t("analysis.pathTo");
  },
  get pathFromLabel() {
    return t("analysis.pathFromLabel");
  },
  get pathToLabel() {
    return t("analysis.pathToLabel");
  },
  get pathPlaceholder() {
    return t("analysis.pathPlaceholder");
  },
  get pathHint() {
    return t("analysis.pathHint");
  },
  get clearPath() {
    return t("analysis.clearPath");
  },
  get noPath() {
    return t("analysis.noPath");
  },
  get sameActor() {
    return t("analysis.sameActor");
  },
  hops: (n: number) => t("analysis.hops", { count: n }),
  paths: (shown: number, total: number) =>
    shown === total ? t("analysis.paths", { count: total }) : t("analysis.pathsListed", { count: total, shown }),
  pathNumber: (i: number) => t("analysis.pathNumber", { number: i }),
  get neighbourhood() {
    return t("analysis.neighbourhood");
  },
  depth: (d: Depth) => (d === 0 ? t("analysis.depthAll") : t("analysis.hops", { count: d })),
  around: (label: string) => t("analysis.around", { actor: label }),
  get pickActor() {
    return t("analysis.pickActor");
  },
  get hideIsolated() {
    return t("analysis.hideIsolated");
  },
  get appearance() {
    return t("analysis.appearance");
  },
  get sizeBy() {
    return t("analysis.sizeBy");
  },
  get colorBy() {
    return t("analysis.colorBy");
  },
  sizeModes: messages<SizeMode>({
    importance: "analysis.size.importance",
    relations: "analysis.size.relations",
    weighted: "analysis.size.weighted",
    betweenness: "analysis.size.betweenness",
    pagerank: "analysis.size.pagerank",
  }),
  colorModes: messages<ColorMode>({ type: "analysis.color.type", community: "analysis.color.community" }),
  get computing() {
    return t("analysis.computing");
  },
  get estimated() {
    return t("analysis.estimated");
  },
  community: (i: number, size: number) => t("analysis.community", { number: i + 1, count: size }),
  otherCommunities: (count: number, actors: number) =>
    t("analysis.otherCommunities", { communities: count, count: actors }),
  sizeLegend: (mode: string, label: string | null) =>
    label === null ? t("analysis.sizeLegend", { mode }) : t("analysis.sizeLegendLargest", { mode, actor: label }),
};

export interface AnalysisPanel {
  element: HTMLElement;
  kill(): void;
}

export function createAnalysisPanel(options: {
  store: Store<ExplorerState, ExplorerAction>;
  index: () => SearchIndex;
  selectNode: (node: string) => void;
  selectEdge: (edge: string) => void;
}): AnalysisPanel {
  const { store } = options;
  const setAnalysis = (analysis: Partial<ExplorerState["analysis"]>) =>
    store.dispatch({ type: "setAnalysis", analysis });

  const fromBox: SearchBox = createSearchBox({
    index: options.index,
    id: "path-from",
    label: LABELS.pathFromLabel,
    placeholder: LABELS.pathPlaceholder,
    onChoose: (node) => setAnalysis({ pathFrom: node }),
  });
  const toBox: SearchBox = createSearchBox({
    index: options.index,
    id: "path-to",
    label: LABELS.pathToLabel,
    placeholder: LABELS.pathPlaceholder,
    onChoose: (node) => setAnalysis({ pathTo: node }),
  });
  const clearButton = h(
    "button",
    {
      attrs: { type: "button", "data-action": "clear-path" },
      on: { click: () => setAnalysis({ pathFrom: null, pathTo: null }) },
    },
    LABELS.clearPath,
  );
  const pathResult = h("div", { className: "path-result", attrs: { id: "path-result", "aria-live": "polite" } });

  const depthRadios = new Map<Depth, HTMLInputElement>();
  const depthRows = DEPTHS.map((depth) => {
    const radio = h("input", {
      attrs: { type: "radio", name: "neighbourhood-depth", value: depth, "data-depth": depth },
      on: { change: () => radio.checked && setAnalysis({ depth }) },
    });
    depthRadios.set(depth, radio);
    return h("label", { className: "segment" }, radio, h("span", {}, LABELS.depth(depth)));
  });
  const depthNote = h("p", { className: "note", attrs: { id: "neighbourhood-note" } });
  const isolatedBox = h("input", {
    attrs: { type: "checkbox", id: "hide-isolated" },
    on: { change: () => setAnalysis({ hideIsolated: isolatedBox.checked }) },
  });

  const sizeSelect = h(
    "select",
    { attrs: { id: "size-mode" }, on: { change: () => setAnalysis({ size: sizeSelect.value as SizeMode }) } },
    ...SIZE_MODES.map((mode) => h("option", { attrs: { value: mode } }, LABELS.sizeModes[mode])),
  );
  const colorSelect = h(
    "select",
    { attrs: { id: "color-mode" }, on: { change: () => setAnalysis({ color: colorSelect.value as ColorMode }) } },
    ...COLOR_MODES.map((mode) => h("option", { attrs: { value: mode } }, LABELS.colorModes[mode])),
  );
  const legend = h("div", { className: "analysis-legend", attrs: { id: "analysis-legend", "aria-live": "polite" } });

  const element = h(
    "section",
    { className: "filters analysis", attrs: { id: "analysis", "aria-label": LABELS.title } },
    h(
      "fieldset",
      { className: "path" },
      h("legend", {}, LABELS.path),
      h(
        "div",
        { className: "path-ends" },
        h("span", {}, LABELS.pathFrom),
        fromBox.element,
        h("span", {}, LABELS.pathTo),
        toBox.element,
      ),
      h("p", { className: "note" }, LABELS.pathHint),
      pathResult,
    ),
    h(
      "fieldset",
      { className: "neighbourhood" },
      h("legend", {}, LABELS.neighbourhood),
      h("div", { className: "segments" }, ...depthRows),
      depthNote,
      h("label", { className: "toggle" }, isolatedBox, h("span", { className: "name" }, LABELS.hideIsolated)),
    ),
    h(
      "fieldset",
      { className: "appearance" },
      h("legend", {}, LABELS.appearance),
      h("label", { className: "mode" }, h("span", {}, LABELS.sizeBy), sizeSelect),
      h("label", { className: "mode" }, h("span", {}, LABELS.colorBy), colorSelect),
      legend,
    ),
  );

  const labelOf = (graph: EntenteGraph, node: string | null) =>
    node !== null && graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : "";

  const hopItem = (graph: EntenteGraph, hop: Hop) =>
    h(
      "li",
      { className: "hop" },
      actorLink(graph, hop.from),
      " — ",
      ...hop.edges.map((edge) => {
        const type = graph.getEdgeAttribute(edge, "type");
        const sentences = store.getState().visibility.evidence.get(edge)?.length ?? 0;
        return h(
          "button",
          {
            className: "link relation-link",
            attrs: { type: "button", "data-edge": edge, title: t("analysis.showEvidence") },
            on: { click: () => options.selectEdge(edge) },
          },
          swatch(type),
          `${EDGE_TYPE_LABELS[type]} (${sentences})`,
        );
      }),
      " — ",
      actorLink(graph, hop.to),
    );
  const actorLink = (graph: EntenteGraph, node: string) =>
    h(
      "button",
      {
        className: "link",
        attrs: { type: "button", "data-node": node },
        on: { click: () => options.selectNode(node) },
      },
      graph.getNodeAttribute(node, "label"),
    );

  const renderPath = (graph: EntenteGraph, path: PathView | null) => {
    clearButton.hidden = store.getState().analysis.pathFrom === null && store.getState().analysis.pathTo === null;
    if (path === null) return replaceChildren(pathResult, clearButton.hidden ? null : clearButton);
    if (path.problem !== null)
      return replaceChildren(pathResult, h("p", { className: "note" }, `${path.problem}.`), clearButton);
    if (path.length === null)
      return replaceChildren(pathResult, h("p", { className: "note" }, LABELS.noPath), clearButton);
    if (path.length === 0)
      return replaceChildren(pathResult, h("p", { className: "note" }, LABELS.sameActor), clearButton);
    replaceChildren(
      pathResult,
      h(
        "p",
        { className: "path-summary" },
        `${LABELS.hops(path.length)} · ${LABELS.paths(path.paths.length, path.count)}`,
      ),
      ...path.paths.map((hops, i) =>
        h(
          "div",
          { className: "path-item", attrs: { "data-path": i } },
          path.paths.length > 1 ? h("h4", {}, LABELS.pathNumber(i + 1)) : null,
          h("ol", { className: "path-hops" }, ...hops.map((hop) => hopItem(graph, hop))),
        ),
      ),
      clearButton,
    );
  };

  const renderLegend = (state: ExplorerState) => {
    const { analysis, graph } = state;
    const measures = state.measures?.visibility === state.visibility ? state.measures.values : null;
    const parts: HTMLElement[] = [];
    const waiting = (analysis.size !== "importance" || analysis.color === "community") && measures === null;
    if (waiting) parts.push(h("p", { className: "note computing" }, LABELS.computing));
    if (analysis.size !== "importance" && measures !== null) {
      const values = measures.values[analysis.size as Measure];
      let top: string | null = null;
      for (const [node, value] of values) if (top === null || value > values.get(top)!) top = node;
      parts.push(
        h(
          "p",
          { className: "note" },
          LABELS.sizeLegend(LABELS.sizeModes[analysis.size], top === null ? null : labelOf(graph, top)),
        ),
      );
      if (analysis.size === "betweenness" && measures.estimated)
        parts.push(h("p", { className: "note" }, LABELS.estimated));
    }
    if (analysis.color === "community" && measures !== null) {
      const sizes = measures.communitySizes;
      const rows = sizes.slice(0, COMMUNITY_COLORS.length).map((size, i) => {
        const dot = h("span", { className: "dot", attrs: { "aria-hidden": "true" } });
        dot.style.background = communityColor(i);
        return h("li", { attrs: { "data-community": i } }, dot, LABELS.community(i, size));
      });
      const rest = sizes.slice(COMMUNITY_COLORS.length);
      if (rest.length > 0) {
        const dot = h("span", { className: "dot", attrs: { "aria-hidden": "true" } });
        dot.style.background = communityColor(COMMUNITY_COLORS.length);
        rows.push(
          h(
            "li",
            {},
            dot,
            LABELS.otherCommunities(
              rest.length,
              rest.reduce((a, b) => a + b, 0),
            ),
          ),
        );
      }
      parts.push(h("ul", { className: "community-legend" }, ...rows));
    }
    replaceChildren(legend, ...parts);
  };

  const render = (state: ExplorerState, previous: ExplorerState | null) => {
    const { analysis, graph } = state;
    if (previous === null || analysis.pathFrom !== previous.analysis.pathFrom || graph !== previous.graph)
      fromBox.input.value = labelOf(graph, analysis.pathFrom);
    if (previous === null || analysis.pathTo !== previous.analysis.pathTo || graph !== previous.graph)
      toBox.input.value = labelOf(graph, analysis.pathTo);
    renderPath(graph, state.path);
    for (const [depth, radio] of depthRadios) radio.checked = depth === analysis.depth;
    depthNote.textContent =
      analysis.depth === 0
        ? ""
        : analysis.ego === null
          ? LABELS.pickActor
          : LABELS.around(labelOf(graph, analysis.ego));
    isolatedBox.checked = analysis.hideIsolated;
    sizeSelect.value = analysis.size;
    colorSelect.value = analysis.color;
    renderLegend(state);
  };
  const unsubscribe = store.subscribe(
    [(s) => s.analysis, (s) => s.path, (s) => s.measures, (s) => s.graph, (s) => s.visibility],
    render,
    true,
  );
  return {
    element,
    kill() {
      unsubscribe();
      fromBox.kill();
      toBox.kill();
    },
  };
}
