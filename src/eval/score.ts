/**
 * Scores an Entente graph against a gold graph exactly as the dev set's `score.mjs` does, so `entente eval` and the
 * judge agree on every summary figure:
 *  - relations count by (gold pair, type): right when a required gold relation of the pair lists the type, allowed
 *    (neither rewarded nor penalised) when only a non-required one does, wrong otherwise; an edge with an endpoint
 *    that is no gold actor is wrong too. Recall is over required gold relations, found when any listed type is;
 *  - entities: precision = gold actors hit / (hit + nodes that are no gold actor + gold actors hit twice); recall over
 *    non-optional gold actors;
 *  - memberships: a required leader is linked to its state by a `serves` edge or by its `state` attribute;
 *  - provenance: each source of a found required relation is covered when some evidence sentence comes from it;
 *  - chrome: evidence sentences that contain a gold boilerplate string.
 * Added here, not in `score.mjs`: figures per relation type (see `TypeFigures`).
 */
import { isRelation, RELATION_TYPES, type EntenteGraph, type Evidence, type RelationType } from "../model/types.ts";
import type { GoldGraph, GoldRelation } from "./gold.ts";
import { foldForMatch, matchActors, type ActorMatch } from "./match.ts";

export type Verdict = "right" | "allowed" | "wrong";

/** Per relation type: predicted (pair, type) keys of that type, and required relations whose first listed type it is. */
export interface TypeFigures {
  /** Distinct (pair, type) keys of this type, plus edges of this type with an unmatched endpoint. */
  predicted: number;
  right: number;
  allowed: number;
  wrong: number;
  /** Required gold relations whose first type is this one (each required relation counts under one type). */
  required: number;
  /** Of those, found with any of their listed types (so the per-type `found` add up to the overall one). */
  found: number;
  /** right / (right + wrong); null when no predicted key of this type is right or wrong. */
  precision: number | null;
  /** found / required; null when no required relation is of this type. */
  recall: number | null;
  /** null when precision or recall is. */
  f1: number | null;
}

export interface ScoreReport {
  relations: {
    required: number;
    found: number;
    truePositives: number;
    allowed: number;
    /** `a~b|type` (gold ids, sorted) for wrong pairs, `source~target:type` (node keys) for unmatched endpoints. */
    falsePositives: string[];
    /** `a~b:type1/type2` for required relations not found. */
    missing: string[];
    precision: number;
    recall: number;
    f1: number;
  };
  byType: Record<RelationType, TypeFigures>;
  entities: {
    required: number;
    found: number;
    missing: string[];
    extra: string[];
    duplicates: string[];
    forbidden: string[];
    precision: number;
    recall: number;
    f1: number;
  };
  provenance: { sources: number; covered: number; missing: string[]; boilerplateEvidence: string[] };
  memberships: { required: number; found: number; missing: string[] };
}

/** Article id → original text; iterated in this order (`score.mjs` reads files in name order; the last match wins). */
export type ArticleTexts = ReadonlyMap<string, string>;

const f1Of = (p: number, r: number) => (2 * p * r) / Math.max(1e-9, p + r);
const pairKey = (a: string, b: string) => [a, b].sort().join("~");

interface JudgedEdge {
  key: string;
  type: RelationType;
  /** `pair|type` over gold ids, or null when an endpoint is no gold actor. */
  goldKey: string | null;
  verdict: Verdict;
}

function goldByPair(gold: GoldGraph): Map<string, GoldRelation[]> {
  const byPair = new Map<string, GoldRelation[]>();
  for (const r of gold.relations) {
    const k = pairKey(r.a, r.b);
    byPair.set(k, [...(byPair.get(k) ?? []), r]);
  }
  return byPair;
}

