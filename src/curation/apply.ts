/**
 * `applyCuration`: the user's decisions applied to a built graph. Pure (no I/O, no clock; runs in Node and in the
 * browser), never modifies its input, idempotent (applied to its own output it changes nothing), and a decision whose
 * target is gone is reported as stale, never fatal. Decisions apply in file order; a merge redirects later decisions
 * that name the folded actor (or its edges) to the kept one.
 */
import { summariseEvidence } from "../model/filter.ts";
import { createGraph } from "../model/graph-io.ts";
import { edgeKey } from "../model/keys.ts";
import { compareCodeUnits as compare } from "../model/text-keys.ts";
import {
  EDGE_TYPES,
  type ArticleMeta,
  type CurationAction,
  type CurationMark,
  type EdgeAttributes,
  type EdgeType,
  type EntenteGraph,
  type Evidence,
  type LeaderAttributes,
  type NodeAttributes,
  type RoleSpan,
} from "../model/types.ts";
import {
  ADDED_RULE,
  type Curation,
  type CurationResult,
  type Decision,
  type SentenceRef,
  type StaleDecision,
} from "./types.ts";

/** Why a decision did not apply; `null` when it did. */
type Outcome = string | null;

interface Context {
  graph: EntenteGraph;
  articleById: ReadonlyMap<string, ArticleMeta>;
  /** Folded actor → the actor it was merged into. */
  mergedInto: Map<string, string>;
  /** Nodes (`n:key`) and edges (`e:key`) whose attributes this run owns: copied before their first change. */
  owned: Set<string>;
  /** Whether an edge was added under a new key, so the edge order must be restored. */
  added: boolean;
}

export function applyCuration(graph: EntenteGraph, curation: Curation): CurationResult {
  // Copy on write: a shallow copy of the graph, and a deep copy of each node or edge before its first change, so the
  // cost follows the decisions, not the graph (a deep copy of a 50k-node graph takes seconds).
  const work = graph.copy();
  const articles = work.getAttribute("articles");
  const context: Context = {
    graph: work,
    articleById: new Map(articles.map((a) => [a.id, a])),
    mergedInto: new Map(),
    owned: new Set(),
    added: false,
  };
  const applied: number[] = [];
  const stale: StaleDecision[] = [];
  curation.decisions.forEach((decision, index) => {
    const reason = applyDecision(context, decision);
    if (reason === null) applied.push(index);
    else stale.push({ index, decision, reason });
  });
  return { graph: context.added ? inKeyOrder(work) : work, applied, stale };
}

function applyDecision(context: Context, decision: Decision): Outcome {
  switch (decision.kind) {
    case "accept":
      return accept(context, decision.edge, mark("accepted", decision));
    case "reject":
      return reject(context, decision.edge, decision.at);
    case "retype":
      return retype(context, decision.edge, decision.to, mark("retyped", decision));
    case "reject-evidence":
      return rejectEvidence(context, decision.edge, decision.evidence, mark("evidence-rejected", decision));
    case "merge":
      return merge(context, decision.keep, decision.fold, mark("merged", decision));
    case "rename":
      return rename(context, decision.node, decision.label, mark("renamed", decision));
    case "drop":
      return drop(context, decision.node);
    case "set-state":
      return setState(context, decision.node, decision.state, mark("state-corrected", decision));
    case "add":
      return add(context, decision, mark("added", decision));
  }
}

function mark(action: CurationAction, decision: Decision): CurationMark {
  return decision.note === undefined ? { action, at: decision.at } : { action, at: decision.at, note: decision.note };
}

// --- relations -------------------------------------------------------------------------------------------------

function accept(context: Context, key: string, curationMark: CurationMark): Outcome {
  const edge = findEdge(context, key);
  if (typeof edge === "string") return edge;
  if (markedLater(context.graph.getEdgeAttributes(edge.key), curationMark.at)) return null;
  const attributes = writableEdge(context, edge.key);
  addMark(attributes, curationMark);
  // Reviewed by a person: as certain as the graph gets.
  if (attributes.type !== "serves") attributes.confidence = 1;
  return null;
}

function reject(context: Context, key: string, at: string): Outcome {
  const edge = findEdge(context, key);
  if (typeof edge === "string") return edge;
  if (markedLater(context.graph.getEdgeAttributes(edge.key), at)) return null;
  context.graph.dropEdge(edge.key);
  return null;
}

