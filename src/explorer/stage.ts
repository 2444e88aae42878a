/**
 * The drawing: the sigma renderer on the display graph, its pointer events turned into store actions, the live
 * layout, camera controls, and the stage's fit to its size. Redraws when the slices it reads change: the shown
 * graph (sync the display copy, new base look), visibility and focus (reducers only, no re-indexation).
 */
import { assignInitialLayout } from "../layout/index.ts";
import { createLiveLayout, type LiveLayout } from "../layout/supervisor.ts";
import type { MouseCoords } from "sigma/types";
import type { EntenteGraph, NodeAttributes } from "../model/types.ts";
import { computeAppearance, type Appearance } from "../appearance/index.ts";
import { measuresOf } from "./analysis-view.ts";
import { analysisLook } from "./measure-look.ts";
import { createControls, type Controls } from "./controls.ts";
import { createDisplayGraph, syncDisplayGraph } from "./display-graph.ts";
import { createLabelLayer, type DrawnLabel } from "./label-layer.ts";
import { DEFAULT_LABEL_CHOICE, labelRenderSettings, type LabelChoice } from "./label-settings.ts";
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
  /** Applies a label size and density. */
  setLabels(choice: LabelChoice): void;
  /** The labels drawn in the last frame, with their boxes in viewport pixels. */
  drawnLabels(): DrawnLabel[];
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
  /** Label size and density at mount (the URL's). */
  labels?: LabelChoice;
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
  const labelLayer = createLabelLayer(renderer, () => store.getState().hoveredNode);
  cleanups.push(() => labelLayer.kill());
  let labelChoice = options.labels ?? DEFAULT_LABEL_CHOICE;
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
    const labelSettings = labelRenderSettings(labelChoice, scale < 0.8 ? 11 : 13);
    for (const [name, value] of Object.entries(labelSettings) as [keyof typeof labelSettings, number][])
      if (renderer.getSetting(name) !== value) renderer.setSetting(name, value);
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
      // The drawn radius (the reducer scales sizes on small stages), so what is spaced apart is what is drawn.
      sizeOf: (node) => (appearance.nodes.get(node)?.size ?? 4) * context.sizeScale,
      // The fitted graph's larger side spans at least the stage's smaller side less the padding on both ends.
      viewportSpan: () =>
        Math.min(container.clientWidth, container.clientHeight) - 2 * (renderer.getSetting("stagePadding") ?? 0),
      onStateChange: (running) => {
        if (running) renderer.setCustomBBox(null);
        controls.setLayoutRunning(running);
      },
    }));
  const controls = createControls({
    renderer,
    fullscreenTarget: options.fullscreenTarget,
    onLayoutToggle: () => {
      const live = layoutFor();
      if (live.isRunning()) live.stop();
      else live.start();
    },
    onZoomToSelection: () => zoomToSelection(),
  });
  cleanups.push(() => {
    layout?.kill();
    controls.kill();
  });
  options.overlay.append(controls.element);

  let dragged: string | null = null;
  let dragMoved = false;
  let layoutWasRunning = false;
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
  // The click that ends a drag is not a selection (the panel opening would reframe the stage under the dropped actor).
  renderer.on("clickNode", ({ node, event }) => {
    if (!dragMoved) options.onClickNode(node, event.original.shiftKey);
  });
  // Sigma turns a second click within its double-click delay into a double click: still a selection when on a node.
  renderer.on("doubleClickNode", ({ node, event }) => options.onClickNode(node, event.original.shiftKey));
  renderer.on("clickEdge", ({ edge }) => {
    tooltip.hide();
    store.dispatch({ type: "selectEdge", edge });
  });
  renderer.on("clickStage", () => store.dispatch({ type: "clearSelection" }));

  // Dragging an actor: it follows the pointer and stays where dropped, marked `fixed` (on the display copy only) so
  // ForceAtlas2 leaves it there when the live layout runs again (the rescale on stop still moves the whole drawing).
  renderer.on("downNode", ({ node }) => {
    dragged = node;
    dragMoved = false;
    // Sigma frames the graph's bounding box: freeze it, or moving an outer actor would rescale the whole drawing
    // under the pointer. The live layout, which moves everything, frees it again.
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  const captor = renderer.getMouseCaptor();
  const onDragMove = (event: MouseCoords) => {
    if (dragged === null) return;
    if (!dragMoved) {
      dragMoved = true;
      // The worker would write over the dragged position; it restarts from the dropped one.
      layoutWasRunning = layout?.isRunning() ?? false;
      if (layoutWasRunning) layout!.stop();
    }
    const position = renderer.viewportToGraph(event);
    // `fixed` is read by ForceAtlas2; it is a display attribute, absent from the graph contract.
    display.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true } as Partial<NodeAttributes>);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const onDragEnd = () => {
    if (dragged !== null && dragMoved && layoutWasRunning) layoutFor().start();
    dragged = null;
    layoutWasRunning = false;
  };
  captor.on("mousemovebody", onDragMove);
  captor.on("mouseup", onDragEnd);
  cleanups.push(() => {
    captor.off("mousemovebody", onDragMove);
    captor.off("mouseup", onDragEnd);
  });

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

  /** Frames what is highlighted (the selection and its neighbours, a relation's ends, the path); nothing: fits all. */
  function zoomToSelection(): void {
    const state = store.getState();
    const focus = state.focus;
    const nodes = focus !== null ? [...focus.nodes] : state.selectedNode !== null ? [state.selectedNode] : [];
    const points = nodes.map((node) => renderer.getNodeDisplayData(node)).filter((data) => data !== undefined);
    if (points.length === 0) {
      void renderer.getCamera().animatedReset({ duration: 300 });
      return;
    }
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    // Framed graph coordinates run from 0 to 1 and a ratio of 1 shows them all: the span plus a margin, within limits.
    const ratio = Math.min(1, Math.max(renderer.getSetting("minCameraRatio") ?? 0.05, span * 1.4, 0.15));
    void renderer
      .getCamera()
      .animate(
        { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, ratio },
        { duration: 450 },
      );
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
    setLabels(choice) {
      labelChoice = choice;
      fitToStage();
    },
    drawnLabels: () => labelLayer.drawn(),
    settle: () => layoutFor().start(),
    kill() {
      if (killed) return;
      killed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
    },
  };
}
