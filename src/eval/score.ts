/**
 * Scores a built graph against a gold annotation: relation precision/recall/F1 per type (over distinct
 * (pair, type) edges of the corpus, and over (pair, type, article) for a stricter view), entity precision/recall,
 * duplicate actors, persons who are not leaders, leader→state links, and evidence drawn from page chrome.
 * Leaders are matched by the spelling-independent name key, so "Shoigu" in the gold finds "Choïgou" in the graph.
 */
import { nameKey } from "../extract/resolve/name-key.ts";
import { fold } from "../extract/text/normalise.ts";
import { RELATION_TYPES, type EntenteGraph, type RelationType } from "../model/types.ts";
import type { GoldFile } from "./gold.ts";

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  relations: Record<RelationType | "all", Counts>;
  /** (pair, type, article) triples: a relation must be found in each article that states it. */
  relationsPerArticle: Counts;
  entities: Counts;
  serves: Counts;
  /** Gold leaders matched by more than one leader node. */
  duplicateActors: string[];
  /** Leader nodes that are not gold leaders, and gold non-leaders found as leaders. */
  nonLeaderPersons: string[];
  evidence: { total: number; fromChrome: number; chromeSamples: string[] };
  /** Relations with no evidence sentence at all. */
  unsourcedRelations: string[];
  missing: string[];
  spurious: string[];
  /** Problems of the gold file itself (a body opening that is in no line of its article). */
  goldWarnings: string[];
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

function compareSets(gold: Set<string>, predicted: Set<string>, missing: string[], spurious: string[]): Counts {
  let tp = 0;
  for (const item of predicted) if (gold.has(item)) tp++;
  else spurious.push(item);
  for (const item of gold) if (!predicted.has(item)) missing.push(item);
  return counts(tp, predicted.size - tp, gold.size - tp);
}

const STATE_CODE = /^[A-Z]{3,4}$/;

