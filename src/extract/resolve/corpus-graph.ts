/**
 * From per-article extractions to one graph: leaders resolved across articles (one node per real person, whatever
 * the transliteration), states keyed by code, relations aggregated to one edge per (pair, type) with their evidence,
 * and a `serves` edge from each leader to each state they served, carrying the roles. Iteration is sorted so the
 * same extractions always give the same graph, byte for byte.
 */
import { dateInterval } from "../../model/dates.ts";
import { storyOf, summariseEvidence } from "../../model/filter.ts";
import { createGraph } from "../../model/graph-io.ts";
import { edgeKey, leaderKey, stateKey } from "../../model/keys.ts";
import { compareCodeUnits as compare, slugify } from "../../model/text-keys.ts";
import type { ArticleMeta, EdgeType, EntenteGraph, Evidence, RoleSpan } from "../../model/types.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { fold } from "../text/normalise.ts";
import type { ArticleExtraction, LocalActor, LocalLeader } from "../types.ts";
import { relationConfidence, ruleIds } from "./confidence.ts";
import { nameKey } from "./name-key.ts";
import { loadRulePrecisionTable } from "./rule-precision.ts";

interface GlobalLeader {
  key: string;
  names: Map<string, { articles: Set<string>; words: number }>;
  aliases: Set<string>;
  mentions: number;
  articles: Set<string>;
  sightings: { role: string; state: string; article: string; date: string | null; evidence: Evidence }[];
}

export interface CorpusGraphInput {
  articles: readonly ArticleMeta[];
  extractions: readonly ArticleExtraction[];
}

