/**
 * The playable timeline above the date slider: the chart of relations per month (`timeline-chart.ts`), a play/pause
 * button, the window width and the speed. Playing moves the filter's date window one month per step through the
 * store, so the canvas, the counts, the table and the URL follow as they do for the slider; it stops at the end.
 */
import { countAll, countKept, indexRelationMonths, windowMonths, type RelationTimeline } from "../analysis/index.ts";
import type { ViewFilter } from "../model/filter.ts";
import { h } from "./dom.ts";
import { t } from "./i18n/index.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";
import { boundsToIndices, playWindow, WINDOW_WIDTHS, windowBounds } from "./time-range.ts";
import { createTimelineChart } from "./timeline-chart.ts";

/** Playback speeds, in months per second. */
export const TIMELINE_SPEEDS = [1, 2, 4, 8] as const;
const DEFAULT_SPEED = 2;

/** A window width as people say it: "3 months", "2 years". */
function widthLabel(months: number): string {
  return months % 12 === 0
    ? t("timeline.widthYears", { count: months / 12 })
    : t("timeline.widthMonths", { count: months });
}

export interface Timeline {
  element: HTMLElement;
  /** The window width in months (for the URL). */
  width(): number;
  playing(): boolean;
  /** Stops playing and removes the listeners; harmless twice. */
  kill(): void;
}

export function createTimeline(options: {
  store: Store<ExplorerState, ExplorerAction>;
  /** The slider's month scale (`articleMonths`). */
  months: readonly string[];
  /** The initial window width (from the URL). */
  width: number;
  /** Applies a filter as the slider does (resolved, then dispatched). */
  onFilter: (filter: ViewFilter) => void;
  /** Told when the width changes, e.g. to write the URL. */
  onWidth: (width: number) => void;
}): Timeline {
  const { store, months } = options;
  let width = options.width;
  let speed: number = DEFAULT_SPEED;
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const applyWindow = (window: { from: string | null; to: string | null }) =>
    options.onFilter({ ...store.getState().filter, ...window });

  const chart = createTimelineChart(months, (month) => applyWindow(windowBounds(months, month, width)));

  const playButton = h("button", {
    className: "timeline-play",
    attrs: { type: "button", "data-timeline": "play", disabled: months.length < 2 },
    on: { click: () => (playing ? pause() : play()) },
  });
  const widthSelect = h(
    "select",
    {
      attrs: { id: "timeline-width", "data-timeline": "width" },
      on: {
        change: () => {
          width = Number(widthSelect.value);
          options.onWidth(width);
          // A window already shown takes the new width at once; the whole period waits for "play".
          const { filter } = store.getState();
          if (filter.from !== null || filter.to !== null)
            applyWindow(windowBounds(months, boundsToIndices(months, filter.from, filter.to)[0], width));
        },
      },
    },
    ...WINDOW_WIDTHS.map((n) => h("option", { attrs: { value: n } }, widthLabel(n))),
  );
  widthSelect.value = String(width);
  const speedSelect = h(
    "select",
    {
      attrs: { id: "timeline-speed", "data-timeline": "speed" },
      on: { change: () => (speed = Number(speedSelect.value)) },
    },
    ...TIMELINE_SPEEDS.map((n) => h("option", { attrs: { value: n } }, t("timeline.speedValue", { count: n }))),
  );
  speedSelect.value = String(speed);

  const showPlaying = () => {
    playButton.textContent = playing ? `❚❚ ${t("timeline.pause")}` : `▶ ${t("timeline.play")}`;
    playButton.setAttribute("aria-pressed", String(playing));
    playButton.title = playing ? t("timeline.pauseHint") : t("timeline.playHint");
    element.classList.toggle("playing", playing);
  };

  /**
   * After a step, waits for its frame to be drawn, then leaves the page idle for the rest of the step's time — and at
   * least as long as the step took, so a large graph on a slow GPU plays slower rather than freezing the page.
   */
  const schedule = (started: number) => {
    frame = requestAnimationFrame(() => {
      frame = null;
      const took = performance.now() - started;
      timer = setTimeout(step, Math.max(1000 / speed - took, took));
    });
  };
  function step(): void {
    timer = null;
    const started = performance.now();
    const next = playWindow(months, store.getState().filter, width, true);
    if (next === null) {
      pause();
      return;
    }
    applyWindow(next);
    // The window that reaches the end is the last one shown: stop there rather than one empty tick later.
    if (playWindow(months, store.getState().filter, width, true) === null) pause();
    else schedule(started);
  }
  function play(): void {
    const started = performance.now();
    const first = playWindow(months, store.getState().filter, width, false);
    if (first === null) return;
    playing = true;
    applyWindow(first);
    schedule(started);
    showPlaying();
  }
  function pause(): void {
    playing = false;
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    timer = null;
    frame = null;
    showPlaying();
  }

  const element = h(
    "div",
    { className: "timeline", attrs: { role: "group", "aria-label": t("timeline.group") } },
    chart.element,
    h(
      "div",
      { className: "timeline-controls" },
      playButton,
      h(
        "span",
        { className: "timeline-field" },
        h("label", { attrs: { for: "timeline-width" } }, t("timeline.width")),
        widthSelect,
      ),
      h(
        "span",
        { className: "timeline-field" },
        h("label", { attrs: { for: "timeline-speed" } }, t("timeline.speed")),
        speedSelect,
      ),
    ),
  );
  showPlaying();

  let timeline: RelationTimeline | null = null;
  const unsubscribeGraph = store.subscribe(
    [(s) => s.graph],
    ({ graph }) => {
      timeline = indexRelationMonths(graph, months);
      chart.setTotals(countAll(timeline));
    },
    true,
  );
  const unsubscribeView = store.subscribe(
    [(s) => s.graph, (s) => s.filter, (s) => s.visibility],
    ({ filter, visibility }) => {
      if (timeline === null) return;
      chart.setKept(countKept(timeline, visibility.edges, filter), windowMonths(months, filter));
    },
    true,
  );

  let killed = false;
  return {
    element,
    width: () => width,
    playing: () => playing,
    kill() {
      if (killed) return;
      killed = true;
      pause();
      unsubscribeGraph();
      unsubscribeView();
    },
  };
}
