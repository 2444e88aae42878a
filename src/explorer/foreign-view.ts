/**
 * A graph opened from a GEXF file that is not an Entente graph: drawn as the file says (its colours, sizes and
 * positions), with the camera and layout controls, labels without overlap, and a panel listing a clicked node's or
 * edge's attributes as text. No filters or analysis: those rest on Entente's typed relations and evidence.
 */
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import { createLiveLayout, type LiveLayout } from "../layout/supervisor.ts";
import type { EntenteGraph } from "../model/types.ts";
import { createControls } from "./controls.ts";
import { h, replaceChildren } from "./dom.ts";
import { t } from "./i18n/index.ts";
import { createLabelControls } from "./label-controls.ts";
import { createLabelLayer, type DrawnLabel } from "./label-layer.ts";
import { labelRenderSettings, type LabelChoice } from "./label-settings.ts";
import type { ForeignEdge, ForeignGraph, ForeignNode } from "./open-file.ts";

/** Interface strings of this module, in one place for the message catalogues. */
const LABELS = {
  graph: (name: string, nodes: number, edges: number) => t("foreign.stageLabel", { name, nodes, edges }),
  summary: (nodes: number, edges: number) => t("foreign.summary", { nodes, edges }),
  get about() {
    return t("foreign.about");
  },
  get node() {
    return t("foreign.node");
  },
  get edge() {
    return t("foreign.edge");
  },
  get id() {
    return t("foreign.id");
  },
  get from() {
    return t("foreign.from");
  },
  get to() {
    return t("foreign.to");
  },
  get noAttributes() {
    return t("foreign.noAttributes");
  },
  get close() {
    return t("details.close");
  },
  get main() {
    return t("app.main");
  },
  get sidebar() {
    return t("foreign.sidebar");
  },
};

export interface ForeignViewDebug {
  nodeDisplay(key: string): Readonly<Record<string, unknown>> | null;
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  visibleCounts(): { nodes: number; edges: number };
  cameraRatio(): number;
  labels(): DrawnLabel[];
}

export interface ForeignView {
  debug: ForeignViewDebug;
  kill(): void;
}

