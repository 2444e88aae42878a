import { writeGexf } from "../src/export/gexf.ts";
import { generateGraph } from "./gen/graph.ts";
const g = generateGraph({ nodes: 10000, edgesPerNode: 2.5, seed: 20240501 });
const t = performance.now();
writeGexf(g);
console.log("ms", performance.now() - t);
