/**
 * Mounts the explorer on a loaded graph: creates the store, lays out the page, and connects each part to the
 * slices of state it reads — the stage (graph, visibility, focus), the filters panel, the details panel, the
 * table, the URL. Returns `kill()`, which frees the renderer, the layout worker and every listener.
 */
import { downloadBlob, downloadText } from "../export/download.ts";
import { CURATION_FILE, describeDecision, parseCuration, serializeCuration, type Curation, type Decision } from "../curation/index.ts";
import { resolveViewFilter, type ViewFilter } from "../model/filter.ts";
import { importGraph } from "../model/graph-io.ts";
import { isRelation } from "../model/types.ts";
import { createAddArticle } from "./add-article.ts";
import { createArticleExtractor } from "./article-extractor.ts";
import { fileNameFor, safeFileName } from "./article-intake.ts";
import { tarArchive, type ArticleStore, type StoredArticle } from "./article-storage.ts";
import { mergeArticleGraph } from "./merge-graph.ts";
import type { EntenteGraph } from "../model/types.ts";
import { computeAppearance } from "./appearance.ts";
import type { CurationActions, DecisionIntent } from "./curation-controls.ts";
import type { CurationBackend } from "./curation-storage.ts";
import { createDetailsPanel } from "./details-panel.ts";
import { edgeDetails, nodeDetails, type DetailsContext } from "./details.ts";
import { h, icon, replaceChildren } from "./dom.ts";
import { createExportMenu } from "./export-menu.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import { createNotices } from "./notices.ts";
import { reduceEdge, reduceNode } from "./reducers.ts";
import { reviewContent, reviewKeyAction } from "./review-panel.ts";
import { createSearchBox } from "./search-box.ts";
import { createSearchIndex, type SearchIndex } from "./search.ts";
import { createStage } from "./stage.ts";
import { initialState, reduceState, type ExplorerAction, type ExplorerState, type ViewMode } from "./state.ts";
import { createStore, type Store } from "./store.ts";
import { renderRelationTable } from "./table-view.ts";
import { articleMonths } from "./time-range.ts";
import { decodeUrlView, encodeUrlView } from "./url-state.ts";

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
  const decoded = decodeUrlView(new URLSearchParams(options.search), { hasNode: (k) => graph.hasNode(k), hasEdge: (k) => graph.hasEdge(k) });
  const store = createStore(reduceState, initialState(graph, decoded.view, options.curation));
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
    attrs: { id: "stage", role: "img", "aria-label": `Graph of ${graph.order} actors and their relations. Use the search, the table view or the details panel to explore it with the keyboard.` },
  });
  const tableContainer = h("div", { className: "table-view", attrs: { id: "table-view", tabindex: "-1" } });
  const main = h("main", { className: "main", attrs: { "aria-label": "Graph" } }, stageElement, tableContainer);

  const curationActions: CurationActions = { decide: (intent) => decide(intent), searchIndex: () => searchIndex };
  const detailsContext = (state: ExplorerState): DetailsContext => ({
    graph: state.graph,
    visibility: state.visibility,
    articles,
    actions: { selectNode: (node) => chooseNode(node, true), selectEdge: (edge) => selectEdge(edge) },
    curation: curationActions,
  });
  const details = createDetailsPanel({
    store,
    content: (state) => {
      const context = detailsContext(state);
      if (state.review.open) return reviewContent(state, context, { key: (key) => reviewKey(key) });
      if (state.selectedNode !== null && state.graph.hasNode(state.selectedNode)) return nodeDetails(context, state.selectedNode);
      if (state.selectedEdge !== null && state.graph.hasEdge(state.selectedEdge)) return edgeDetails(context, state.selectedEdge);
      return null;
    },
    onToggle: (open) => root.classList.toggle("details-open", open),
  });
  cleanups.push(() => details.kill());

  const filtersPanel = createFiltersPanel({
    months: articleMonths(graph.getAttribute("articles")),
    onChange: (filter) => applyFilter(filter),
    onCriteria: (criteria) => store.dispatch({ type: "setCriteria", criteria }),
  });
  cleanups.push(
    store.subscribe([(s) => s.filter, (s) => s.criteria, (s) => s.visibility], (s) => filtersPanel.update(s.filter, s.criteria, s.visibility), true),
  );
  const sidebar = h("aside", { className: "sidebar", attrs: { id: "filters", "aria-label": "Filters and legend" } }, h("h2", { className: "sidebar-title" }, "Filters & legend"), filtersPanel.element);

  const searchBox = createSearchBox({ index: () => searchIndex, onChoose: (node) => chooseNode(node, true) });
  cleanups.push(() => searchBox.kill());

  const viewButtons = new Map<ViewMode, HTMLButtonElement>();
  const viewSwitch = h(
    "div",
    { className: "view-switch", attrs: { role: "group", "aria-label": "View" } },
    ...(["graph", "table"] as const).map((view) => {
      const button = h("button", { attrs: { type: "button", "data-view": view }, on: { click: () => store.dispatch({ type: "setView", view }) } }, view === "graph" ? "Graph" : "Table");
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
    "Filters",
  );
  const reviewCount = h("span", { className: "badge", attrs: { "aria-hidden": "true" } });
  const reviewButton = h(
    "button",
    {
      className: "review-toggle",
      attrs: { type: "button", "data-action": "review", "aria-pressed": "false", "aria-keyshortcuts": "Q", title: "Review the relations, least confident first (Q)" },
      on: { click: () => store.dispatch(store.getState().review.open ? { type: "closeReview" } : { type: "openReview" }) },
    },
    "Review",
    reviewCount,
  );
  const undoButton = h(
    "button",
    {
      className: "undo",
      attrs: { type: "button", "data-action": "undo", "aria-label": "Undo the last decision", "aria-keyshortcuts": "Control+Z", title: "Undo the last decision (Ctrl+Z)", disabled: true },
      on: { click: () => undo() },
    },
    icon(["M8 5 4 9l4 4", "M4 9h8a4 4 0 0 1 0 8h-2"]),
    h("span", { className: "label" }, "Undo"),
  );
  const curationStatus = h("p", { className: "menu-note", attrs: { id: "curation-status" } });
  const uploadInput = h("input", {
    attrs: { type: "file", accept: ".json,application/json", hidden: true, "data-action": "upload-curation" },
    on: { change: () => void uploadCuration() },
  });
  const curationMenu = h(
    "details",
    { className: "curation-menu" },
    h("summary", {}, "Corrections"),
    h(
      "div",
      { className: "menu" },
      curationStatus,
      h("button", { attrs: { type: "button", "data-action": "download-curation" }, on: { click: () => downloadCuration() } }, `Download ${CURATION_FILE}`),
      h("button", { attrs: { type: "button" }, on: { click: () => uploadInput.click() } }, `Load a ${CURATION_FILE}…`),
      uploadInput,
    ),
  );
  // ——— articles added in the page ———
  const extractor = createArticleExtractor();
  cleanups.push(() => extractor.kill());
  /** Each added article's own graph, merged over the loaded one to make the base graph. */
  const added: { stored: StoredArticle; graph: EntenteGraph }[] = [];
  const articleStore = options.articleStore ?? null;
  const addArticle = createAddArticle({
    submit: (input) => submitArticle(input),
    added: () => added.map((a) => a.stored),
    removable: articleStore?.removable ?? true,
    remove: (file) => removeArticle(file),
    downloadCorpus: () => downloadCorpus(),
    storageLabel: articleStore?.label ?? "kept until the page closes",
    notify: (message, level) => notices.notify(message, level),
  });
  cleanups.push(() => addArticle.kill());

  const actions = h("div", { className: "topbar-actions" }, addArticle.button, reviewButton, undoButton, curationMenu, filtersToggle, viewSwitch);
  const header = h("header", { className: "topbar" }, h("h1", {}, "Entente"), searchBox.element, actions);
  replaceChildren(root, header, h("div", { className: "body" }, sidebar, main, details.element), notices.element, addArticle.dialog);
  root.classList.add("explorer");

  // ——— the drawing ———
  const stage = createStage({
    store,
    container: stageElement,
    overlay: main,
    fullscreenTarget: root,
    detailsSheet: details.element,
    onClickNode: (node) => chooseNode(node, false),
  });
  cleanups.push(() => stage.kill());
  const exportMenu = createExportMenu({ getState: store.getState, renderer: stage.renderer, positioned: () => stage.display, notify: notices.notify });
  actions.append(exportMenu.element);

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
      [(s) => s.view, (s) => s.visibility, (s) => s.graph],
      (state) => {
        if (state.view === "table") renderRelationTable(tableContainer, detailsContext(state));
      },
      true,
    ),
    store.subscribe(
      [(s) => s.queue, (s) => s.review, (s) => s.history, (s) => s.curation],
      (state) => {
        reviewCount.textContent = String(state.queue.length);
        reviewButton.setAttribute("aria-label", `Review: ${state.queue.length} relation${state.queue.length === 1 ? "" : "s"} left`);
        reviewButton.setAttribute("aria-pressed", String(state.review.open));
        undoButton.disabled = state.history.length === 0;
        const n = state.curation.decisions.length;
        curationStatus.textContent = `${n} decision${n === 1 ? "" : "s"}${options.backend ? ` · ${options.backend.label.toLowerCase()}` : " · kept until the page closes"}`;
      },
      true,
    ),
    store.subscribe([(s) => s.curation], (state) => {
      options.backend?.save(state.curation).catch((error: unknown) => notices.notify((error as Error).message, "warn"));
    }),
    store.subscribe([(s) => s.filter, (s) => s.criteria, (s) => s.selectedNode, (s) => s.selectedEdge, (s) => s.view], (state) => {
      options.replaceSearch(encodeUrlView(state, new URLSearchParams(options.search)).toString());
    }),
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
    if (event.key === "Escape") {
      if (exportMenu.close()) return;
      if (curationMenu.open) curationMenu.open = false;
      else if (!reviewKey("Escape")) store.dispatch({ type: "clearSelection" });
      return;
    }
    if (typing || event.altKey) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !event.shiftKey) {
      event.preventDefault();
      undo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (reviewKey(event.key)) {
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

  /** Records a decision, dated now, and says what happened with a way back. */
  function decide(intent: DecisionIntent): void {
    const decision = { ...intent, at: now().toISOString() } as Decision;
    const before = store.getState();
    store.dispatch({ type: "decide", decision });
    const after = store.getState();
    const stale = after.stale.find((s) => s.decision === after.curation.decisions.at(-1));
    if (stale !== undefined) notices.notify(`Could not apply "${describeDecision(decision)}": ${stale.reason}`, "warn");
    else if (decision.kind === "merge" || decision.kind === "drop" || decision.kind === "reject" || decision.kind === "reject-evidence")
      notices.notify(`${decisionSummary(decision, before)} — Undo with Ctrl+Z or the Undo button.`, "info", 6000);
  }

  function decisionSummary(decision: Decision, state: ExplorerState): string {
    const label = (node: string) => (state.graph.hasNode(node) ? state.graph.getNodeAttribute(node, "label") : node);
    const relation = (edge: string) => {
      if (!state.graph.hasEdge(edge)) return edge;
      const [a, b] = state.graph.extremities(edge);
      return `${label(a)} — ${label(b)} (${state.graph.getEdgeAttribute(edge, "type")})`;
    };
    switch (decision.kind) {
      case "merge":
        return `Merged ${label(decision.fold)} into ${label(decision.keep)}`;
      case "drop":
        return `Removed ${label(decision.node)}, not an actor`;
      case "reject":
        return `Rejected ${relation(decision.edge)}`;
      case "reject-evidence":
        return `Removed a sentence from ${relation(decision.edge)}`;
      default:
        return describeDecision(decision);
    }
  }

  function undo(): void {
    if (store.getState().history.length === 0) notices.notify("Nothing to undo.", "info", 3000);
    else store.dispatch({ type: "undo" });
  }

  /** Runs a review-queue key; returns whether it meant something there. */
  function reviewKey(key: string): boolean {
    const state = store.getState();
    const action = reviewKeyAction(state, key);
    if (action === null) return false;
    const edge = state.reviewing;
    if (action.do === "dispatch") store.dispatch(action.action);
    else if (action.do === "undo") undo();
    else if (edge !== null && action.do === "retype") {
      if (action.to !== state.graph.getEdgeAttribute(edge, "type")) decide({ kind: "retype", edge, to: action.to });
      else store.dispatch({ type: "cancelRetype" });
    } else if (edge !== null && (action.do === "accept" || action.do === "reject")) decide({ kind: action.do, edge });
    return true;
  }

  function downloadCuration(): void {
    curationMenu.open = false;
    downloadText(serializeCuration(store.getState().curation), CURATION_FILE, "application/json");
  }

  async function uploadCuration(): Promise<void> {
    curationMenu.open = false;
    const file = uploadInput.files?.[0];
    uploadInput.value = "";
    if (file === undefined) return;
    try {
      const curation = parseCuration(await file.text(), `"${file.name}"`);
      store.dispatch({ type: "loadCuration", curation });
      const { stale } = store.getState();
      notices.notify(
        `Loaded ${curation.decisions.length} decision${curation.decisions.length === 1 ? "" : "s"} from "${file.name}"${stale.length > 0 ? `; ${stale.length} match nothing in this graph` : ""}. Undo to go back.`,
        stale.length > 0 ? "warn" : "info",
      );
    } catch (error) {
      notices.notify((error as Error).message, "warn");
    }
  }

  function rebuildBase(): void {
    store.dispatch({ type: "setBase", base: added.reduce((base, article) => mergeArticleGraph(base, article.graph), graph) });
  }

  /** Reads one article in the worker and grows the graph with it; returns the refusal, or null when added. */
  async function submitArticle(input: { file: string | null; text: string | null; bytes: Uint8Array; entry: StoredArticle["entry"] }, quiet = false): Promise<string | null> {
    const articles = store.getState().base.getAttribute("articles");
    const ids = articles.map((a) => a.id);
    const file = input.file === null ? fileNameFor(input.entry.title ?? "", input.text ?? "", ids) : safeFileName(input.file);
    const result = await extractor.extract(
      { file, bytes: input.bytes, entry: input.entry },
      { ids, sha256: articles.map((a) => a.sha256), texts: added.map((a) => ({ id: a.stored.file.replace(/\.txt$/, ""), text: a.stored.text })) },
    );
    if (!result.ok) return result.reason;
    const stored: StoredArticle = { file: result.article.meta.file, title: result.article.meta.title, text: result.article.text, entry: input.entry };
    // Kept first (the folder under serve may refuse it: a name taken, the same text), then shown.
    if (!quiet && articleStore !== null) {
      try {
        await articleStore.add(stored);
      } catch (error) {
        return (error as Error).message;
      }
    }
    added.push({ stored, graph: importGraph(result.graph, `the graph of "${stored.file}"`) });
    rebuildBase();
    addArticle.refresh();
    for (const notice of result.notices) notices.notify(notice, "info", 8000);
    if (!quiet) announceArticle(result.article.meta.id, result.article.meta.title);
    return null;
  }

  /** Says what an added article brought, and opens its strongest relation so its evidence shows. */
  function announceArticle(id: string, title: string): void {
    const shown = store.getState().graph;
    const relations = shown
      .filterEdges((_edge, attributes) => isRelation(attributes) && attributes.evidence.some((e) => e.article === id))
      .sort((a, b) => shown.getEdgeAttribute(b, "weight") - shown.getEdgeAttribute(a, "weight") || (a < b ? -1 : 1));
    const actors = shown.filterNodes((_node, attributes) => attributes.articles.includes(id)).length;
    notices.notify(
      `Added "${title}": ${relations.length} relation${relations.length === 1 ? "" : "s"} and ${actors} actor${actors === 1 ? "" : "s"} found in it.`,
      relations.length === 0 ? "warn" : "info",
      8000,
    );
    const first = relations[0];
    if (first !== undefined) selectEdge(first);
  }

  function removeArticle(file: string): void {
    const index = added.findIndex((a) => a.stored.file === file);
    if (index < 0) return;
    added.splice(index, 1);
    rebuildBase();
    addArticle.refresh();
    articleStore?.remove(file).catch((error: unknown) => notices.notify((error as Error).message, "warn"));
  }

  function downloadCorpus(): void {
    const folder = "entente-articles";
    const metadata = Object.fromEntries(added.map((a) => [a.stored.file, a.stored.entry]));
    const files = [...added.map((a) => ({ name: `${folder}/${a.stored.file}`, text: a.stored.text })), { name: `${folder}/metadata.json`, text: `${JSON.stringify(metadata, null, 2)}\n` }];
    downloadBlob(new Blob([tarArchive(files, now())], { type: "application/x-tar" }), `${folder}.tar`);
  }

  /** Reads again the articles kept from earlier visits (before they are announced, decisions on them apply). */
  async function restoreArticles(): Promise<void> {
    const stored = articleStore?.load() ?? [];
    for (const article of stored) {
      const refusal = await submitArticle({ file: article.file, text: article.text, bytes: new TextEncoder().encode(article.text), entry: article.entry }, true);
      if (refusal !== null) notices.notify(`An article kept in this browser could not be read again: ${refusal}`, "warn");
    }
  }

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
    if (!visibility.nodes.has(node)) notices.notify(`${shown.getNodeAttribute(node, "label")} is hidden by the current filters; reset them to see it in the graph.`);
    store.dispatch({ type: "selectNode", node });
    if (store.getState().view === "graph" && visibility.nodes.has(node)) stage.revealNode(node, fromKeyboardOrLink);
    if (fromKeyboardOrLink) focusDetailsTitle();
  }

  function selectEdge(edge: string): void {
    store.dispatch({ type: "selectEdge", edge });
    focusDetailsTitle();
  }

  for (const notice of [...(options.notices ?? []), ...decoded.notices]) notices.notify(notice, "warn");
  let killed = false;
  // Decisions about relations of added articles match once those are read again: report stale ones after that.
  const restored = restoreArticles().then(() => {
    if (!killed) root.dataset.restored = "true";
    const stale = store.getState().stale;
    if (stale.length > 0)
      options.log.warn(`entente: ${stale.length} saved decision(s) match nothing in this graph: ${stale.map((s) => `${describeDecision(s.decision)} (${s.reason})`).join("; ")}`);
  });
  options.replaceSearch(encodeUrlView(store.getState(), new URLSearchParams(options.search)).toString());
  root.dataset.ready = "true";

  return {
    store,
    restored,
    debug: {
      nodeDisplay: (key) => (stage.display.hasNode(key) ? { ...reduceNode(key, stage.display.getNodeAttributes(key), stage.context()) } : null),
      edgeDisplay: (key) => (stage.display.hasEdge(key) ? { ...reduceEdge(key, stage.context()) } : null),
      nodeViewportPosition: (key) => {
        const data = stage.renderer.getNodeDisplayData(key);
        if (data === undefined) return null;
        const point = stage.renderer.framedGraphToViewport(data);
        return { x: point.x, y: point.y };
      },
      state: () => {
        const { filter, criteria, selectedNode, selectedEdge, hoveredNode, hoveredEdge, view } = store.getState();
        return structuredClone({ filter, criteria, selectedNode, selectedEdge, hoveredNode, hoveredEdge, view });
      },
      cameraRatio: () => stage.renderer.getCamera().ratio,
      visibleCounts: () => ({ nodes: store.getState().visibility.nodes.size, edges: store.getState().visibility.edges.size }),
      edges: () => store.getState().graph.edges(),
      curation: () => serializeCuration(store.getState().curation),
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
