/**
 * Mounts the explorer on a loaded graph: builds the page, creates the renderer, and runs the one loop of the
 * app — an action goes through `reduceState`, then visibility, focus, panels, table and URL are derived from the
 * new state. Returns `kill()`, which frees the renderer, the layout worker and every listener.
 */
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { downloadText } from "../export/download.ts";
import { writeGexf } from "../export/gexf.ts";
import { assignInitialLayout } from "../layout/initial.ts";
import { createLiveLayout, type LiveLayout } from "../layout/supervisor.ts";
import { filterGraph, resolveViewFilter, type ViewFilter } from "../model/filter.ts";
import type { EntenteGraph } from "../model/types.ts";
import { computeAppearance } from "./appearance.ts";
import { createControls } from "./controls.ts";
import { edgeDetails, nodeDetails, type DetailsContext } from "./details.ts";
import { h, replaceChildren } from "./dom.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import { reduceEdge, reduceNode, type ReducerContext } from "./reducers.ts";
import { createRenderer } from "./renderer.ts";
import { createSearchBox } from "./search-box.ts";
import { createSearchIndex } from "./search.ts";
import { createEdgeTooltip } from "./tooltip.ts";
import { computeFocus, INITIAL_STATE, reduceState, type ExplorerAction, type ExplorerState, type ViewMode } from "./state.ts";
import { renderRelationTable } from "./table-view.ts";
import { articleMonths } from "./time-range.ts";
import { decodeUrlView, encodeUrlView } from "./url-state.ts";
import { computeVisibility } from "./visibility.ts";

export interface ExplorerOptions {
  /** The page's query string, read once for the initial view. */
  search: string;
  /** Writes the view's query string back (e.g. `history.replaceState`). */
  replaceSearch: (search: string) => void;
  /** Where notices and errors also go, besides the page. */
  log: Pick<Console, "warn" | "error">;
  /** Notices found before mounting (e.g. a refused `?graph=`), shown with the URL's own. */
  notices?: readonly string[];
}

/** Read-only hooks for end-to-end tests and curious users: what the reducers currently produce. */
export interface ExplorerDebug {
  nodeDisplay(key: string): Readonly<Record<string, unknown>> | null;
  edgeDisplay(key: string): Readonly<Record<string, unknown>> | null;
  /** Where a node is on screen, in CSS pixels relative to the stage. */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  state(): Readonly<ExplorerState>;
  /** The camera's zoom ratio (1 = whole graph fitted; smaller = zoomed in). */
  cameraRatio(): number;
  visibleCounts(): { nodes: number; edges: number };
}

export interface Explorer {
  debug: ExplorerDebug;
  kill(): void;
}