function retype(context: Context, key: string, to: EdgeType, curationMark: CurationMark): Outcome {
  const edge = findEdge(context, key);
  if (typeof edge === "string") return alreadyRetyped(context, key, to, curationMark) ? null : edge;
  const attributes = context.graph.getEdgeAttributes(edge.key);
  if (attributes.type === "serves") return `"${key}" is not a relation`;
  if (markedLater(attributes, curationMark.at)) return null;
  context.graph.dropEdge(edge.key);
  const moved: EdgeAttributes = { ...attributes, type: to as typeof attributes.type, confidence: 1 };
  addMark(moved, curationMark);
  putEdge(context, to, edge.source, edge.target, moved);
  return null;
}

/** Whether the retyped edge is already there with this decision's mark (the graph was curated before). */
function alreadyRetyped(context: Context, key: string, to: EdgeType, curationMark: CurationMark): boolean {
  const parsed = parseEdgeKey(key);
  if (parsed === null) return false;
  const moved = edgeKey(to, resolveNode(context, parsed.a), resolveNode(context, parsed.b));
  return context.graph.hasEdge(moved) && hasMark(context.graph.getEdgeAttributes(moved), curationMark);
}

function rejectEvidence(context: Context, key: string, ref: SentenceRef, curationMark: CurationMark): Outcome {
  const edge = findEdge(context, key);
  if (typeof edge === "string") return edge;
  const current = context.graph.getEdgeAttributes(edge.key);
  if (markedLater(current, curationMark.at)) return null;
  const candidates = current.evidence.filter((e) => e.article === ref.article && e.sentence === ref.sentence);
  const target = candidates.find((e) => e.start === ref.start) ?? candidates[0];
  if (target === undefined && hasMark(current, curationMark)) return null; // applied before
  if (target === undefined)
    return `"${edge.key}" has no evidence sentence of article "${ref.article}" reading "${shorten(ref.sentence)}"`;
  const evidence = current.evidence.filter((e) => e !== target);
  if (evidence.length === 0) {
    context.graph.dropEdge(edge.key);
    return null;
  }
  const attributes = writableEdge(context, edge.key);
  Object.assign(attributes, summariseEvidence(evidence, context.articleById));
  if (attributes.type !== "serves" && attributes.rules !== undefined && evidence.every((e) => e.rule !== undefined))
    attributes.rules = sortedUnique([
      ...evidence.map((e) => e.rule!),
      ...attributes.rules.filter((r) => r.startsWith("curation.")),
    ]);
  addMark(attributes, curationMark);
  return null;
}

function add(context: Context, decision: Extract<Decision, { kind: "add" }>, curationMark: CurationMark): Outcome {
  const source = resolveNode(context, decision.source);
  const target = resolveNode(context, decision.target);
  for (const [given, node] of [
    [decision.source, source],
    [decision.target, target],
  ] as const)
    if (!context.graph.hasNode(node)) return `actor "${given}" is not in the graph`;
  if (source === target) return `"${decision.source}" and "${decision.target}" were merged into one actor`;
  const evidence: Evidence[] = [];
  if (decision.evidence !== undefined) {
    const { article, sentence, start, end } = decision.evidence;
    const meta = context.articleById.get(article);
    if (meta === undefined) return `article "${article}" is not in the graph`;
    evidence.push({ article, sentence, start, end, date: meta.date, rule: ADDED_RULE });
  }
  const existing = edgeKey(decision.type, source, target);
  if (context.graph.hasEdge(existing) && markedLater(context.graph.getEdgeAttributes(existing), decision.at))
    return null;
  const attributes: EdgeAttributes = {
    type: decision.type,
    ...summariseEvidence(evidence, context.articleById),
    confidence: 1,
    rules: [ADDED_RULE],
  };
  // Without a sentence the user's word is the one support: the schema (and Gephi) need weight > 0.
  if (evidence.length === 0) attributes.weight = 1;
  addMark(attributes, curationMark);
  putEdge(context, decision.type, source, target, attributes);
  return null;
}

// --- actors ----------------------------------------------------------------------------------------------------

