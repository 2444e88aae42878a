/**
 * The drawing: the sigma renderer on the display graph, its pointer events turned into store actions, the live
 * layout, camera controls, and the stage's fit to its size. Redraws when the slices it reads change: the shown
 * graph (sync the display copy, new base look), visibility and focus (reducers only, no re-indexation).
 */
import { assignInitialLayout } from "../layout/initial.ts";
import { createLiveLayout, type LiveLayout } from "../layout/supervisor.ts";
import type { EntenteGraph } from "../model/types.ts";
import { computeAppearance, type Appearance } from "./appearance.ts";
import { measuresOf } from "./analysis-view.ts";
import { analysisLook } from "./measure-look.ts";
import { createControls, type Controls } from "./controls.ts";
import { createDisplayGraph, syncDisplayGraph } from "./display-graph.ts";
import { reduceEdge, reduceNode, type ReducerContext } from "./reducers.ts";
import { createReviewMarks } from "./review-marks.ts";
import { createRenderer, type EntenteSigma } from "./renderer.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";
import { createEdgeTooltip } from "./tooltip.ts";

export interface Stage {
  renderer: EntenteSigma;
  controls: Controls;
  /** The graph sigma draws, with the current positions. */
  display: EntenteGraph;
  /** Display data the reducers produce now (for tests). */
  context(): ReducerContext;
  /** Brings a node into view: always when `center`, otherwise only if it is off screen or under the details sheet. */
  revealNode(node: string, center: boolean): void;
  /** Starts the live layout (e.g. to settle newly added actors). */
  settle(): void;
  kill(): void;
}

export interface StageOptions {
  store: Store<ExplorerState, ExplorerAction>;
  /** The element the canvas fills. */
  container: HTMLElement;
  /** Where the controls and the tooltip go (the stage's positioned parent). */
  overlay: HTMLElement;
  fullscreenTarget: HTMLElement;
  /** The details sheet, whose height covers the stage's bottom on narrow screens. */
  detailsSheet: HTMLElement;
  /** A click on a node (a selection without moving the keyboard focus); `shift` when Shift was held (a path end). */
  onClickNode(node: string, shift: boolean): void;
}