/** `texts`: article id → original text, to locate body lines. */
export function scoreGraph(graph: EntenteGraph, gold: GoldFile, texts: ReadonlyMap<string, string>): EvalReport {
  const actorId = (ref: string) => (STATE_CODE.test(ref) ? `state:${ref}` : `leader~${nameKey(ref)}`);
  // Gold leaders are identified by name key; a graph leader is identified by the gold key of any of its names.
  const goldLeaderKeys = new Set(Object.values(gold.articles).flatMap((a) => a.leaders.map((l) => nameKey(l.name))));
  const nodeGoldId = (key: string) => {
    const a = graph.getNodeAttributes(key);
    if (a.type === "state") return key;
    const match = [a.label, ...a.aliases].map(nameKey).find((k) => goldLeaderKeys.has(k));
    return `leader~${match ?? nameKey(a.label)}`;
  };

  const pair = (type: string, x: string, y: string) => `${type} ${x < y ? `${x} — ${y}` : `${y} — ${x}`}`;
  const goldRel = new Set<string>();
  const goldRelArticle = new Set<string>();
  const goldEntities = new Set<string>();
  const goldServes = new Set<string>();
  for (const [id, article] of Object.entries(gold.articles)) {
    for (const r of article.relations) {
      goldRel.add(pair(r.type, actorId(r.a), actorId(r.b)));
      goldRelArticle.add(`${pair(r.type, actorId(r.a), actorId(r.b))} @${id}`);
    }
    for (const s of article.states) goldEntities.add(`state:${s}`);
    for (const l of article.leaders) {
      goldEntities.add(actorId(l.name));
      goldServes.add(`${actorId(l.name)} → state:${l.state}`);
    }
  }

  const predictedRel = new Set<string>();
  const predictedRelArticle = new Set<string>();
  const predictedServes = new Set<string>();
  const unsourced: string[] = [];
  let evidenceTotal = 0;
  const chromeSamples: string[] = [];
  let fromChrome = 0;
  const bodyLines = locateBodyLines(gold, texts);

  graph.forEachEdge((key, a, source, target) => {
    const s = nodeGoldId(source);
    const t = nodeGoldId(target);
    if (a.type === "serves") predictedServes.add(`${s} → ${t}`);
    else {
      predictedRel.add(pair(a.type, s, t));
      for (const article of a.articles) predictedRelArticle.add(`${pair(a.type, s, t)} @${article}`);
      if (a.evidence.length === 0) unsourced.push(key);
    }
    for (const e of a.evidence) {
      evidenceTotal++;
      const lines = bodyLines.lines.get(e.article);
      if (lines && !lines.some((l) => e.start >= l.start && e.end <= l.end)) {
        fromChrome++;
        if (chromeSamples.length < 10) chromeSamples.push(`${e.article}: ${e.sentence.slice(0, 80)}`);
      }
    }
  });

  const missing: string[] = [];
  const spurious: string[] = [];
  const relations = {} as EvalReport["relations"];
  for (const type of RELATION_TYPES) {
    const g = new Set([...goldRel].filter((r) => r.startsWith(`${type} `)));
    const p = new Set([...predictedRel].filter((r) => r.startsWith(`${type} `)));
    relations[type] = compareSets(g, p, missing, spurious);
  }
  relations.all = compareSets(goldRel, predictedRel, [], []);
  const relationsPerArticle = compareSets(goldRelArticle, predictedRelArticle, [], []);

  const predictedEntities = new Set<string>();
  const duplicateActors: string[] = [];
  const nonLeaderPersons: string[] = [];
  const seenLeaders = new Map<string, string>();
  const nonLeaderKeys = new Set(gold.nonLeaders.map(nameKey));
  graph.forEachNode((key, a) => {
    const id = nodeGoldId(key);
    if (a.type === "leader") {
      if (seenLeaders.has(id)) duplicateActors.push(`${a.label} (${key}) duplicates ${seenLeaders.get(id)}`);
      seenLeaders.set(id, key);
      if (!goldEntities.has(id) || [a.label, ...a.aliases].some((n) => nonLeaderKeys.has(nameKey(n)))) nonLeaderPersons.push(`${a.label} (${key})`);
    }
    predictedEntities.add(id);
  });
  const entityMissing: string[] = [];
  const entitySpurious: string[] = [];
  const entities = compareSets(goldEntities, predictedEntities, entityMissing, entitySpurious);
  missing.push(...entityMissing.map((e) => `entity ${e}`));
  spurious.push(...entitySpurious.map((e) => `entity ${e}`));
  const servesMissing: string[] = [];
  const servesSpurious: string[] = [];
  const serves = compareSets(goldServes, predictedServes, servesMissing, servesSpurious);
  missing.push(...servesMissing.map((e) => `serves ${e}`));
  spurious.push(...servesSpurious.map((e) => `serves ${e}`));

  return {
    relations,
    relationsPerArticle,
    entities,
    serves,
    duplicateActors,
    nonLeaderPersons,
    evidence: { total: evidenceTotal, fromChrome, chromeSamples },
    unsourcedRelations: unsourced,
    missing: missing.sort(),
    spurious: spurious.sort(),
    goldWarnings: bodyLines.warnings,
  };
}

/** The spans of the lines that open with one of the gold body openings (compared without accents or quote styles). */
function locateBodyLines(gold: GoldFile, texts: ReadonlyMap<string, string>) {
  const lines = new Map<string, { start: number; end: number }[]>();
  const warnings: string[] = [];
  for (const [id, article] of Object.entries(gold.articles)) {
    const text = texts.get(id);
    if (text === undefined) {
      warnings.push(`gold article "${id}" is not in the corpus`);
      continue;
    }
    const spans: { start: number; end: number }[] = [];
    const openings = article.body.map(comparable);
    const found = new Set<number>();
    let start = 0;
    for (const line of text.split("\n")) {
      const key = comparable(line.trim());
      const which = openings.findIndex((o) => key.startsWith(o));
      if (which >= 0) {
        spans.push({ start, end: start + line.length });
        found.add(which);
      }
      start += line.length + 1;
    }
    article.body.forEach((opening, i) => found.has(i) || warnings.push(`gold article "${id}": no line opens with "${opening}"`));
    lines.set(id, spans);
  }
  return { lines, warnings };
}

function comparable(value: string): string {
  return fold(value.normalize("NFC")).replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, " ");
}