function judgeEdges(graph: EntenteGraph, gold: GoldGraph, actors: ActorMatch): JudgedEdge[] {
  const byPair = goldByPair(gold);
  const judged: JudgedEdge[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (!isRelation(a)) return;
    const ga = actors.goldOf.get(source);
    const gb = actors.goldOf.get(target);
    if (ga === undefined || gb === undefined) return; // not an actor node: score.mjs ignores the edge
    if (ga === null || gb === null) {
      judged.push({ key, type: a.type, goldKey: null, verdict: "wrong" });
      return;
    }
    const pair = pairKey(ga, gb);
    const rs = byPair.get(pair) ?? [];
    const verdict: Verdict = rs.some((r) => r.required && r.types.includes(a.type))
      ? "right"
      : rs.some((r) => r.types.includes(a.type))
        ? "allowed"
        : "wrong";
    judged.push({ key, type: a.type, goldKey: `${pair}|${a.type}`, verdict });
  });
  return judged;
}

/**
 * The verdict on each relation edge of the graph (by edge key), as `score.mjs` counts it: "right", "allowed" or
 * "wrong" (including edges whose endpoints map to no gold actor). `articles` is accepted for symmetry with
 * `scoreGraph`; verdicts do not depend on provenance.
 */
export function judgeRelations(graph: EntenteGraph, gold: GoldGraph, articles?: ArticleTexts): Map<string, Verdict> {
  void articles;
  return new Map(judgeEdges(graph, gold, matchActors(graph, gold)).map((e) => [e.key, e.verdict]));
}

/** Maps evidence sentences to the articles they come from and counts those that contain page chrome. */
class EvidenceTracer {
  readonly chrome: string[] = [];
  private readonly bodies: [string, string][];
  private readonly boilerplate: string[];

  constructor(gold: GoldGraph, articles: ArticleTexts) {
    this.bodies = [...articles].map(([id, text]) => [id, foldForMatch(text)]);
    this.boilerplate = Object.values(gold.articles).flatMap((a) => (a.boilerplate ?? []).map(foldForMatch));
  }

  /** The articles `evidence` comes from (by text first, then by the article id it names). */
  articlesOf(evidence: readonly Evidence[]): Set<string> {
    const out = new Set<string>();
    for (const e of evidence) {
      const text = e.sentence;
      const folded = foldForMatch(text);
      let hit: string | null = null;
      if (folded.length > 20) {
        for (const [id, body] of this.bodies) if (body.includes(folded)) hit = id;
        if (!hit) {
          // a long prefix: quotes may be trimmed or normalised differently
          const prefix = folded.slice(0, 60);
          for (const [id, body] of this.bodies) if (body.includes(prefix)) hit = id;
        }
      }
      if (!hit && e.article)
        for (const [id] of this.bodies) if (e.article.startsWith(id) || e.article.includes(id)) hit = id;
      if (hit) out.add(hit);
      for (const b of this.boilerplate) if (b.length > 4 && folded.includes(b)) this.chrome.push(text.slice(0, 90));
    }
    return out;
  }
}

function typeFigures(): TypeFigures {
  return {
    predicted: 0,
    right: 0,
    allowed: 0,
    wrong: 0,
    required: 0,
    found: 0,
    precision: null,
    recall: null,
    f1: null,
  };
}

