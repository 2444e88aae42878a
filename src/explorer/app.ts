/**
 * Mounts the explorer on a loaded graph: creates the store, lays out the page, and connects each part to the
 * slices of state it reads — the stage (graph, visibility, focus), the filters panel, the details panel, the
 * table, the URL — and to the two controllers of the data: decisions (`curation-controller.ts`) and added
 * articles (`article-controller.ts`). Returns `kill()`, which frees the renderer, the layout worker and every listener.
 */
import { describeDecision, serializeCuration, type Curation } from "../curation/index.ts";
import { resolveViewFilter, type ViewFilter } from "../model/filter.ts";
import type { EntenteGraph } from "../model/types.ts";
import { createAnalysisPanel } from "./analysis-panel.ts";
import { measuresOf, type AnalysisSettings } from "./analysis-view.ts";
import { computeAppearance } from "../appearance/index.ts";
import { createArticleController } from "./article-controller.ts";
import type { ArticleStore } from "./article-storage.ts";
import type { CurationActions } from "./curation-controls.ts";
import { createCurationController } from "./curation-controller.ts";
import type { CurationBackend } from "./curation-storage.ts";
import { createDetailsPanel } from "./details-panel.ts";
import { edgeDetails, nodeDetails, type DetailsContext } from "./details.ts";
import { h, replaceChildren } from "./dom.ts";
import { createExportMenu } from "./export-menu.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import { t } from "./i18n/index.ts";
import { createLanguageSwitch } from "./i18n/language-switch.ts";
import { createMeasureService } from "./measure-service.ts";
import { createNotices } from "./notices.ts";
import { reduceEdge, reduceNode } from "./reducers.ts";
import { reviewContent } from "./review-panel.ts";
import { createSearchBox } from "./search-box.ts";
import { createSearchIndex, type SearchIndex } from "./search.ts";
import { createStage } from "./stage.ts";
import { initialState, reduceState, type ExplorerAction, type ExplorerState, type ViewMode } from "./state.ts";
import { createStore, type Store } from "./store.ts";
import { renderRelationTable } from "./table-view.ts";
import { articleMonths } from "./time-range.ts";
import { createLabelControls } from "./label-controls.ts";
import type { DrawnLabel } from "./label-layer.ts";
import { createTimeline } from "./timeline.ts";
import {
  decodeLabelChoice,
  decodeTimelineWidth,
  decodeUrlView,
  encodeLabelChoice,
  encodeTimelineWidth,
  encodeUrlView,
} from "./url-state.ts";

export interface ExplorerOptions {
  /** The page's query string, read once for the initial view. */
  search: string;
  /** Writes the view's query string back (e.g. `history.replaceState`). */
  replaceSearch: (search: string) => void;
  /** Where notices and errors also go, besides the page. */
  log: Pick<Console, "warn" | "error">;
  /** Notices found before mounting (e.g. a refused `?graph=`), shown with the URL's own. */
  notices?: readonly string[];
  /** The user's earlier decisions, applied on mount. */
  curation?: Curation;
  /** Where decisions are saved as they are made; none: they live as long as the page. */
  backend?: CurationBackend | null;
  /** Where articles added in the page are kept; none: they live as long as the page. */
  articleStore?: ArticleStore | null;
  /** The clock decisions are dated by (tests pass a fixed one). */
  now?: () => Date;
  /** Controls of the page around the explorer (opening another graph), placed in the top bar. */
  extraActions?: readonly HTMLElement[];
}

/** What tests and curious users can read: a summary of the state without the graph itself. */
export interface StateSummary {
  filter: ViewFilter;
  criteria: ExplorerState["criteria"];
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  view: ViewMode;
  analysis: AnalysisSettings;
}

/** Read-only hooks for end-to-end tests and curious users: what the reducers currently produce. */
export interface ExplorerDebug {
  nodeDisplay(key: string): Readonly<Record<string, unknown>> | null;
  edgeDisplay(key: string): Readonly<Record<string, unknown>> | null;
  /** Where a node is on screen, in CSS pixels relative to the stage. */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  state(): StateSummary;
  /** The camera's zoom ratio (1 = whole graph fitted; smaller = zoomed in). */
  cameraRatio(): number;
  visibleCounts(): { nodes: number; edges: number };
  /** Keys of the edges of the shown graph. */
  edges(): string[];
  /** The curation file's text as it would be saved now. */
  curation(): string;
  /** The path found between the chosen actors: its hops as actor keys, or null. */
  path(): { length: number | null; paths: string[][]; count: number } | null;
  /** One measure of every visible actor, once computed (null while computing). */
  measure(name: "relations" | "weighted" | "betweenness" | "pagerank" | "community"): Record<string, number> | null;
  /** The node labels drawn in the last frame, with their boxes in stage pixels. */
  labels(): DrawnLabel[];
}

