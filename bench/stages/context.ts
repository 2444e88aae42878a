/**
 * What every stage gets from the runner: the chosen sizes, a scratch folder, and a cache of the synthetic graphs
 * (generating and serialising a 50k-node graph takes seconds, and several stages use the same one).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeGraph } from "../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../src/model/types.ts";
import { generateGraph } from "../gen/graph.ts";
import type { Row } from "../lib/report.ts";

/** Edges per node counted once: a mean degree of 5. */
export const EDGES_PER_NODE = 2.5;
export const GRAPH_SEED = 20240501;

export interface BenchContext {
  quick: boolean;
  tmp: string;
  log: (line: string) => void;
  /** The synthetic graph of `nodes` nodes (generated once per run). */
  graph(nodes: number): EntenteGraph;
  /** Its `serializeGraph` text, as `entente build` writes it. */
  graphText(nodes: number): string;
  /** A file holding its compact JSON (same data; what the browser pages fetch). */
  graphFile(nodes: number): string;
}

export type Stage = (context: BenchContext) => Promise<Row[]>;

export function createContext(quick: boolean, tmp: string, log: (line: string) => void): BenchContext {
  const graphs = new Map<number, EntenteGraph>();
  const texts = new Map<number, string>();
  const files = new Map<number, string>();
  mkdirSync(tmp, { recursive: true });
  const context: BenchContext = {
    quick,
    tmp,
    log,
    graph(nodes) {
      let graph = graphs.get(nodes);
      if (graph === undefined) {
        log(`  generating a graph of ${nodes} nodes…`);
        graph = generateGraph({ nodes, edgesPerNode: EDGES_PER_NODE, seed: GRAPH_SEED });
        graphs.set(nodes, graph);
      }
      return graph;
    },
    graphText(nodes) {
      let text = texts.get(nodes);
      if (text === undefined) {
        text = serializeGraph(context.graph(nodes));
        texts.set(nodes, text);
      }
      return text;
    },
    graphFile(nodes) {
      let file = files.get(nodes);
      if (file === undefined) {
        file = join(tmp, `graph-${nodes}.json`);
        writeFileSync(file, JSON.stringify(context.graph(nodes).export()));
        files.set(nodes, file);
      }
      return file;
    },
  };
  return context;
}