/** The full report; `articles` (id → text) enables provenance, as `score.mjs --articles`. */
export function scoreGraph(graph: EntenteGraph, gold: GoldGraph, articles: ArticleTexts = new Map()): ScoreReport {
  const actors = matchActors(graph, gold);

  // entities
  const requiredEntities = Object.entries(gold.entities)
    .filter(([, e]) => !e.optional)
    .map(([id]) => id);
  const foundEntities = requiredEntities.filter((id) => actors.hits.has(id));
  const duplicates = [...actors.hits]
    .filter(([, labels]) => labels.length > 1)
    .map(([id, labels]) => `${id}: ${labels.join(" | ")}`);
  const entP = actors.hits.size / Math.max(1, actors.hits.size + actors.extra.length + duplicates.length);
  const entR = foundEntities.length / requiredEntities.length;

  // relations
  const tracer = new EvidenceTracer(gold, articles);
  const judged = judgeEdges(graph, gold, actors);
  const predicted = new Map<string, Set<string>>(); // pair|type → supporting articles
  const unmatched: string[] = [];
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, typeFigures()])) as Record<RelationType, TypeFigures>;
  for (const e of judged) {
    const attributes = graph.getEdgeAttributes(e.key);
    if (e.goldKey === null) {
      unmatched.push(`${graph.source(e.key)}~${graph.target(e.key)}:${e.type}`);
      byType[e.type].predicted++;
      byType[e.type].wrong++;
      continue;
    }
    const supporting = predicted.get(e.goldKey) ?? new Set<string>();
    if (!predicted.has(e.goldKey)) {
      byType[e.type].predicted++;
      byType[e.type][e.verdict]++;
    }
    for (const id of tracer.articlesOf(attributes.evidence)) supporting.add(id);
    predicted.set(e.goldKey, supporting);
  }
  const verdictOf = new Map(judged.map((e) => [e.goldKey, e.verdict]));
  const falsePositives: string[] = [];
  let truePositives = 0;
  let allowed = 0;
  for (const k of predicted.keys()) {
    const verdict = verdictOf.get(k);
    if (verdict === "right") truePositives++;
    else if (verdict === "allowed") allowed++;
    else falsePositives.push(k);
  }
  falsePositives.push(...unmatched);

  const required = gold.relations.filter((r) => r.required);
  let found = 0;
  let sources = 0;
  let covered = 0;
  const missing: string[] = [];
  const provenanceMissing: string[] = [];
  for (const r of required) {
    const pair = pairKey(r.a, r.b);
    byType[r.types[0]!].required++;
    const hits = r.types.map((t) => predicted.get(`${pair}|${t}`)).filter((s): s is Set<string> => s !== undefined);
    if (hits.length === 0) {
      missing.push(`${pair}:${r.types.join("/")}`);
      continue;
    }
    found++;
    byType[r.types[0]!].found++;
    const supporting = new Set(hits.flatMap((s) => [...s]));
    for (const s of r.sources ?? []) {
      sources++;
      if (supporting.has(s)) covered++;
      else provenanceMissing.push(`${pair}:${r.types[0]}@${s}`);
    }
  }
  for (const t of RELATION_TYPES) {
    const f = byType[t];
    f.precision = f.right + f.wrong === 0 ? null : f.right / (f.right + f.wrong);
    f.recall = f.required === 0 ? null : f.found / f.required;
    f.f1 = f.precision === null || f.recall === null ? null : f1Of(f.precision, f.recall);
  }
  const relP = truePositives / Math.max(1, truePositives + falsePositives.length);
  const relR = found / required.length;

  // memberships: a non-relation edge between the leader and its state, or the leader's state attribute
  const memberships = gold.memberships_required ?? [];
  const membersFound = memberships.filter((lid) => hasMembership(graph, actors, lid, gold.entities[lid]!.state!));

  return {
    relations: {
      required: required.length,
      found,
      truePositives,
      allowed,
      falsePositives,
      missing,
      precision: relP,
      recall: relR,
      f1: f1Of(relP, relR),
    },
    byType,
    entities: {
      required: requiredEntities.length,
      found: foundEntities.length,
      missing: requiredEntities.filter((id) => !actors.hits.has(id)),
      extra: actors.extra,
      duplicates,
      forbidden: actors.forbidden,
      precision: entP,
      recall: entR,
      f1: f1Of(entP, entR),
    },
    provenance: { sources, covered, missing: provenanceMissing, boilerplateEvidence: tracer.chrome },
    memberships: {
      required: memberships.length,
      found: membersFound.length,
      missing: memberships.filter((x) => !membersFound.includes(x)),
    },
  };
}

function hasMembership(graph: EntenteGraph, actors: ActorMatch, leaderId: string, stateId: string): boolean {
  const matched = [...actors.goldOf].filter(([, id]) => id === leaderId).map(([key]) => key);
  for (const key of matched) {
    const a = graph.getNodeAttributes(key);
    const state = a.type === "leader" ? a.state : undefined;
    if (state && [...actors.goldOf].some(([k, id]) => id === stateId && foldForMatch(k) === foldForMatch(state)))
      return true;
    let linked = false;
    graph.forEachEdge(key, (_, e, source, target) => {
      if (!isRelation(e) && actors.goldOf.get(source === key ? target : source) === stateId) linked = true;
    });
    if (linked) return true;
  }
  return false;
}
