import { readCorpusFolder } from "../src/corpus/read-folder.ts";
import { extractArticles } from "../src/cli/parallel-extract.ts";
import { graphFromExtractions } from "../src/extract/index.ts";
import { serializeGraph } from "../src/model/graph-io.ts";
import { generateCorpus, writeCorpus } from "./gen/corpus.ts";
import { isDeepStrictEqual } from "node:util";
const n = Number(process.argv[2]);
writeCorpus("/tmp/prof/dcorpus", generateCorpus(n));
const c = readCorpusFolder("/tmp/prof/dcorpus");
const inputs = c.articles.map((a) => ({ id: a.meta.id, text: a.text, date: a.meta.date }));
const a = await extractArticles(inputs, { jobs: 1 });
const b = await extractArticles(inputs, { jobs: 2 });
let diffs = 0;
for (let i = 0; i < a.length; i++) if (!isDeepStrictEqual(a[i], b[i])) { if (diffs++ < 2) console.log("article", i, JSON.stringify(a[i], (k, v) => v instanceof Map ? [...v] : v instanceof Set ? [...v] : v).slice(0, 300)); }
console.log("extraction diffs", diffs);
const ga = serializeGraph(graphFromExtractions(c.articles.map((x) => x.meta), a));
const gb = serializeGraph(graphFromExtractions(c.articles.map((x) => x.meta), b));
console.log("graph same", ga === gb);
if (ga !== gb) { const la = ga.split("\n"), lb = gb.split("\n"); for (let i = 0; i < la.length; i++) if (la[i] !== lb[i]) { console.log(i, la.slice(i - 5, i + 3).join("\n"), "\n---\n", lb.slice(i - 5, i + 3).join("\n")); break; } }
