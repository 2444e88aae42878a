import { computeInitialLayout } from "../src/layout/index.ts";
import { generateGraph } from "./gen/graph.ts";
const g = generateGraph({ nodes: 10000, edgesPerNode: 2.5, seed: 20240501 });
for (let i = 0; i < 3; i++) {
const t = performance.now();
computeInitialLayout(g, { iterations: 0, noverlap: false });
console.log("setup ms", performance.now() - t);
}