function merge(context: Context, keepKey: string, foldKey: string, curationMark: CurationMark): Outcome {
  const { graph } = context;
  const keep = resolveNode(context, keepKey);
  const fold = resolveNode(context, foldKey);
  if (!graph.hasNode(keep)) return `actor "${keepKey}" is not in the graph`;
  if (keep === fold) return `"${foldKey}" is already merged into "${keepKey}"`;
  if (!graph.hasNode(fold)) {
    // Already applied (the graph was curated before): later decisions that name the folded actor still follow it.
    if (!hasMark(graph.getNodeAttributes(keep), curationMark)) return `actor "${foldKey}" is not in the graph`;
    context.mergedInto.set(fold, keep);
    return null;
  }
  const folded = graph.getNodeAttributes(fold);
  if (graph.getNodeAttribute(keep, "type") !== folded.type)
    return `cannot merge the ${folded.type} "${foldKey}" into the ${graph.getNodeAttribute(keep, "type")} "${keepKey}"`;
  const kept = writableNode(context, keep);

  kept.aliases = sortedUnique([...kept.aliases, ...folded.aliases, folded.label]);
  kept.mentions += folded.mentions;
  kept.articles = sortedUnique([...kept.articles, ...folded.articles]);
  for (const m of folded.curation ?? []) addMark(kept, m);
  if (kept.type === "leader" && folded.type === "leader") kept.roles = mergeRoles([...kept.roles, ...folded.roles]);
  addMark(kept, curationMark);

  // Edges of the folded actor move to the kept one; one between the two disappears.
  for (const edge of edgesOf(graph, fold)) {
    graph.dropEdge(edge.key);
    const source = edge.source === fold ? keep : edge.source;
    const target = edge.target === fold ? keep : edge.target;
    if (source === target) continue;
    // Marked, so the moved edge is told apart from one extracted under its new key (and earlier decisions about
    // that key leave it alone when the curation is applied again).
    const moved = { ...edge.attributes };
    addMark(moved, curationMark);
    putEdge(context, moved.type, source, target, moved);
  }
  if (kept.type === "state") replaceState(context, fold, keep);
  graph.dropNode(fold);
  context.mergedInto.set(fold, keep);
  return null;
}

function rename(context: Context, key: string, label: string, curationMark: CurationMark): Outcome {
  const node = resolveNode(context, key);
  if (!context.graph.hasNode(node)) return `actor "${key}" is not in the graph`;
  if (markedLater(context.graph.getNodeAttributes(node), curationMark.at)) return null;
  const attributes = writableNode(context, node);
  if (attributes.label !== label) {
    // The extracted name is a surface form worth searching by; a name an earlier rename gave is not (and keeping it
    // would make a second application add it).
    const renamedBefore = (attributes.curation ?? []).some((m) => m.action === "renamed");
    if (!renamedBefore) attributes.aliases = sortedUnique([...attributes.aliases, attributes.label]);
    attributes.label = label;
  }
  addMark(attributes, curationMark);
  return null;
}

function drop(context: Context, key: string): Outcome {
  const { graph } = context;
  const node = resolveNode(context, key);
  if (!graph.hasNode(node)) return `actor "${key}" is not in the graph`;
  if (graph.getNodeAttribute(node, "type") === "state") {
    // Roles held for a state that is not one go with it; a leader left serving nothing goes too.
    for (const leader of graph.filterNodes(
      (_, a) => a.type === "leader" && (a.state === node || a.roles.some((r) => r.state === node)),
    )) {
      const attributes = writableNode(context, leader) as LeaderAttributes;
      attributes.roles = attributes.roles.filter((r) => r.state !== node);
      if (attributes.roles.length === 0) graph.dropNode(leader);
      else if (attributes.state === node) attributes.state = servedState(attributes.roles);
    }
  }
  graph.dropNode(node);
  return null;
}

