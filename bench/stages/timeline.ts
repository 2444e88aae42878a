/**
 * One step of the playing timeline on synthetic graphs: the window moved one month, the explorer's reducer run on the
 * new filter (visibility, path, focus: what the canvas, counts and table read) and the chart's kept counts — against
 * the filter function alone (`computeVisibility`: `createViewPredicate` over graphology's node and edge loops) on the
 * same windows. The per-graph index of the chart (`indexRelationMonths` + `countAll`) is timed in the note.
 */
import { countAll, countKept, indexRelationMonths } from "../../src/analysis/timeline.ts";
import { initialState, reduceState } from "../../src/explorer/state.ts";
import { articleMonths, DEFAULT_WINDOW_WIDTH, playWindow } from "../../src/explorer/time-range.ts";
import { computeVisibility } from "../../src/explorer/visibility.ts";
import { resolveViewFilter, type ViewFilter } from "../../src/model/filter.ts";
import { timePair, timeSync } from "../lib/measure.ts";
import { costRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";

const label = (nodes: number) => `${nodes / 1000}k nodes`;

export async function timelineStage(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const nodes of context.quick ? [10000] : [10000, 50000]) {
    const graph = context.graph(nodes);
    const months = articleMonths(graph.getAttribute("articles"));
    context.log(`  timeline step: ${label(nodes)}, ${months.length} months…`);
    const indexMs = timeSync(() => countAll(indexRelationMonths(graph, months)), 3);
    const timeline = indexRelationMonths(graph, months);

    // The windows a play visits, from the first twelve months to the end, then again (ours and the baseline take
    // the same window each round).
    const windows: ViewFilter[] = [];
    let filter = resolveViewFilter(playWindow(months, { from: null, to: null }, DEFAULT_WINDOW_WIDTH, false)!);
    for (;;) {
      windows.push(filter);
      const next = playWindow(months, filter, DEFAULT_WINDOW_WIDTH, true);
      if (next === null) break;
      filter = resolveViewFilter({ ...filter, ...next });
    }
    let state = initialState(graph);
    let round = 0;
    let sink = 0;
    const t = timePair(
      () => {
        const window = windows[round++ % windows.length]!;
        state = reduceState(state, { type: "setFilter", filter: window });
        sink += countKept(timeline, state.visibility.edges, state.filter).months.cooperation[0]!;
      },
      () => (sink += computeVisibility(graph, windows[round % windows.length]!).edges.size),
      nodes >= 50000 ? 5 : 15,
    );
    if (sink < 0) throw new Error("unreachable: keeps the results alive");
    rows.push(
      costRow(
        {
          stage: "timeline step",
          size: label(nodes),
          metric: "ms",
          ours: t.ours,
          baseline: t.base,
          note: `window moved one month: reducer (visibility, path, focus) + chart counts vs computeVisibility alone; chart index once per graph ${indexMs.toFixed(0)} ms`,
        },
        1.5,
      ),
    );
  }
  return rows;
}