export interface Explorer {
  debug: ExplorerDebug;
  /** Settles when the articles kept from earlier visits have been read again. */
  restored: Promise<void>;
  /** The store, for parts mounted beside the explorer. */
  store: Store<ExplorerState, ExplorerAction>;
  kill(): void;
}

export function mountExplorer(root: HTMLElement, graph: EntenteGraph, options: ExplorerOptions): Explorer {
  const cleanups: (() => void)[] = [];
  const decoded = decodeUrlView(new URLSearchParams(options.search), {
    hasNode: (k) => graph.hasNode(k),
    hasEdge: (k) => graph.hasEdge(k),
  });
  const store = createStore(reduceState, initialState(graph, decoded.view, options.curation));
  const decodedLabels = decodeLabelChoice(new URLSearchParams(options.search));
  let labelChoice = decodedLabels.choice;
  // The view's query string, with the label choice and the timeline's window width.
  const writeUrl = (state: ExplorerState = store.getState()) =>
    options.replaceSearch(
      encodeTimelineWidth(
        timeline.width(),
        encodeLabelChoice(labelChoice, encodeUrlView(state, new URLSearchParams(options.search))),
      ).toString(),
    );
  const now = options.now ?? (() => new Date());
  const notices = createNotices(options.log);

  // Derived per graph, not per state change: the article months of the time slider and the search index.
  const indexFor = (g: EntenteGraph): SearchIndex => {
    const sizes = computeAppearance(g).nodes;
    return createSearchIndex(g, (node) => sizes.get(node)?.size ?? 0);
  };
  const articlesOf = (g: EntenteGraph) => new Map(g.getAttribute("articles").map((a) => [a.id, a]));
  let searchIndex = indexFor(graph);
  let articles = articlesOf(graph);
  cleanups.push(
    store.subscribe([(s) => s.graph], ({ graph: shown }) => {
      searchIndex = indexFor(shown);
      articles = articlesOf(shown);
    }),
  );

  // ——— page structure ———
  const stageElement = h("div", {
    className: "stage",
    attrs: {
      id: "stage",
      role: "img",
      "aria-label": t("app.stageLabel", { count: graph.order }),
    },
  });
  const tableContainer = h("div", { className: "table-view", attrs: { id: "table-view", tabindex: "-1" } });
  const main = h("main", { className: "main", attrs: { "aria-label": t("app.main") } }, stageElement, tableContainer);

  const curationActions: CurationActions = {
    decide: (intent) => curation.decide(intent),
    searchIndex: () => searchIndex,
  };
  const detailsContext = (state: ExplorerState): DetailsContext => ({
    graph: state.graph,
    visibility: state.visibility,
    articles,
    actions: { selectNode: (node) => chooseNode(node, true), selectEdge: (edge) => selectEdge(edge) },
    curation: curationActions,
    measures: measuresOf(state),
    filter: state.filter,
  });
  const details = createDetailsPanel({
    store,
    content: (state) => {
      const context = detailsContext(state);
      if (state.review.open) return reviewContent(state, context, { key: (key) => curation.reviewKey(key) });
      if (state.selectedNode !== null && state.graph.hasNode(state.selectedNode))
        return nodeDetails(context, state.selectedNode);
      if (state.selectedEdge !== null && state.graph.hasEdge(state.selectedEdge))
        return edgeDetails(context, state.selectedEdge);
      return null;
    },
    onToggle: (open) => root.classList.toggle("details-open", open),
  });
  cleanups.push(() => details.kill());

  const months = articleMonths(graph.getAttribute("articles"));
  const timelineUrl = decodeTimelineWidth(new URLSearchParams(options.search));
  const timeline = createTimeline({
    store,
    months,
    width: timelineUrl.width,
    onFilter: (filter) => applyFilter(filter),
    onWidth: () => writeUrl(),
  });
  cleanups.push(() => timeline.kill());
  const filtersPanel = createFiltersPanel({
    months,
    timeline: timeline.element,
    onChange: (filter) => applyFilter(filter),
    onCriteria: (criteria) => store.dispatch({ type: "setCriteria", criteria }),
  });
  cleanups.push(
    store.subscribe(
      [(s) => s.filter, (s) => s.criteria, (s) => s.visibility],
      (s) => filtersPanel.update(s.filter, s.criteria, s.visibility),
      true,
    ),
  );
  const analysisPanel = createAnalysisPanel({
    store,
    index: () => searchIndex,
    selectNode: (node) => chooseNode(node, true),
    selectEdge: (edge) => selectEdge(edge),
  });
  cleanups.push(() => analysisPanel.kill());
  const measureService = createMeasureService(store, { onError: (message) => notices.notify(message, "warn") });
  cleanups.push(() => measureService.kill());
  const sidebar = h(
    "aside",
    { className: "sidebar", attrs: { id: "filters", "aria-label": t("app.sidebar") } },
    h("h2", { className: "sidebar-title" }, t("app.sidebarTitle")),
    filtersPanel.element,
    h("h2", { className: "sidebar-title analysis-title" }, t("app.analysisTitle")),
    analysisPanel.element,
  );

  const searchBox = createSearchBox({ index: () => searchIndex, onChoose: (node) => chooseNode(node, true) });
  cleanups.push(() => searchBox.kill());

  const viewButtons = new Map<ViewMode, HTMLButtonElement>();
  const viewSwitch = h(
    "div",
    { className: "view-switch", attrs: { role: "group", "aria-label": t("app.view") } },
    ...(["graph", "table"] as const).map((view) => {
      const button = h(
        "button",
        {
          attrs: { type: "button", "data-view": view },
          on: { click: () => store.dispatch({ type: "setView", view }) },
        },
        view === "graph" ? t("app.graphView") : t("app.tableView"),
      );
      viewButtons.set(view, button);
      return button;
    }),
  );
  const filtersToggle = h(
    "button",
    {
      className: "filters-toggle",
      attrs: { type: "button", "aria-controls": "filters", "aria-expanded": "false" },
      on: {
        click: () => {
          const open = !root.classList.contains("filters-open");
          root.classList.toggle("filters-open", open);
          filtersToggle.setAttribute("aria-expanded", String(open));
        },
      },
    },
    t("app.filtersToggle"),
  );
  const curation = createCurationController({ store, notices, backend: options.backend ?? null, now });
  cleanups.push(() => curation.kill());
  const articleController = createArticleController({
    store,
    loaded: graph,
    articleStore: options.articleStore ?? null,
    notices,
    now,
    showRelation: (edge: string) => selectEdge(edge),
  });
  cleanups.push(() => articleController.kill());
  const addArticle = articleController.ui;

  const actions = h(
    "div",
    { className: "topbar-actions" },
    addArticle.button,
    curation.reviewButton,
    curation.undoButton,
    curation.menu,
    filtersToggle,
    viewSwitch,
    ...(options.extraActions ?? []),
  );
  const header = h("header", { className: "topbar" }, h("h1", {}, "Entente"), searchBox.element, actions);
  replaceChildren(
    root,
    header,
    h("div", { className: "body" }, sidebar, main, details.element),
    notices.element,
    addArticle.dialog,
  );
  root.classList.add("explorer");

  // ——— the drawing ———
  const stage = createStage({
    store,
    container: stageElement,
    overlay: main,
    fullscreenTarget: root,
    detailsSheet: details.element,
    onClickNode: (node, shift) => (shift ? store.dispatch({ type: "pickPathEnd", node }) : chooseNode(node, false)),
    labels: labelChoice,
  });
  cleanups.push(() => stage.kill());
  const labelControls = createLabelControls(labelChoice, (choice) => {
    labelChoice = choice;
    stage.setLabels(choice);
    writeUrl(store.getState());
  });
  main.append(labelControls.element);
  const exportMenu = createExportMenu({
    getState: store.getState,
    renderer: stage.renderer,
    positioned: () => stage.display,
    notify: notices.notify,
  });
  actions.append(exportMenu.element, createLanguageSwitch());

  // ——— views, table and URL follow the state ———
  cleanups.push(
    store.subscribe(
      [(s) => s.view],
      ({ view }) => {
        root.dataset.view = view;
        for (const [mode, button] of viewButtons) button.setAttribute("aria-pressed", String(mode === view));
        tableContainer.hidden = view !== "table";
      },
      true,
    ),
    store.subscribe(
      [(s) => s.view, (s) => s.visibility, (s) => s.graph, (s) => s.measures],
      (state) => {
        if (state.view === "table") renderRelationTable(tableContainer, detailsContext(state));
      },
      true,
    ),
    store.subscribe(
      [
        (s) => s.filter,
        (s) => s.criteria,
        (s) => s.selectedNode,
        (s) => s.selectedEdge,
        (s) => s.view,
        (s) => s.analysis,
      ],
      (state) => {
        writeUrl(state);
      },
    ),
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const typing =
      target !== null && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
    if (event.key === "Escape") {
      if (exportMenu.close()) return;
      if (curation.menu.open) curation.menu.open = false;
      else if (!curation.reviewKey("Escape")) store.dispatch({ type: "clearSelection" });
      return;
    }
    // A modal dialog (adding an article) owns the keyboard: no shortcut reaches what is behind it.
    if (typing || event.altKey || addArticle.dialog.open) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !event.shiftKey) {
      event.preventDefault();
      curation.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (curation.reviewKey(event.key)) {
      event.preventDefault();
      return;
    }
    if (event.key === "q") {
      store.dispatch({ type: "openReview" });
      document.getElementById("details-title")?.focus();
    } else if (event.key === "/") {
      event.preventDefault();
      searchBox.input.focus();
    } else stage.controls.handleKey(event);
  };
  document.addEventListener("keydown", onKeyDown);
  cleanups.push(() => document.removeEventListener("keydown", onKeyDown));

  function applyFilter(raw: ViewFilter): void {
    let filter: ViewFilter;
    try {
      filter = resolveViewFilter(raw);
    } catch (error) {
      notices.notify((error as Error).message, "warn");
      return;
    }
    store.dispatch({ type: "setFilter", filter });
  }

  function focusDetailsTitle(): void {
    document.getElementById("details-title")?.setAttribute("tabindex", "-1");
    document.getElementById("details-title")?.focus();
  }

  /** Selects an actor; from search or a link, also brings it into view and moves keyboard focus to its details. */
  function chooseNode(node: string, fromKeyboardOrLink: boolean): void {
    const { graph: shown, visibility } = store.getState();
    if (!shown.hasNode(node)) return;
    if (!visibility.nodes.has(node))
      notices.notify(t("app.hiddenByFilters", { actor: shown.getNodeAttribute(node, "label") }));
    store.dispatch({ type: "selectNode", node });
    if (store.getState().view === "graph" && visibility.nodes.has(node)) stage.revealNode(node, fromKeyboardOrLink);
    if (fromKeyboardOrLink) focusDetailsTitle();
  }

  function selectEdge(edge: string): void {
    store.dispatch({ type: "selectEdge", edge });
    focusDetailsTitle();
  }

  for (const notice of [
    ...(options.notices ?? []),
    ...decoded.notices,
    ...decodedLabels.notices,
    ...timelineUrl.notices,
  ])
    notices.notify(notice, "warn");
  let killed = false;
  // Decisions about relations of added articles match once those are read again: report stale ones after that.
  const restored = articleController.restored.then(() => {
    if (!killed) root.dataset.restored = "true";
    const stale = store.getState().stale;
    if (stale.length > 0)
      options.log.warn(
        `entente: ${stale.length} saved decision(s) match nothing in this graph: ${stale.map((s) => `${describeDecision(s.decision)} (${s.reason})`).join("; ")}`,
      );
  });
  writeUrl();
  root.dataset.ready = "true";

  return {
    store,
    restored,
    debug: {
      nodeDisplay: (key) =>
        stage.display.hasNode(key)
          ? { ...reduceNode(key, stage.display.getNodeAttributes(key), stage.context()) }
          : null,
      edgeDisplay: (key) => (stage.display.hasEdge(key) ? { ...reduceEdge(key, stage.context()) } : null),
      nodeViewportPosition: (key) => {
        const data = stage.renderer.getNodeDisplayData(key);
        if (data === undefined) return null;
        const point = stage.renderer.framedGraphToViewport(data);
        return { x: point.x, y: point.y };
      },
      state: () => {
        const { filter, criteria, selectedNode, selectedEdge, hoveredNode, hoveredEdge, view, analysis } =
          store.getState();
        return structuredClone({
          filter,
          criteria,
          selectedNode,
          selectedEdge,
          hoveredNode,
          hoveredEdge,
          view,
          analysis,
        });
      },
      cameraRatio: () => stage.renderer.getCamera().ratio,
      visibleCounts: () => ({
        nodes: store.getState().visibility.nodes.size,
        edges: store.getState().visibility.edges.size,
      }),
      edges: () => store.getState().graph.edges(),
      curation: () => serializeCuration(store.getState().curation),
      path: () => {
        const path = store.getState().path;
        if (path === null) return null;
        return {
          length: path.length,
          count: path.count,
          paths: path.paths.map((hops) => (hops.length === 0 ? [] : [hops[0]!.from, ...hops.map((hop) => hop.to)])),
        };
      },
      measure: (name) => {
        const values = measuresOf(store.getState());
        if (values === null) return null;
        return Object.fromEntries(name === "community" ? values.community : values.values[name]);
      },
      labels: () => stage.drawnLabels(),
    },
    kill() {
      if (killed) return;
      killed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
      root.replaceChildren();
      delete root.dataset.ready;
      delete root.dataset.restored;
    },
  };
}
