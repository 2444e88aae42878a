/**
 * The live layout in the browser: ForceAtlas2 in a web worker, started and stopped on demand, stopping by itself
 * when the layout has settled or its time budget is spent, then removing overlaps (fixed actors kept in place). The only layout file that
 * touches the worker API and timers; it writes `x`/`y` of the graph it is given (display attributes).
 */
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { EntenteGraph } from "../model/types.ts";
import { extentFor, noverlapIterationsFor, relativeMovement, scaleToExtent, snapshotPositions } from "./geometry.ts";
import { DEFAULT_INITIAL_LAYOUT_OPTIONS } from "./options.ts";
import { removeOverlaps, type OverlapRemovalResult } from "./overlap.ts";
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
  /** Display size of a node, in pixels, for overlap removal. */
  sizeOf: (node: string) => number;
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
      // Fixed (dragged) actors stay put: only the others are pushed apart.
      options.onOverlapsRemoved(
        removeOverlaps(graph, {
          sizeOf: options.sizeOf,
          margin: options.margin,
          maxIterations: noverlapIterationsFor(graph.order, options.noverlapIterations),
        }),
      );
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