function setState(context: Context, key: string, stateKey: string, curationMark: CurationMark): Outcome {
  const { graph } = context;
  const node = resolveNode(context, key);
  const state = resolveNode(context, stateKey);
  if (!graph.hasNode(node)) return `leader "${key}" is not in the graph`;
  if (!graph.hasNode(state)) return `state "${stateKey}" is not in the graph (no article mentions it)`;
  const current = graph.getNodeAttributes(node);
  if (current.type !== "leader") return `"${key}" is a state, not a leader`;
  if (graph.getNodeAttribute(state, "type") !== "state") return `"${stateKey}" is not a state`;
  if (markedLater(current, curationMark.at)) return null;
  const leader = writableNode(context, node) as LeaderAttributes;
  const old = leader.state;
  if (old !== state) {
    leader.roles = mergeRoles(leader.roles.map((r) => (r.state === old ? { ...r, state } : r)));
    leader.state = state;
    const serves = edgeKey("serves", node, old);
    if (graph.hasEdge(serves)) {
      const attributes = { ...graph.getEdgeAttributes(serves) };
      graph.dropEdge(serves);
      addMark(attributes, curationMark);
      putEdge(context, "serves", node, state, attributes);
    }
  }
  addMark(leader, curationMark);
  return null;
}

// --- helpers ---------------------------------------------------------------------------------------------------

/** The actor a key stands for now: itself, or the actor it was merged into (through any chain of merges). */
function resolveNode(context: Context, key: string): string {
  let node = key;
  for (let next = context.mergedInto.get(node); next !== undefined; next = context.mergedInto.get(node)) node = next;
  return node;
}

/** Finds an edge by its key, following merges of its endpoints; a string says why it is not there. */
function findEdge(context: Context, key: string): { key: string; source: string; target: string } | string {
  const parsed = parseEdgeKey(key);
  if (parsed === null) return `"${key}" is not an edge key`;
  const a = resolveNode(context, parsed.a);
  const b = resolveNode(context, parsed.b);
  if (a === b) return `the two actors of "${key}" were merged into one`;
  const current = edgeKey(parsed.type, a, b);
  if (!context.graph.hasEdge(current)) return `no edge "${current}" in the graph`;
  return { key: current, source: context.graph.source(current), target: context.graph.target(current) };
}

/** Splits `<type>:<node>|<node>`; node keys contain one colon and no bar. */
export function parseEdgeKey(key: string): { type: EdgeType; a: string; b: string } | null {
  const colon = key.indexOf(":");
  const type = key.slice(0, colon) as EdgeType;
  const ends = key.slice(colon + 1).split("|");
  if (colon < 0 || !EDGE_TYPES.includes(type) || ends.length !== 2 || !ends[0] || !ends[1]) return null;
  return { type, a: ends[0], b: ends[1] };
}

function edgesOf(graph: EntenteGraph, node: string) {
  const edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  graph.forEachEdge(node, (key, attributes, source, target) => edges.push({ key, source, target, attributes }));
  return edges;
}

/**
 * Adds an edge under its canonical key (relation endpoints ordered as `edgeKey` orders them, `serves` from the
 * leader), or folds it into the edge already there: evidence united without duplicates and re-summarised, rules and
 * roles united, the higher confidence kept, marks united.
 */
function putEdge(context: Context, type: EdgeType, a: string, b: string, attributes: EdgeAttributes): void {
  const { graph } = context;
  const key = edgeKey(type, a, b);
  const [source, target] = type === "serves" || a <= b ? [a, b] : [b, a];
  if (!graph.hasEdge(key)) {
    graph.addEdgeWithKey(key, source, target, structuredClone(attributes));
    context.owned.add(`e:${key}`);
    context.added = true;
    return;
  }
  const existing = writableEdge(context, key);
  const evidence = new Map<string, Evidence>();
  for (const e of [...existing.evidence, ...attributes.evidence])
    if (!evidence.has(evidenceId(e))) evidence.set(evidenceId(e), e);
  const sorted = [...evidence.keys()].sort(compare).map((k) => evidence.get(k)!);
  Object.assign(existing, summariseEvidence(sorted, context.articleById));
  if (sorted.length === 0) existing.weight = 1; // two relations added by hand without a sentence
  for (const m of attributes.curation ?? []) addMark(existing, m);
  if (existing.type === "serves" && attributes.type === "serves")
    existing.roles = sortedUnique([...existing.roles, ...attributes.roles]);
  if (existing.type !== "serves" && attributes.type !== "serves") {
    if (existing.rules !== undefined || attributes.rules !== undefined)
      existing.rules = sortedUnique([...(existing.rules ?? []), ...(attributes.rules ?? [])]);
    const confidences = [existing.confidence, attributes.confidence].filter((c): c is number => c !== undefined);
    if (confidences.length > 0) existing.confidence = Math.max(...confidences);
  }
}