export function buildCorpusGraph({ articles, extractions }: CorpusGraphInput, lexicon: Lexicon): EntenteGraph {
  const sortedExtractions = [...extractions].sort((a, b) => compare(a.articleId, b.articleId));
  const leaders = new Map<string, GlobalLeader>();
  /** Per article: local leader index → global leader key (absent when the leader serves no known state). */
  const leaderKeys = new Map<string, (string | null)[]>();

  for (const extraction of sortedExtractions) {
    const keys = extraction.leaders.map((leader) => {
      if (leader.roles.length === 0) return null;
      const key = identityKey(leader, lexicon);
      let global = leaders.get(key);
      if (!global)
        leaders.set(
          key,
          (global = { key, names: new Map(), aliases: new Set(), mentions: 0, articles: new Set(), sightings: [] }),
        );
      const seen = global.names.get(leader.name) ?? { articles: new Set(), words: leader.name.split(/\s+/).length };
      seen.articles.add(extraction.articleId);
      global.names.set(leader.name, seen);
      for (const alias of leader.aliases) global.aliases.add(alias);
      global.mentions += leader.mentions;
      global.articles.add(extraction.articleId);
      for (const role of leader.roles) {
        const sentence = extraction.sentences[role.sentence]!;
        global.sightings.push({
          role: role.role,
          state: role.state,
          article: extraction.articleId,
          date: extraction.date,
          evidence: {
            ...evidenceOf(extraction, role.sentence, sentence.originalStart, sentence.originalEnd),
            rule: role.rule,
          },
        });
      }
      return key;
    });
    leaderKeys.set(extraction.articleId, keys);
  }
  mergeSurnameOnly(leaders, leaderKeys);
  attachStatelessLeaders(sortedExtractions, leaders, leaderKeys, lexicon);

  const graph = createGraph();
  graph.replaceAttributes({ name: "Entente", articles: [...articles].sort((a, b) => compare(a.id, b.id)) });
  const articleById = new Map(articles.map((a) => [a.id, a]));

  // States: every state mentioned, and every state a leader serves.
  const states = new Map<string, { aliases: Set<string>; mentions: number; articles: Set<string> }>();
  const noteState = (code: string, article: string, aliases: Iterable<string> = [], mentions = 0) => {
    let entry = states.get(code);
    if (!entry) states.set(code, (entry = { aliases: new Set(), mentions: 0, articles: new Set() }));
    for (const alias of aliases) entry.aliases.add(alias);
    entry.mentions += mentions;
    entry.articles.add(article);
  };
  for (const extraction of sortedExtractions)
    for (const [code, seen] of extraction.states) noteState(code, extraction.articleId, seen.aliases, seen.mentions);
  for (const leader of leaders.values()) for (const s of leader.sightings) noteState(s.state, s.article);

  for (const code of [...states.keys()].sort(compare)) {
    const entry = states.get(code)!;
    const known = lexicon.states.get(code)!;
    graph.addNode(stateKey(code), {
      type: "state",
      label: known.nameFr,
      aliases: [...entry.aliases].sort(compare),
      mentions: entry.mentions,
      articles: [...entry.articles].sort(compare),
      iso2: known.iso2,
      iso3: code,
      nameEn: known.nameEn,
    });
  }

  // Leaders, keyed by the slug of their displayed name.
  const nodeKeyOf = new Map<string, string>();
  const ordered = [...leaders.values()].map((leader) => ({ leader, label: displayName(leader, lexicon) }));
  ordered.sort((a, b) => compare(slugify(a.label), slugify(b.label)) || compare(a.leader.key, b.leader.key));
  for (const { leader, label } of ordered) {
    let key = leaderKey(slugify(label));
    for (let n = 2; graph.hasNode(key); n++) key = leaderKey(`${slugify(label)}-${n}`);
    nodeKeyOf.set(leader.key, key);
    const roles = roleSpans(leader);
    graph.addNode(key, {
      type: "leader",
      label,
      aliases: [...leader.aliases].sort(compare),
      mentions: leader.mentions,
      articles: [...leader.articles].sort(compare),
      state: servedState(roles),
      roles,
    });
  }

  // Edges: relations and memberships, evidence gathered per edge key.
  const edges = new Map<
    string,
    { type: EdgeType; source: string; target: string; evidence: Map<string, Evidence>; roles: Set<string> }
  >();
  const addEvidence = (type: EdgeType, source: string, target: string, evidence: Evidence, role?: string) => {
    const key = edgeKey(type, source, target);
    const [s, t] = type === "serves" || source <= target ? [source, target] : [target, source];
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { type, source: s, target: t, evidence: new Map(), roles: new Set() }));
    edge.evidence.set(`${evidence.article}:${String(evidence.start).padStart(10, "0")}`, evidence);
    if (role) edge.roles.add(role);
  };
  for (const extraction of sortedExtractions) {
    const keys = leaderKeys.get(extraction.articleId)!;
    const nodeOf = (actor: LocalActor): string | null => {
      if (actor.kind === "state") return stateKey(actor.code);
      const global = keys[actor.index];
      return global ? (nodeKeyOf.get(global) ?? null) : null;
    };
    for (const relation of extraction.relations) {
      const a = nodeOf(relation.a);
      const b = nodeOf(relation.b);
      if (!a || !b || a === b) continue;
      const sentence = extraction.sentences[relation.sentence]!;
      addEvidence(relation.type, a, b, {
        ...evidenceOf(extraction, relation.sentence, sentence.originalStart, sentence.originalEnd),
        rule: relation.rule,
      });
    }
  }
  for (const leader of leaders.values())
    for (const s of leader.sightings)
      addEvidence("serves", nodeKeyOf.get(leader.key)!, stateKey(s.state), s.evidence, s.role);

  for (const key of [...edges.keys()].sort(compare)) {
    const edge = edges.get(key)!;
    const evidence = [...edge.evidence.keys()].sort(compare).map((k) => edge.evidence.get(k)!);
    const summary = summariseEvidence(evidence, articleById);
    if (edge.type === "serves")
      graph.addEdgeWithKey(key, edge.source, edge.target, {
        type: "serves",
        roles: [...edge.roles].sort(compare),
        ...summary,
      });
    else
      graph.addEdgeWithKey(key, edge.source, edge.target, {
        type: edge.type,
        ...summary,
        ...relationTrust(evidence, articleById),
      });
  }
  return graph;
}

/** A relation's calibrated confidence and the rules behind it (`confidence.ts`, table in `graph-data/calibration/`). */
function relationTrust(
  evidence: readonly Evidence[],
  articleById: ReadonlyMap<string, ArticleMeta>,
): { confidence: number; rules: string[] } {
  return {
    confidence: relationConfidence(evidence, loadRulePrecisionTable(), storyOf(articleById)),
    rules: ruleIds(evidence),
  };
}