export function createStage(options: StageOptions): Stage {
  const { store, container } = options;
  const cleanups: (() => void)[] = [];
  const initial = store.getState().graph;

  // The build writes positions; a graph without them (or a hand-made one) gets the same deterministic layout here.
  const display = createDisplayGraph(initial, false);
  let missingPositions = false;
  display.forEachNode((_key, { x, y }) => {
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y))
      missingPositions = true;
  });
  if (missingPositions) assignInitialLayout(display);

  // The base look of the shown graph, and the look drawn: the base with size and colour by the chosen measure.
  let baseAppearance = computeAppearance(initial);
  const lookFor = (state: ExplorerState): Appearance => analysisLook(baseAppearance, state.analysis, measuresOf(state));
  let appearance = lookFor(store.getState());
  const context: ReducerContext = {
    appearance,
    visibility: store.getState().visibility,
    focus: store.getState().focus,
    sizeScale: 1,
  };
  const renderer = createRenderer(container, display, {
    node: (key, data) => reduceNode(key, data, context),
    edge: (key) => reduceEdge(key, context),
  });
  cleanups.push(() => renderer.kill());
  cleanups.push(
    createReviewMarks(
      renderer,
      () => store.getState(),
      (edge) => appearance.edges.get(edge)?.curvature ?? 0,
      (edge) => appearance.edges.get(edge)?.color ?? "#555",
    ),
  );

  // Sigma only watches the window; panels opening and closing resize the stage too.
  // Labels sit right of their node and fitting ignores them: keep more room on the sides of wide stages.
  // Small stages get smaller nodes and labels, or a phone shows a clump of discs.
  const fitToStage = () => {
    renderer.setSetting("stagePadding", Math.round(Math.min(90, Math.max(24, container.clientWidth * 0.13))));
    const small = Math.min(container.clientWidth, container.clientHeight);
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
  resizeObserver.observe(container);
  cleanups.push(() => resizeObserver.disconnect());

  let layout: LiveLayout | null = null;
  const layoutFor = () =>
    (layout ??= createLiveLayout(display, {
      sizeOf: (node) => appearance.nodes.get(node)?.size ?? 5,
      onStateChange: (running) => controls.setLayoutRunning(running),
    }));
  const controls = createControls({
    renderer,
    fullscreenTarget: options.fullscreenTarget,
    onLayoutToggle: () => {
      const live = layoutFor();
      if (live.isRunning()) live.stop();
      else live.start();
    },
  });
  cleanups.push(() => {
    layout?.kill();
    controls.kill();
  });
  options.overlay.append(controls.element);

  renderer.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    store.dispatch({ type: "hoverNode", node });
  });
  renderer.on("leaveNode", () => {
    container.style.cursor = "";
    store.dispatch({ type: "hoverNode", node: null });
  });
  const tooltip = createEdgeTooltip();
  options.overlay.append(tooltip.element);
  renderer.on("enterEdge", ({ edge, event }) => {
    container.style.cursor = "pointer";
    store.dispatch({ type: "hoverEdge", edge });
    const { graph, visibility } = store.getState();
    if (graph.hasEdge(edge)) tooltip.show(graph, edge, event.x, event.y, visibility);
  });
  renderer.on("leaveEdge", () => {
    container.style.cursor = "";
    store.dispatch({ type: "hoverEdge", edge: null });
    tooltip.hide();
  });
  renderer.on("clickNode", ({ node, event }) => options.onClickNode(node, event.original.shiftKey));
  // Sigma turns a second click within its double-click delay into a double click: still a selection when on a node.
  renderer.on("doubleClickNode", ({ node, event }) => options.onClickNode(node, event.original.shiftKey));
  renderer.on("clickEdge", ({ edge }) => {
    tooltip.hide();
    store.dispatch({ type: "selectEdge", edge });
  });
  renderer.on("clickStage", () => store.dispatch({ type: "clearSelection" }));

  cleanups.push(
    store.subscribe([(s) => s.graph], (state) => {
      // A layout worker holds a snapshot of the graph's structure: a new one starts on the new structure.
      const wasRunning = layout?.isRunning() ?? false;
      layout?.kill();
      layout = null;
      controls.setLayoutRunning(false);
      const { placed } = syncDisplayGraph(display, state.graph);
      baseAppearance = computeAppearance(state.graph);
      appearance = lookFor(state);
      context.appearance = appearance;
      context.visibility = state.visibility;
      context.focus = state.focus;
      renderer.refresh();
      if (wasRunning || placed.length > 0) layoutFor().start();
    }),
    store.subscribe([(s) => s.measures, (s) => s.analysis.size, (s) => s.analysis.color], (state, previous) => {
      if (previous !== null && state.graph !== previous.graph) return;
      const look = lookFor(state);
      if (look === appearance) return;
      appearance = look;
      context.appearance = look;
      renderer.refresh({ skipIndexation: true });
    }),
    store.subscribe([(s) => s.reviewing], (state) => {
      if (state.reviewing !== null) revealEdge(state.reviewing);
    }),
    store.subscribe([(s) => s.visibility, (s) => s.focus], (state, previous) => {
      if (previous !== null && state.graph !== previous.graph) return;
      context.visibility = state.visibility;
      context.focus = state.focus;
      renderer.refresh({ skipIndexation: true });
    }),
  );

  /** Brings both ends of a relation into view when one is off screen (the review queue moving on). */
  function revealEdge(edge: string): void {
    const graph = store.getState().graph;
    if (!graph.hasEdge(edge)) return;
    const ends = graph.extremities(edge).map((node) => renderer.getNodeDisplayData(node));
    if (ends.some((end) => end === undefined)) return;
    const points = ends.map((end) => renderer.framedGraphToViewport(end!));
    const { width, height } = renderer.getDimensions();
    const margin = 32;
    if (points.every((p) => p.x > margin && p.x < width - margin && p.y > margin && p.y < height - margin)) return;
    const middle = renderer.viewportToFramedGraph({
      x: (points[0]!.x + points[1]!.x) / 2,
      y: (points[0]!.y + points[1]!.y) / 2,
    });
    void renderer.getCamera().animate({ x: middle.x, y: middle.y }, { duration: 450 });
  }

  function revealNode(node: string, center: boolean): void {
    const data = renderer.getNodeDisplayData(node);
    if (data === undefined) return;
    const point = renderer.framedGraphToViewport(data);
    const { width, height } = renderer.getDimensions();
    let visibleHeight = height;
    const sheet = options.detailsSheet;
    if (!sheet.hidden && getComputedStyle(sheet).position === "absolute")
      visibleHeight = Math.max(80, sheet.getBoundingClientRect().top - container.getBoundingClientRect().top);
    const margin = 32;
    const inView = point.x > margin && point.x < width - margin && point.y > margin && point.y < visibleHeight - margin;
    if (!center && inView) return;
    // Pan so the node lands in the middle of the part of the stage that is not covered.
    const target = renderer.viewportToFramedGraph({ x: point.x, y: point.y + (height - visibleHeight) / 2 });
    void renderer.getCamera().animate({ x: target.x, y: target.y }, { duration: 450 });
  }

  let killed = false;
  return {
    renderer,
    controls,
    display,
    context: () => context,
    revealNode,
    settle: () => layoutFor().start(),
    kill() {
      if (killed) return;
      killed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
    },
  };
}
