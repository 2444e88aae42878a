/**
 * Growing a graph by the graph of one more article, in the browser: actors met again gain the new names, mentions
 * and roles; relations met again gain the new sentences (weight, dates and sources re-summarised); new actors and
 * relations come in as they are. Pure: both inputs are left untouched. The CLI rebuilds the whole corpus instead;
 * this keeps the page's graph in step without the other articles' texts, which the browser does not have.
 */
import { summariseEvidence } from "../model/filter.ts";
import { createGraph } from "../model/graph-io.ts";
import { compareCodeUnits as byCodePoint } from "../model/text-keys.ts";
import type { ArticleMeta, EdgeAttributes, EntenteGraph, Evidence, NodeAttributes, RoleSpan } from "../model/types.ts";

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort(byCodePoint);

/** `base` with `addition` merged in (a new graph). */
export function mergeArticleGraph(base: EntenteGraph, addition: EntenteGraph): EntenteGraph {
  const result = createGraph();
  const articles = new Map<string, ArticleMeta>(base.getAttribute("articles").map((a) => [a.id, a]));
  for (const article of addition.getAttribute("articles"))
    if (!articles.has(article.id)) articles.set(article.id, article);
  result.replaceAttributes({
    ...structuredClone(base.getAttributes()),
    articles: [...articles.values()].sort((a, b) => byCodePoint(a.id, b.id)),
  });

  base.forEachNode((node, attributes) => result.addNode(node, structuredClone(attributes)));
  addition.forEachNode((node, attributes) => {
    if (!result.hasNode(node)) result.addNode(node, structuredClone(attributes));
    else result.replaceNodeAttributes(node, mergeActor(result.getNodeAttributes(node), attributes));
  });
  base.forEachEdge((edge, attributes, source, target) =>
    result.addEdgeWithKey(edge, source, target, structuredClone(attributes)),
  );
  addition.forEachEdge((edge, attributes, source, target) => {
    if (!result.hasEdge(edge)) result.addEdgeWithKey(edge, source, target, structuredClone(attributes));
    else result.replaceEdgeAttributes(edge, mergeEdge(result.getEdgeAttributes(edge), attributes, articles));
  });
  return result;
}

function mergeActor(known: NodeAttributes, seen: NodeAttributes): NodeAttributes {
  const merged = {
    ...known,
    aliases: union(known.aliases, seen.aliases),
    mentions: known.mentions + seen.mentions,
    articles: union(known.articles, seen.articles),
  };
  if (merged.type === "leader" && seen.type === "leader") merged.roles = mergeRoles(merged.roles, seen.roles);
  return merged;
}

/** Roles of one title for one state are one span: the earliest first date, the latest last date. */
function mergeRoles(known: readonly RoleSpan[], seen: readonly RoleSpan[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const role of [...known, ...seen]) {
    const key = `${role.role}\u0000${role.state}`;
    const previous = spans.get(key);
    if (previous === undefined) {
      spans.set(key, structuredClone(role));
      continue;
    }
    previous.firstDate = minDate(previous.firstDate, role.firstDate);
    previous.lastDate = maxDate(previous.lastDate, role.lastDate);
    previous.articles = union(previous.articles, role.articles);
  }
  return [...spans.values()].sort(
    (a, b) => byCodePoint(a.firstDate ?? "", b.firstDate ?? "") || byCodePoint(a.role, b.role),
  );
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

function mergeEdge(
  known: EdgeAttributes,
  seen: EdgeAttributes,
  articles: ReadonlyMap<string, ArticleMeta>,
): EdgeAttributes {
  const evidence = new Map<string, Evidence>();
  for (const e of [...known.evidence, ...seen.evidence])
    evidence.set(`${e.article}\u0000${e.start}`, structuredClone(e));
  const sorted = [...evidence.values()].sort((a, b) => byCodePoint(a.article, b.article) || a.start - b.start);
  const summary = summariseEvidence(sorted, articles);
  if (known.type === "serves" && seen.type === "serves")
    return { ...known, ...summary, roles: union(known.roles, seen.roles) };
  if (known.type === "serves" || seen.type === "serves") return { ...known, ...summary };
  // The confidence model runs at build time over the whole corpus; until the next build, the edge keeps the
  // better of the two scores (more sentences never make a relation less likely).
  const confidence =
    known.confidence === undefined
      ? seen.confidence
      : seen.confidence === undefined
        ? known.confidence
        : Math.max(known.confidence, seen.confidence);
  const rules =
    known.rules === undefined && seen.rules === undefined ? undefined : union(known.rules ?? [], seen.rules ?? []);
  return {
    ...known,
    ...summary,
    ...(confidence === undefined ? {} : { confidence }),
    ...(rules === undefined ? {} : { rules }),
  };
}
