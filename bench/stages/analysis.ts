/**
 * The heaviest measures of the explorer's analysis on synthetic graphs, each against the graphology function alone:
 * Louvain (our projection of the visible graph + seeded Louvain + renumbering vs `graphology-communities-louvain` on a
 * ready projection) and betweenness (ours: exact up to 2,000 actors, sampled from 200 sources above; vs
 * `graphology-metrics` exact on a ready projection).
 */
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { betweenness, detectCommunities, projectVisible, wholeGraph } from "../../src/analysis/index.ts";
import { createRng } from "../../src/layout/rng.ts";
import { timePair } from "../lib/measure.ts";
import { costRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";

const label = (nodes: number) => `${nodes / 1000}k nodes`;

export async function analysisStage(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const nodes of context.quick ? [10000] : [10000, 50000]) {
    const graph = context.graph(nodes);
    const projected = projectVisible(graph, wholeGraph(graph));
    context.log(`  louvain: ${label(nodes)}…`);
    const t = timePair(
      () => detectCommunities(projectVisible(graph, wholeGraph(graph))),
      () => louvain(projected, { getEdgeWeight: "weight", rng: createRng(1) }),
      nodes >= 50000 ? 2 : 3,
    );
    rows.push(
      costRow(
        {
          stage: "louvain",
          size: label(nodes),
          metric: "ms",
          ours: t.ours,
          baseline: t.base,
          note: "ours includes projecting the visible multigraph; baseline: louvain on a ready projection",
        },
        3,
      ),
    );
  }
  // Exact betweenness is one breadth-first search per actor: at 2k both sides are exact; at 10k ours samples.
  const plan: [number, number][] = context.quick
    ? [[2000, 2]]
    : [
        [2000, 3],
        [10000, 1],
      ];
  for (const [nodes, reps] of plan) {
    const graph = context.graph(nodes);
    const projected = projectVisible(graph, wholeGraph(graph));
    context.log(`  betweenness: ${label(nodes)}${nodes > 2000 ? " (the exact baseline takes minutes)" : ""}…`);
    const t = timePair(
      () => betweenness(projectVisible(graph, wholeGraph(graph))),
      () => betweennessCentrality(projected, { getEdgeWeight: null, normalized: true }),
      reps,
      0,
    );
    rows.push(
      costRow(
        {
          stage: "betweenness",
          size: label(nodes),
          metric: "ms",
          ours: t.ours,
          baseline: t.base,
          note:
            nodes > 2000
              ? "ours: estimate from 200 sampled sources; baseline: graphology-metrics exact"
              : "both exact; ours includes the projection",
        },
        nodes > 2000 ? 0.2 : 1.5,
      ),
    );
  }
  return rows;
}
