/**
 * The browser benchmarks' baseline: fetch the `?graph=` file, `JSON.parse` + `graph.import`, plain `new Sigma` with
 * default settings, and a plain `refresh()` on hover. Exposes `window.__bench` for the runner.
 */
import { MultiUndirectedGraph } from "graphology";
import Sigma from "sigma";

interface BareBench {
  ready: boolean;
  hovered: string | null;
  position(key: string): { x: number; y: number } | null;
  error?: string;
}

declare global {
  interface Window {
    __bench?: BareBench;
  }
}

async function start(): Promise<void> {
  const url = new URL(window.location.href).searchParams.get("graph") ?? "graph.json";
  const response = await fetch(url);
  const graph = new MultiUndirectedGraph();
  graph.import(JSON.parse(await response.text()));
  // The graph's `type` attribute names Entente's node kind; sigma reads `type` as a program, so it is masked.
  const renderer = new Sigma(graph, document.getElementById("stage")!, {
    nodeReducer: (_key, data) => ({ ...data, type: "circle" }),
    edgeReducer: (_key, data) => ({ ...data, type: "line" }),
  });
  const bench: BareBench = {
    ready: true,
    hovered: null,
    position(key) {
      const display = renderer.getNodeDisplayData(key);
      if (display === undefined) return null;
      return renderer.framedGraphToViewport(display);
    },
  };
  renderer.on("enterNode", ({ node }) => {
    bench.hovered = node;
    renderer.refresh();
  });
  renderer.on("leaveNode", () => {
    bench.hovered = null;
    renderer.refresh();
  });
  window.__bench = bench;
}

start().catch((error: unknown) => {
  window.__bench = { ready: false, hovered: null, position: () => null, error: String(error) };
});