export function mountExplorer(root: HTMLElement, graph: EntenteGraph, options: ExplorerOptions): Explorer {
  const cleanups: (() => void)[] = [];
  const listen = <K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void) => {
    target.addEventListener(type, handler);
    cleanups.push(() => target.removeEventListener(type, handler));
  };

  // The build writes positions; a graph without them (or a hand-made one) gets the same deterministic layout here.
  let missingPositions = false;
  graph.forEachNode((_key, { x, y }) => {
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) missingPositions = true;
  });
  if (missingPositions) assignInitialLayout(graph);

  const appearance = computeAppearance(graph);
  const articles = new Map(graph.getAttribute("articles").map((a) => [a.id, a]));
  const months = articleMonths(graph.getAttribute("articles"));
  const searchIndex = createSearchIndex(graph, (node) => appearance.nodes.get(node)?.size ?? 0);

  const decoded = decodeUrlView(new URLSearchParams(options.search), { hasNode: (k) => graph.hasNode(k), hasEdge: (k) => graph.hasEdge(k) });
  let state: ExplorerState = { ...INITIAL_STATE, ...decoded.view };
  let visibility = computeVisibility(graph, state.filter);
  const context: ReducerContext = { appearance, visibility, focus: computeFocus(graph, state, visibility), sizeScale: 1 };

  // ——— page structure ———
  const notices = h("div", { className: "notices", attrs: { role: "status", "aria-live": "polite" } });
  const stage = h("div", { className: "stage", attrs: { id: "stage", role: "img", "aria-label": `Graph of ${graph.order} actors and their relations. Use the search, the table view or the details panel to explore it with the keyboard.` } });
  const tableContainer = h("div", { className: "table-view", attrs: { id: "table-view", tabindex: "-1" } });
  const detailsContent = h("div", { className: "details-content" });
  const details = h(
    "aside",
    { className: "details", attrs: { id: "details", "aria-labelledby": "details-title", tabindex: "-1", hidden: true } },
    h("button", { className: "close", attrs: { type: "button", "aria-label": "Close details" }, on: { click: () => dispatch({ type: "clearSelection" }) } }, "×"),
    detailsContent,
  );
  const filtersPanel = createFiltersPanel({ months, onChange: (filter) => applyFilter(filter) });
  const sidebar = h("aside", { className: "sidebar", attrs: { id: "filters", "aria-label": "Filters and legend" } }, h("h2", { className: "sidebar-title" }, "Filters & legend"), filtersPanel.element);
  const searchBox = createSearchBox({ index: searchIndex, onChoose: (node) => chooseNode(node, true) });
  cleanups.push(() => searchBox.kill());

  const viewButtons = new Map<ViewMode, HTMLButtonElement>();
  const viewSwitch = h(
    "div",
    { className: "view-switch", attrs: { role: "group", "aria-label": "View" } },
    ...(["graph", "table"] as const).map((view) => {
      const button = h("button", { attrs: { type: "button", "data-view": view }, on: { click: () => dispatch({ type: "setView", view }) } }, view === "graph" ? "Graph" : "Table");
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

  const exportMenu = h(
    "details",
    { className: "export-menu" },
    h("summary", {}, "Export"),
    h(
      "div",
      { className: "menu" },
      h("button", { attrs: { type: "button", "data-export": "png" }, on: { click: () => void exportPng() } }, "Image of the view (PNG)"),
      h("button", { attrs: { type: "button", "data-export": "gexf-view" }, on: { click: () => exportGexf(true) } }, "GEXF — filtered view"),
      h("button", { attrs: { type: "button", "data-export": "gexf-all" }, on: { click: () => exportGexf(false) } }, "GEXF — whole graph"),
    ),
  );

  const header = h(
    "header",
    { className: "topbar" },
    h("h1", {}, "Entente"),
    searchBox.element,
    h("div", { className: "topbar-actions" }, filtersToggle, viewSwitch, exportMenu),
  );
  const main = h("main", { className: "main", attrs: { "aria-label": "Graph" } }, stage, tableContainer);
  replaceChildren(root, header, h("div", { className: "body" }, sidebar, main, details), notices);
  root.classList.add("explorer");

  // ——— renderer ———
  const renderer = createRenderer(stage, graph, {
    node: (key, data) => reduceNode(key, data, context),
    edge: (key) => reduceEdge(key, context),
  });
  cleanups.push(() => renderer.kill());
  // Sigma only watches the window; panels opening and closing resize the stage too.
  // Labels sit right of their node and fitting ignores them: keep more room on the sides of wide stages.
  // Small stages get smaller nodes and labels, or a phone shows a clump of discs.
  const fitToStage = () => {
    renderer.setSetting("stagePadding", Math.round(Math.min(90, Math.max(24, stage.clientWidth * 0.13))));
    const small = Math.min(stage.clientWidth, stage.clientHeight);
    const scale = Math.min(1, Math.max(0.55, small / 700));
    renderer.setSetting("labelSize", scale < 0.8 ? 11 : 13);
    if (scale !== context.sizeScale) {
      context.sizeScale = scale;
      renderer.refresh();
    }
  };
  fitToStage();
  const resizeObserver = new ResizeObserver(() => {
    fitToStage();
    renderer.resize();
  });
  resizeObserver.observe(stage);
  cleanups.push(() => resizeObserver.disconnect());

  let layout: LiveLayout | null = null;
  const controls = createControls({
    renderer,
    fullscreenTarget: root,
    onLayoutToggle: () => {
      layout ??= createLiveLayout(graph, {
        sizeOf: (node) => appearance.nodes.get(node)?.size ?? 5,
        onStateChange: (running) => controls.setLayoutRunning(running),
      });
      if (layout.isRunning()) layout.stop();
      else layout.start();
    },
  });
  cleanups.push(() => {
    layout?.kill();
    controls.kill();
  });
  main.append(controls.element);

  renderer.on("enterNode", ({ node }) => {
    stage.style.cursor = "pointer";
    dispatch({ type: "hoverNode", node });
  });
  renderer.on("leaveNode", () => {
    stage.style.cursor = "";
    dispatch({ type: "hoverNode", node: null });
  });
  const tooltip = createEdgeTooltip(graph);
  main.append(tooltip.element);
  renderer.on("enterEdge", ({ edge, event }) => {
    stage.style.cursor = "pointer";
    dispatch({ type: "hoverEdge", edge });
    tooltip.show(edge, event.x, event.y, visibility);
  });
  renderer.on("leaveEdge", () => {
    stage.style.cursor = "";
    dispatch({ type: "hoverEdge", edge: null });
    tooltip.hide();
  });
  renderer.on("clickNode", ({ node }) => chooseNode(node, false));
  // Sigma turns a second click within its double-click delay into a double click: still a selection when on a node.
  renderer.on("doubleClickNode", ({ node }) => chooseNode(node, false));
  renderer.on("clickEdge", ({ edge }) => {
    tooltip.hide();
    dispatch({ type: "selectEdge", edge });
  });
  renderer.on("clickStage", () => dispatch({ type: "clearSelection" }));

  listen(document, "keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
    if (event.key === "Escape") {
      if (exportMenu.open) exportMenu.open = false;
      else dispatch({ type: "clearSelection" });
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/") {
      event.preventDefault();
      searchBox.input.focus();
    } else controls.handleKey(event);
  });

  // ——— the loop ———
  const detailsContext = (): DetailsContext => ({
    graph,
    visibility,
    articles,
    actions: { selectNode: (node) => chooseNode(node, true), selectEdge: (edge) => selectEdge(edge) },
  });

  function dispatch(action: ExplorerAction): void {
    const previous = state;
    state = reduceState(state, action);
    if (state === previous) return;
    render(previous);
  }

  function render(previous: ExplorerState | null): void {
    const filterChanged = previous === null || previous.filter !== state.filter;
    const selectionChanged = previous === null || previous.selectedNode !== state.selectedNode || previous.selectedEdge !== state.selectedEdge;
    const viewChanged = previous === null || previous.view !== state.view;
    context.visibility = visibility;
    // One neighbour computation per hover or selection change; reducers then only look up sets.
    context.focus = computeFocus(graph, state, visibility);
    renderer.refresh({ skipIndexation: true });

    if (filterChanged) filtersPanel.update(state.filter, visibility);
    if (filterChanged || selectionChanged) renderDetails();
    if (viewChanged) {
      root.dataset.view = state.view;
      for (const [view, button] of viewButtons) button.setAttribute("aria-pressed", String(view === state.view));
      tableContainer.hidden = state.view !== "table";
    }
    if (state.view === "table" && (filterChanged || viewChanged)) renderRelationTable(tableContainer, detailsContext());
    if (filterChanged || selectionChanged || viewChanged) {
      const params = encodeUrlView(state, new URLSearchParams(options.search));
      options.replaceSearch(params.toString());
    }
  }

  function renderDetails(): void {
    const ctx = detailsContext();
    if (state.selectedNode !== null && graph.hasNode(state.selectedNode)) {
      replaceChildren(detailsContent, nodeDetails(ctx, state.selectedNode));
      details.hidden = false;
    } else if (state.selectedEdge !== null && graph.hasEdge(state.selectedEdge)) {
      replaceChildren(detailsContent, edgeDetails(ctx, state.selectedEdge));
      details.hidden = false;
    } else {
      replaceChildren(detailsContent);
      details.hidden = true;
    }
    root.classList.toggle("details-open", !details.hidden);
  }

  function notify(message: string, level: "info" | "warn" = "info"): void {
    if (level === "warn") options.log.warn(`entente: ${message}`);
    const item = h("p", { className: `notice notice-${level}` }, message, h("button", { className: "close", attrs: { type: "button", "aria-label": "Dismiss notice" }, on: { click: () => item.remove() } }, "×"));
    notices.append(item);
  }

  function applyFilter(raw: ViewFilter): void {
    let filter: ViewFilter;
    try {
      filter = resolveViewFilter(raw);
    } catch (error) {
      notify((error as Error).message, "warn");
      return;
    }
    visibility = computeVisibility(graph, filter);
    dispatch({ type: "setFilter", filter, visibility });
  }

  /** Selects an actor; from search or a link, also brings it into view and moves keyboard focus to its details. */
  function chooseNode(node: string, fromKeyboardOrLink: boolean): void {
    if (!visibility.nodes.has(node)) notify(`${graph.getNodeAttribute(node, "label")} is hidden by the current filters; reset them to see it in the graph.`);
    dispatch({ type: "selectNode", node });
    if (state.view === "graph" && visibility.nodes.has(node)) revealNode(node, fromKeyboardOrLink);
    if (!fromKeyboardOrLink) return;
    document.getElementById("details-title")?.setAttribute("tabindex", "-1");
    document.getElementById("details-title")?.focus();
  }

  /**
   * Animates the camera to a node: always when asked (search, links), otherwise only if the node is off screen or
   * under the details sheet (narrow screens, where the panel covers the bottom of the stage).
   */
  function revealNode(node: string, center: boolean): void {
    const display = renderer.getNodeDisplayData(node);
    if (display === undefined) return;
    const point = renderer.framedGraphToViewport(display);
    const { width, height } = renderer.getDimensions();
    let visibleHeight = height;
    if (!details.hidden && getComputedStyle(details).position === "absolute")
      visibleHeight = Math.max(80, details.getBoundingClientRect().top - stage.getBoundingClientRect().top);
    const margin = 32;
    const inView = point.x > margin && point.x < width - margin && point.y > margin && point.y < visibleHeight - margin;
    if (!center && inView) return;
    // Pan so the node lands in the middle of the part of the stage that is not covered.
    const target = renderer.viewportToFramedGraph({ x: point.x, y: point.y + (height - visibleHeight) / 2 });
    void renderer.getCamera().animate({ x: target.x, y: target.y }, { duration: 450 });
  }

  function selectEdge(edge: string): void {
    dispatch({ type: "selectEdge", edge });
    document.getElementById("details-title")?.setAttribute("tabindex", "-1");
    document.getElementById("details-title")?.focus();
  }

  async function exportPng(): Promise<void> {
    exportMenu.open = false;
    try {
      // export-image is typed for untyped graphs only; it reads nothing of our attributes, so widening is safe.
      await downloadAsPNG(renderer as unknown as Sigma, { fileName: fileBase(), backgroundColor: "#ffffff" });
    } catch (error) {
      notify(`Could not export the image: ${(error as Error).message}`, "warn");
    }
  }

  function exportGexf(filtered: boolean): void {
    exportMenu.open = false;
    try {
      const text = writeGexf(filtered ? filterGraph(graph, state.filter) : graph);
      downloadText(text, `${fileBase()}${filtered ? "-view" : ""}.gexf`, "application/gexf+xml");
    } catch (error) {
      notify(`Could not export GEXF: ${(error as Error).message}`, "warn");
    }
  }

  function fileBase(): string {
    const name = graph.getAttribute("name") || "entente";
    return name.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "entente";
  }

  for (const notice of [...(options.notices ?? []), ...decoded.notices]) notify(notice, "warn");
  render(null);
  root.dataset.ready = "true";

  let killed = false;
  return {
    debug: {
      nodeDisplay: (key) => (graph.hasNode(key) ? { ...reduceNode(key, graph.getNodeAttributes(key), context) } : null),
      edgeDisplay: (key) => (graph.hasEdge(key) ? { ...reduceEdge(key, context) } : null),
      nodeViewportPosition: (key) => {
        const display = renderer.getNodeDisplayData(key);
        if (display === undefined) return null;
        const point = renderer.framedGraphToViewport(display);
        return { x: point.x, y: point.y };
      },
      state: () => structuredClone(state),
      cameraRatio: () => renderer.getCamera().ratio,
      visibleCounts: () => ({ nodes: visibility.nodes.size, edges: visibility.edges.size }),
    },
    kill() {
      if (killed) return;
      killed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
      root.replaceChildren();
      delete root.dataset.ready;
    },
  };
}