/** The order `entente build` gives evidence: by article, then by offset. */
function evidenceId(e: Evidence): string {
  return `${e.article}:${String(e.start).padStart(10, "0")}:${String(e.end).padStart(10, "0")}`;
}

/**
 * Whether a later decision already marked this node or edge. Decisions are recorded in time order, so on a first
 * application no mark is later than the decision being applied; on a graph curated already, such a mark means the
 * item is what later decisions made of it (an edge retyped or added after an earlier verdict on that key), and the
 * earlier decision must leave it alone for the result to stay the same.
 */
function markedLater(attributes: NodeAttributes | EdgeAttributes, at: string): boolean {
  const time = Date.parse(at);
  return (attributes.curation ?? []).some((m) => Date.parse(m.at) > time);
}

function hasMark(attributes: NodeAttributes | EdgeAttributes, curationMark: CurationMark): boolean {
  return (attributes.curation ?? []).some(
    (m) => m.action === curationMark.action && m.at === curationMark.at && m.note === curationMark.note,
  );
}

/** Adds a mark unless the same one is there; marks stay oldest first. */
function addMark(attributes: NodeAttributes | EdgeAttributes, curationMark: CurationMark): void {
  if (hasMark(attributes, curationMark)) return;
  attributes.curation = [...(attributes.curation ?? []), { ...curationMark }].sort((x, y) => compare(x.at, y.at));
}

/** Role spans of one role for one state become one: dates widened, articles united; sorted as `entente build` sorts them. */
function mergeRoles(roles: RoleSpan[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const role of roles) {
    const id = `${role.role}|${role.state}`;
    const span = spans.get(id);
    if (span === undefined) {
      spans.set(id, { ...role, articles: [...role.articles] });
      continue;
    }
    span.firstDate = earliest(span.firstDate, role.firstDate);
    span.lastDate = latest(span.lastDate, role.lastDate);
    span.articles = sortedUnique([...span.articles, ...role.articles]);
  }
  return [...spans.values()].sort(
    (a, b) =>
      compare(a.firstDate ?? "9999", b.firstDate ?? "9999") || compare(a.role, b.role) || compare(a.state, b.state),
  );
}

/** Leaders of a folded state serve the kept one. */
function replaceState(context: Context, from: string, to: string): void {
  const leaders = context.graph.filterNodes(
    (_, a) => a.type === "leader" && (a.state === from || a.roles.some((r) => r.state === from)),
  );
  for (const key of leaders) {
    const attributes = writableNode(context, key) as LeaderAttributes;
    if (attributes.state === from) attributes.state = to;
    attributes.roles = mergeRoles(attributes.roles.map((r) => (r.state === from ? { ...r, state: to } : r)));
  }
}

/** A node's attributes, copied the first time this run changes them (the input graph shares them until then). */
function writableNode(context: Context, key: string): NodeAttributes {
  if (!context.owned.has(`n:${key}`)) {
    context.graph.replaceNodeAttributes(key, structuredClone(context.graph.getNodeAttributes(key)));
    context.owned.add(`n:${key}`);
  }
  return context.graph.getNodeAttributes(key);
}

function writableEdge(context: Context, key: string): EdgeAttributes {
  if (!context.owned.has(`e:${key}`)) {
    context.graph.replaceEdgeAttributes(key, structuredClone(context.graph.getEdgeAttributes(key)));
    context.owned.add(`e:${key}`);
  }
  return context.graph.getEdgeAttributes(key);
}

/** The state of the most recently dated role, as `entente build` chooses it. */
function servedState(roles: RoleSpan[]): string {
  return [...roles].sort((a, b) => compare(b.lastDate ?? "", a.lastDate ?? "") || compare(a.state, b.state))[0]!.state;
}

function earliest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

/** The graph rebuilt with nodes in their original order and edges sorted by key, as `entente build` writes them. */
function inKeyOrder(graph: EntenteGraph): EntenteGraph {
  const result = createGraph();
  result.replaceAttributes(graph.getAttributes());
  graph.forEachNode((key, attributes) => result.addNode(key, attributes));
  const edges = graph.edges().sort(compare);
  for (const key of edges)
    result.addEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
  return result;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