function evidenceOf(extraction: ArticleExtraction, sentence: number, start: number, end: number): Evidence {
  return {
    article: extraction.articleId,
    sentence: extraction.sentenceTexts[sentence]!,
    start,
    end,
    date: extraction.date,
  };
}

/** Identity of a leader across articles: the spelling-independent key of their name, through known variants. */
function identityKey(leader: LocalLeader, lexicon: Lexicon): string {
  const canonical = lexicon.nameVariants.get(fold(leader.name)) ?? leader.name;
  return nameKey(canonical);
}

/**
 * "le président Joe Biden" says no state; when another article names the same person with one ("le président
 * américain Joe Biden"), the mention is theirs. Otherwise it is left out: a leader must serve a known state.
 */
function attachStatelessLeaders(
  extractions: readonly ArticleExtraction[],
  leaders: Map<string, GlobalLeader>,
  leaderKeys: Map<string, (string | null)[]>,
  lexicon: Lexicon,
): void {
  for (const extraction of extractions) {
    const keys = leaderKeys.get(extraction.articleId)!;
    extraction.leaders.forEach((leader, index) => {
      if (keys[index] !== null) return;
      const global = leaders.get(identityKey(leader, lexicon));
      if (!global) return;
      keys[index] = global.key;
      for (const alias of leader.aliases) global.aliases.add(alias);
      global.mentions += leader.mentions;
      global.articles.add(extraction.articleId);
    });
  }
}

/** A leader known only by a surname ("le président Poutine") is the one full-named leader of that state with it. */
function mergeSurnameOnly(leaders: Map<string, GlobalLeader>, leaderKeys: Map<string, (string | null)[]>): void {
  for (const short of [...leaders.values()]) {
    if (short.key.includes(" ")) continue;
    const states = new Set(short.sightings.map((s) => s.state));
    const candidates = [...leaders.values()].filter(
      (l) => l !== short && l.key.split(" ").at(-1) === short.key && l.sightings.some((s) => states.has(s.state)),
    );
    if (candidates.length !== 1) continue;
    const full = candidates[0]!;
    for (const [name, seen] of short.names) full.names.set(name, seen);
    for (const alias of short.aliases) full.aliases.add(alias);
    full.mentions += short.mentions;
    for (const a of short.articles) full.articles.add(a);
    full.sightings.push(...short.sightings);
    leaders.delete(short.key);
    for (const keys of leaderKeys.values()) keys.forEach((k, i) => k === short.key && (keys[i] = full.key));
  }
}

/** The displayed name: a name of the most words, then the one seen in the most articles, then code-point order. */
function displayName(leader: GlobalLeader, lexicon: Lexicon): string {
  const variant = lexicon.nameVariants.get(fold([...leader.names.keys()][0]!));
  const names = [...leader.names.entries()].sort(
    ([a, x], [b, y]) => y.words - x.words || y.articles.size - x.articles.size || compare(a, b),
  );
  const best = names[0]![0];
  return variant && !leader.names.has(best) ? variant : best;
}

function roleSpans(leader: GlobalLeader): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const s of leader.sightings) {
    const key = `${s.role}|${s.state}`;
    let span = spans.get(key);
    if (!span)
      spans.set(
        key,
        (span = { role: s.role, state: stateKey(s.state), firstDate: null, lastDate: null, articles: [] }),
      );
    if (!span.articles.includes(s.article)) span.articles.push(s.article);
    const interval = s.date === null ? null : dateInterval(s.date);
    if (interval) {
      if (span.firstDate === null || interval.start < span.firstDate) span.firstDate = interval.start;
      if (span.lastDate === null || interval.end > span.lastDate) span.lastDate = interval.end;
    }
  }
  for (const span of spans.values()) span.articles.sort(compare);
  return [...spans.values()].sort(
    (a, b) =>
      compare(a.firstDate ?? "9999", b.firstDate ?? "9999") || compare(a.role, b.role) || compare(a.state, b.state),
  );
}

/** The state of the most recently dated role (undated roles count as oldest). */
function servedState(roles: RoleSpan[]): string {
  const latest = [...roles].sort(
    (a, b) => compare(b.lastDate ?? "", a.lastDate ?? "") || compare(a.state, b.state),
  )[0]!;
  return latest.state;
}
