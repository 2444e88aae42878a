/**
 * Deterministic synthetic Entente graphs for the load, layout, export and browser benchmarks: valid against the
 * schema (built with `createGraph`, checked by `serializeGraph`), about `edgesPerNode` edges per node, with the shape
 * of real data — one state for four leaders, each leader `serves` a state, relations mostly inside communities
 * (so ForceAtlas2 has structure to find), one evidence sentence per edge (or `sentencesPerEdge` sentences of news
 * length, for the evidence-on-demand rows), and clustered positions.
 */
import { createGraph } from "../../src/model/graph-io.ts";
import type { ArticleMeta, EntenteGraph, RelationType } from "../../src/model/types.ts";
import { createRng } from "../../src/layout/rng.ts";

export interface GraphSpec {
  nodes: number;
  /** Edges per node, counting each edge once (serves edges included). */
  edgesPerNode: number;
  seed: number;
  /** Evidence sentences per relation edge (default 1); more than one gives sentences of 150–250 characters. */
  sentencesPerEdge?: number;
}

const FILLER = [
  "la coopération",
  "les ministres",
  "un accord",
  "la frontière",
  "des sanctions",
  "le sommet",
  "Paris",
  "les deux pays",
  "la sécurité",
  "un communiqué",
  "mardi",
  "l'énergie",
];

const RELATIONS: readonly RelationType[] = ["cooperation", "cooperation", "dispute", "alliance"];
const ARTICLE_COUNT = 200;
/** Nodes per community: relations stay inside one with probability `LOCALITY`. */
const COMMUNITY = 60;
const LOCALITY = 0.85;

/** Four uppercase letters from an index: a valid `iso3` field (the schema allows 3–4 letters) and a stable key. */
function code(index: number): string {
  let out = "";
  let n = index;
  for (let i = 0; i < 4; i++) {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

function gaussian(rng: () => number): number {
  // Box–Muller; 1 - rng() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

export function generateGraph(spec: GraphSpec): EntenteGraph {
  const rng = createRng(spec.seed);
  const graph = createGraph();
  const articles: ArticleMeta[] = Array.from({ length: ARTICLE_COUNT }, (_, i) => {
    const date = `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    return {
      id: `a${String(i).padStart(4, "0")}`,
      file: `a${String(i).padStart(4, "0")}.txt`,
      title: `Dépêche synthétique ${i}`,
      outlet: "Bench",
      date,
      datePrecision: "day",
      language: "fr",
      url: null,
      sha256: i.toString(16).padStart(8, "0").repeat(8),
    };
  });
  graph.setAttribute("name", `Synthetic ${spec.nodes}`);
  graph.setAttribute("articles", articles);

  const stateCount = Math.max(1, Math.round(spec.nodes / 5));
  const communities = Math.max(1, Math.ceil(spec.nodes / COMMUNITY));
  const extent = 100 * Math.sqrt(communities);
  const centers = Array.from({ length: communities }, () => ({
    x: (rng() * 2 - 1) * extent,
    y: (rng() * 2 - 1) * extent,
  }));
  const keys: string[] = [];
  const community: number[] = [];
  const members: string[][] = Array.from({ length: communities }, () => []);
  const place = (c: number) => ({
    x: Math.round((centers[c]!.x + gaussian(rng) * 30) * 1000) / 1000,
    y: Math.round((centers[c]!.y + gaussian(rng) * 30) * 1000) / 1000,
  });
  const articleOf = () => articles[Math.floor(rng() * ARTICLE_COUNT)]!;

  for (let i = 0; i < stateCount; i++) {
    const iso3 = code(i);
    const key = `state:${iso3}`;
    const c = i % communities;
    const article = articleOf();
    graph.addNode(key, {
      type: "state",
      label: `État ${iso3}`,
      aliases: [`État ${iso3}`],
      mentions: 1 + Math.floor(rng() * 50),
      articles: [article.id],
      iso2: null,
      iso3,
      nameEn: `State ${iso3}`,
      ...place(c),
    });
    keys.push(key);
    community.push(c);
    members[c]!.push(key);
  }
  const evidence = (article: ArticleMeta, sentence: string) => ({
    article: article.id,
    sentence,
    start: 0,
    end: sentence.length,
    date: article.date,
  });
  for (let i = stateCount; i < spec.nodes; i++) {
    const key = `leader:dirigeant-${i}`;
    const stateIndex = Math.floor(rng() * stateCount);
    const state = keys[stateIndex]!;
    // A leader sits in its state's community, as leaders are drawn next to their state.
    const c = community[stateIndex]!;
    const article = articleOf();
    const label = `Dirigeant ${i}`;
    graph.addNode(key, {
      type: "leader",
      label,
      aliases: [label],
      mentions: 1 + Math.floor(rng() * 10),
      articles: [article.id],
      state,
      roles: [{ role: "président", state, firstDate: article.date, lastDate: article.date, articles: [article.id] }],
      ...place(c),
    });
    keys.push(key);
    community.push(c);
    members[c]!.push(key);
    graph.addEdgeWithKey(`serves:${key}|${state}`, key, state, {
      type: "serves",
      weight: 1,
      evidence: [evidence(article, `Le président ${label} dirige l'${state.slice(6)}.`)],
      firstDate: article.date,
      lastDate: article.date,
      articles: [article.id],
      roles: ["président"],
    });
  }

  const target = Math.round(spec.nodes * spec.edgesPerNode);
  let attempts = 0;
  while (graph.size < target && attempts++ < target * 4) {
    const u = Math.floor(rng() * keys.length);
    const c = community[u]!;
    const pool = rng() < LOCALITY ? members[c]! : keys;
    const a = keys[u]!;
    const b = pool[Math.floor(rng() * pool.length)]!;
    if (a === b) continue;
    const type = RELATIONS[Math.floor(rng() * RELATIONS.length)]!;
    const [s, t] = a < b ? [a, b] : [b, a];
    const key = `${type}:${s}|${t}`;
    if (graph.hasEdge(key)) continue;
    const article = articleOf();
    const head = `${graph.getNodeAttribute(s, "label")} et ${graph.getNodeAttribute(t, "label")} : ${type}`;
    const count = spec.sentencesPerEdge ?? 1;
    const items = Array.from({ length: count }, (_, k) => {
      const source = k === 0 ? article : articleOf();
      if (count === 1) return { ...evidence(source, `${head}.`), rule: "pair.joint-subject" };
      // A sentence of news length (150–250 characters) at its own offset in its article.
      let sentence = head;
      const length = 150 + Math.floor(rng() * 100);
      while (sentence.length < length) sentence += `, ${FILLER[Math.floor(rng() * FILLER.length)]!}`;
      // Offsets unique to the edge and the sentence: an article's sentence at one offset is one text.
      const start = 400 * (graph.size * 8 + k);
      return {
        ...evidence(source, `${sentence}.`),
        start,
        end: start + sentence.length + 1,
        rule: "pair.joint-subject",
      };
    });
    const sorted = items.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start));
    const dates = sorted.map((e) => e.date!).sort();
    graph.addEdgeWithKey(key, s, t, {
      type,
      weight: sorted.length,
      evidence: sorted,
      firstDate: dates[0]!,
      lastDate: dates[dates.length - 1]!,
      articles: [...new Set(sorted.map((e) => e.article))].sort(),
      confidence: 0.9,
      rules: ["pair.joint-subject"],
    });
  }
  return graph;
}