export function mountForeignView(
  root: HTMLElement,
  graph: ForeignGraph,
  options: {
    name: string;
    /** The top bar's own controls (the Open… control). */
    actions: readonly HTMLElement[];
    labels: LabelChoice;
    onLabels(choice: LabelChoice): void;
    /** The stage, once built, for dropping files onto it. */
    onStage(stage: HTMLElement): void;
  },
): ForeignView {
  const cleanups: (() => void)[] = [];
  const stage = h("div", {
    className: "stage",
    attrs: { id: "stage", role: "img", "aria-label": LABELS.graph(options.name, graph.order, graph.size) },
  });
  const main = h("main", { className: "main", attrs: { "aria-label": LABELS.main } }, stage);
  const detailsContent = h("div", { className: "details-content" });
  const details = h(
    "aside",
    { className: "details", attrs: { id: "details", "aria-labelledby": "details-title", hidden: true } },
    h(
      "button",
      { className: "close", attrs: { type: "button", "aria-label": LABELS.close }, on: { click: () => select(null) } },
      "×",
    ),
    detailsContent,
  );
  const sidebar = h(
    "aside",
    { className: "sidebar", attrs: { id: "filters", "aria-label": LABELS.sidebar } },
    h("h2", { className: "sidebar-title" }, options.name),
    h("p", { className: "foreign-summary" }, LABELS.summary(graph.order, graph.size)),
    h("p", { className: "muted" }, LABELS.about),
  );
  const header = h(
    "header",
    { className: "topbar" },
    h("h1", {}, "Entente"),
    h("div", { className: "topbar-actions" }, ...options.actions),
  );
  replaceChildren(root, header, h("div", { className: "body" }, sidebar, main, details));
  root.classList.add("explorer");
  root.dataset.view = "graph";

  // ——— drawing: the file's look; a selection keeps its neighbours vivid ———
  let selected: { node: string } | { edge: string } | null = null;
  let hovered: string | null = null;
  let neighbours = new Set<string>();
  const renderer = new Sigma<ForeignNode, ForeignEdge>(graph, stage, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    zIndex: true,
    defaultEdgeType: "line",
    edgeProgramClasses: { curved: createEdgeCurveProgram<ForeignNode, ForeignEdge>() },
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelWeight: "600",
    labelColor: { color: "#1d2433" },
    // Labels sit right of their node and fitting ignores them: room on the sides, as on the explorer's stage.
    stagePadding: 72,
    minCameraRatio: 0.02,
    maxCameraRatio: 6,
    ...labelRenderSettings(options.labels, 13),
    nodeReducer: (key, data): Partial<NodeDisplayData> => {
      const base = { x: data.x, y: data.y, size: data.size, color: data.color, label: data.label, type: "circle" };
      if (selected === null) return base;
      if ("node" in selected && (key === selected.node || neighbours.has(key)))
        return { ...base, forceLabel: true, highlighted: key === selected.node, zIndex: 1 };
      if ("edge" in selected && neighbours.has(key)) return { ...base, forceLabel: true, zIndex: 1 };
      return { ...base, color: "#d9dde3", label: null, zIndex: 0 };
    },
    edgeReducer: (key, data) => {
      const base = { size: data.size, color: data.color, label: data.label, type: "line" };
      if (selected === null) return base;
      const [source, target] = graph.extremities(key);
      const inFocus = "node" in selected ? source === selected.node || target === selected.node : key === selected.edge;
      return inFocus ? { ...base, size: base.size + 1, zIndex: 1 } : { ...base, color: "#eceef1", zIndex: 0 };
    },
  });
  cleanups.push(() => renderer.kill());
  const labelLayer = createLabelLayer(renderer, () => hovered);
  cleanups.push(() => labelLayer.kill());
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    stage.style.cursor = "pointer";
  });
  renderer.on("leaveNode", () => {
    hovered = null;
    stage.style.cursor = "";
  });
  renderer.on("clickNode", ({ node }) => select({ node }));
  renderer.on("clickEdge", ({ edge }) => select({ edge }));
  renderer.on("clickStage", () => select(null));

  const labelControls = createLabelControls(options.labels, (choice) => {
    for (const [name, value] of Object.entries(labelRenderSettings(choice, 13)) as [string, number][])
      renderer.setSetting(name as "labelSize", value);
    options.onLabels(choice);
  });
  let layout: LiveLayout | null = null;
  const controls = createControls({
    renderer,
    fullscreenTarget: root,
    onLayoutToggle: () => {
      // The live layout only reads positions, `fixed`, and edges' `type`/`weight`, which a foreign graph may lack.
      layout ??= createLiveLayout(graph as unknown as EntenteGraph, {
        sizeOf: (node) => graph.getNodeAttribute(node, "size"),
        viewportSpan: () => Math.min(stage.clientWidth, stage.clientHeight) - 144,
        onStateChange: (running) => controls.setLayoutRunning(running),
      });
      if (layout.isRunning()) layout.stop();
      else layout.start();
    },
    onZoomToSelection: () => void renderer.getCamera().animatedReset({ duration: 300 }),
  });
  cleanups.push(() => {
    layout?.kill();
    controls.kill();
  });
  main.append(controls.element, labelControls.element);
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target !== null && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
    if (event.key === "Escape") select(null);
    else if (!event.ctrlKey && !event.metaKey && !event.altKey) controls.handleKey(event);
  };
  document.addEventListener("keydown", onKeyDown);
  cleanups.push(() => document.removeEventListener("keydown", onKeyDown));
  options.onStage(stage);

  function select(next: { node: string } | { edge: string } | null): void {
    selected = next;
    neighbours = new Set(
      next === null ? [] : "node" in next ? graph.neighbors(next.node) : graph.extremities(next.edge),
    );
    details.hidden = next === null;
    root.classList.toggle("details-open", next !== null);
    replaceChildren(
      detailsContent,
      next === null ? null : "node" in next ? nodePanel(next.node) : edgePanel(next.edge),
    );
    renderer.refresh({ skipIndexation: true });
  }

  function attributeList(attributes: readonly [string, string][]): HTMLElement {
    if (attributes.length === 0) return h("p", { className: "muted" }, LABELS.noAttributes);
    // Names and values are the file's text: text nodes only.
    return h(
      "dl",
      { className: "foreign-attributes" },
      ...attributes.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)]),
    );
  }

  function nodePanel(node: string): HTMLElement {
    const attributes = graph.getNodeAttributes(node);
    return h(
      "div",
      { className: "foreign-details" },
      h("h2", { attrs: { id: "details-title", tabindex: "-1" } }, attributes.label),
      h("p", { className: "muted" }, `${LABELS.node} · ${LABELS.id} `, h("code", {}, node)),
      attributeList(attributes.attributes),
    );
  }

  function edgePanel(edge: string): HTMLElement {
    const attributes = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const name = (node: string) => graph.getNodeAttribute(node, "label");
    return h(
      "div",
      { className: "foreign-details" },
      h(
        "h2",
        { attrs: { id: "details-title", tabindex: "-1" } },
        attributes.label ?? `${name(source)} – ${name(target)}`,
      ),
      h(
        "p",
        { className: "muted" },
        `${LABELS.edge} · ${LABELS.from} ${name(source)} ${LABELS.to} ${name(target)} · ${LABELS.id} `,
        h("code", {}, edge),
      ),
      attributeList(attributes.attributes),
    );
  }

  root.dataset.ready = "true";
  let killed = false;
  return {
    debug: {
      nodeDisplay: (key) => (graph.hasNode(key) ? { ...renderer.getNodeDisplayData(key) } : null),
      nodeViewportPosition: (key) => {
        const data = renderer.getNodeDisplayData(key);
        return data === undefined ? null : renderer.framedGraphToViewport(data);
      },
      visibleCounts: () => ({ nodes: graph.order, edges: graph.size }),
      cameraRatio: () => renderer.getCamera().ratio,
      labels: () => labelLayer.drawn(),
    },
    kill() {
      if (killed) return;
      killed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
      root.replaceChildren();
      root.classList.remove("details-open");
      delete root.dataset.ready;
    },
  };
}
