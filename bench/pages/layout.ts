/**
 * Layout benchmark page: loads the `?graph=` file, then on request measures ForceAtlas2 iterations per second in
 * the explorer's live layout (the web worker of `src/layout/supervisor.ts`; one iteration per round trip, counted by
 * the position updates it writes into the graph) and in raw synchronous `graphology-layout-forceatlas2` with the
 * settings inferred the same way. Exposes `window.__layoutBench` for the runner.
 */
import { MultiUndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { createLiveLayout } from "../../src/layout/supervisor.ts";
import type { EntenteGraph } from "../../src/model/types.ts";

interface LayoutBench {
  ready: boolean;
  error?: string;
  /** Iterations per second of the live layout's worker over `ms` milliseconds, and whether it was still running. */
  worker(ms: number): Promise<{ rate: number; running: boolean }>;
  /** Iterations per second of `iterations` synchronous FA2 iterations (positions returned, the graph untouched). */
  sync(iterations: number): number;
}

declare global {
  interface Window {
    __layoutBench?: LayoutBench;
  }
}

async function start(): Promise<void> {
  const url = new URL(window.location.href).searchParams.get("graph") ?? "graph.json";
  const graph = new MultiUndirectedGraph();
  graph.import(JSON.parse(await (await fetch(url)).text()));
  // The file is a valid Entente graph (the runner generated and validated it); skipping validation keeps the page bare.
  const entente = graph as unknown as EntenteGraph;
  window.__layoutBench = {
    ready: true,
    async worker(ms) {
      let iterations = 0;
      const count = () => iterations++;
      graph.on("eachNodeAttributesUpdated", count);
      // The settle rule is switched off (no movement is below 0, no budget): on big graphs an iteration can take
      // longer than the 200 ms check interval, and checks that see no iteration count as calm, stopping the layout.
      const layout = createLiveLayout(entente, { threshold: 0, budgetMs: Number.MAX_SAFE_INTEGER });
      const started = performance.now();
      layout.start();
      await new Promise((resolve) => setTimeout(resolve, ms));
      const running = layout.isRunning();
      const done = iterations;
      const elapsed = performance.now() - started;
      layout.kill();
      graph.off("eachNodeAttributesUpdated", count);
      return { rate: done / (elapsed / 1000), running };
    },
    sync(iterations) {
      const settings = forceAtlas2.inferSettings(graph);
      const started = performance.now();
      forceAtlas2(graph, { iterations, settings, getEdgeWeight: "weight" });
      return iterations / ((performance.now() - started) / 1000);
    },
  };
}

start().catch((error: unknown) => {
  window.__layoutBench = {
    ready: false,
    error: String(error),
    worker: () => Promise.reject(new Error("not ready")),
    sync: () => NaN,
  };
});
