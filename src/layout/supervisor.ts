/**
 * The live layout in the browser: ForceAtlas2 in a web worker, started and stopped on demand, stopping by itself
 * when the layout has settled or its time budget is spent, then removing overlaps (fixed actors kept in place). The only layout file that
 * touches the worker API and timers; it writes `x`/`y` of the graph it is given (display attributes).
 */
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { EntenteGraph } from "../model/types.ts";
import {
  boundingBox,
  extentFor,
  noverlapIterationsFor,
  relativeMovement,
  scaleToExtent,
  snapshotPositions,
} from "./geometry.ts";
import { DEFAULT_INITIAL_LAYOUT_OPTIONS } from "./options.ts";
import { discsOf, overlappingPairs, removeOverlaps, type OverlapRemovalResult } from "./overlap.ts";
import { layoutEdgeWeight } from "./weights.ts";
import {
  DEFAULT_SETTLE_OPTIONS,
  initialSettleState,
  settleStep,
  type SettleOptions,
  type StopReason,
} from "./settle.ts";

/** What the live layout needs from FA2's worker supervisor; tests can pass a fake. */
export interface LayoutWorker {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export interface LiveLayoutOptions extends SettleOptions {
  /** Overrides of the settings inferred from the graph. */
  settings: ForceAtlas2Settings;
  /** Milliseconds between two movement checks. */
  checkIntervalMs: number;
  /** Radius of a node as drawn on the fitted view, in pixels, for overlap removal. */
  sizeOf: (node: string) => number;
  /**
   * Pixels the larger side of the graph's bounding box spans when the view is fitted (a lower bound is fine): turns
   * drawn sizes into layout units. The default, twice the extent, counts one layout unit as one pixel.
   */
  viewportSpan: () => number;
  /** Half-width the layout is scaled to before overlap removal (see `scaleToExtent`). */
  extent: number;
  margin: number;
  noverlapIterations: number;
  /** Told what overlap removal did after each stop (iterations, overlaps left), e.g. for e2e checks. */
  onOverlapsRemoved: (result: OverlapRemovalResult) => void;
  /** Told about every start and stop, e.g. to update a button. */
  onStateChange: (running: boolean, reason: StopReason | "user" | null) => void;
  /** Injected for tests; the default spawns FA2's web worker. */
  createWorker: (graph: EntenteGraph, settings: ForceAtlas2Settings) => LayoutWorker;
  now: () => number;
}

export const DEFAULT_LIVE_LAYOUT_OPTIONS: LiveLayoutOptions = {
  ...DEFAULT_SETTLE_OPTIONS,
  settings: {},
  checkIntervalMs: 200,
  sizeOf: () => 5,
  viewportSpan: () => 2 * DEFAULT_INITIAL_LAYOUT_OPTIONS.extent,
  extent: DEFAULT_INITIAL_LAYOUT_OPTIONS.extent,
  margin: DEFAULT_INITIAL_LAYOUT_OPTIONS.margin,
  noverlapIterations: DEFAULT_INITIAL_LAYOUT_OPTIONS.noverlapIterations,
  onOverlapsRemoved: () => {},
  onStateChange: () => {},
  createWorker: (graph, settings) =>
    new FA2LayoutSupervisor(graph, {
      settings,
      getEdgeWeight: (_key, attributes) => layoutEdgeWeight(String(attributes.type), Number(attributes.weight)),
    }),
  now: () => performance.now(),
};

/** Rounds of overlap removal at most: each round spreads the drawing a little, which shrinks it on screen. */
const SEPARATION_ROUNDS = 3;

/**
 * Removes overlaps as they are drawn: sizes and margin are in pixels and the drawing is fitted to the viewport, so
 * the pixels-per-unit scale follows the bounding box, which the removal itself grows. A few rounds, until the
 * scale used is the scale drawn. Fixed (dragged) actors stay put: only the others are pushed apart.
 */
export function separateAsDrawn(
  graph: EntenteGraph,
  options: Pick<LiveLayoutOptions, "sizeOf" | "margin" | "viewportSpan" | "noverlapIterations">,
): OverlapRemovalResult {
  let result: OverlapRemovalResult = { iterations: 0, overlaps: 0 };
  const maxIterations = noverlapIterationsFor(graph.order, options.noverlapIterations);
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    const unitsPerPixel = unitsPerPixelOf(graph, options.viewportSpan());
    result = removeOverlaps(graph, {
      sizeOf: (node) => options.sizeOf(node) * unitsPerPixel,
      margin: options.margin * unitsPerPixel,
      maxIterations,
    });
    if (unitsPerPixelOf(graph, options.viewportSpan()) <= unitsPerPixel) return result;
  }
  // Still growing after the last round: count what overlaps at the scale now drawn.
  const unitsPerPixel = unitsPerPixelOf(graph, options.viewportSpan());
  const discs = discsOf(graph, (node) => options.sizeOf(node) * unitsPerPixel);
  return { iterations: result.iterations, overlaps: overlappingPairs(discs, options.margin * unitsPerPixel).length };
}

function unitsPerPixelOf(graph: EntenteGraph, span: number): number {
  const box = boundingBox(graph);
  if (box === null || !(span > 0)) return 1;
  const side = Math.max(box.maxX - box.minX, box.maxY - box.minY);
  return side > 0 ? side / span : 1;
}

export interface LiveLayout {
  start(): void;
  /** Stops the worker and removes overlaps; harmless when not running. */
  stop(): void;
  isRunning(): boolean;
  /** Stops and frees the worker; calling it twice is harmless. */
  kill(): void;
}

/** Creates a live layout on `graph`; nothing runs until `start()`. */
export function createLiveLayout(graph: EntenteGraph, partial: Partial<LiveLayoutOptions> = {}): LiveLayout {
  const options = { ...DEFAULT_LIVE_LAYOUT_OPTIONS, ...partial };
  const settings = { ...forceAtlas2.inferSettings(graph), ...options.settings };
  let worker: LayoutWorker | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let killed = false;

  const finish = (reason: StopReason | "user") => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    if (worker === null || !worker.isRunning()) return;
    worker.stop();
    if (graph.order > 0) {
      scaleToExtent(graph, extentFor(graph.order, options.extent));
      options.onOverlapsRemoved(separateAsDrawn(graph, options));
    }
    options.onStateChange(false, reason);
  };

  return {
    start() {
      if (killed || (worker?.isRunning() ?? false) || graph.order === 0) return;
      worker ??= options.createWorker(graph, settings);
      worker.start();
      options.onStateChange(true, null);
      let state = initialSettleState(options.now());
      let previous = snapshotPositions(graph);
      timer = setInterval(() => {
        const current = snapshotPositions(graph);
        const step = settleStep(state, relativeMovement(previous, current), options.now(), options);
        state = step.state;
        previous = current;
        if (step.stop !== null) finish(step.stop);
      }, options.checkIntervalMs);
    },
    stop() {
      finish("user");
    },
    isRunning() {
      return worker?.isRunning() ?? false;
    },
    kill() {
      if (killed) return;
      if (timer !== null) clearInterval(timer);
      timer = null;
      worker?.kill();
      worker = null;
      killed = true;
    },
  };
}
