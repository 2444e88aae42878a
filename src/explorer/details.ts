/**
 * The details panel's content: an actor (type, aliases, roles or leaders, relations grouped by type with their
 * evidence) or one relation. Builds DOM from untrusted text through `h`, so nothing is ever parsed as HTML.
 */
import { EDGE_TYPE_COLORS } from "../appearance/index.ts";
import { RELATION_TYPES, type ArticleMeta, type EdgeType, type EntenteGraph, type Evidence } from "../model/types.ts";
import {
  actorReviewBar,
  curationBadges,
  rejectSentenceButton,
  relationReviewBar,
  type CurationActions,
} from "./curation-controls.ts";
import type { MeasureValues } from "./analysis-view.ts";
import { h, type Child } from "./dom.ts";
import { formatDate, formatMonth } from "./time-range.ts";
import type { Visibility } from "./visibility.ts";

export interface DetailsActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
}

export interface DetailsContext {
  graph: EntenteGraph;
  visibility: Visibility;
  articles: ReadonlyMap<string, ArticleMeta>;
  actions: DetailsActions;
  /** Review controls; null where the graph cannot be corrected. */
  curation: CurationActions | null;
  /** The measures of the visible actors, when computed (shown in an actor's panel and the table). */
  measures?: MeasureValues | null;
}

/** How many evidence sentences show before "show more". */
const EVIDENCE_PREVIEW = 3;

export const EDGE_TYPE_LABELS: Readonly<Record<EdgeType, string>> = {
  cooperation: "Cooperation",
  dispute: "Dispute",
  alliance: "Alliance",
  serves: "Serves (leader → state)",
};

/** Interface strings of the measures shown in an actor's panel (for the message catalogues). */
const MEASURE_LABELS = {
  relations: "Relations",
  weighted: "Sentences",
  betweenness: "Betweenness",
  pagerank: "PageRank",
  community: "Community",
  note: "In the current view",
};

/** A measure for people: counts as they are, shares to three significant digits. */
export function formatMeasure(value: number | undefined, integer: boolean): string {
  if (value === undefined) return "—";
  return integer ? String(value) : value === 0 ? "0" : value.toPrecision(3);
}

/** The actor's measures in the current view, or null while they are computed or when it is hidden. */
function measuresList(context: DetailsContext, node: string): HTMLElement | null {
  const measures = context.measures ?? null;
  if (measures === null || !measures.values.relations.has(node)) return null;
  const rows: [string, string][] = [
    [MEASURE_LABELS.relations, formatMeasure(measures.values.relations.get(node), true)],
    [MEASURE_LABELS.weighted, formatMeasure(measures.values.weighted.get(node), true)],
    [MEASURE_LABELS.betweenness, formatMeasure(measures.values.betweenness.get(node), false)],
    [MEASURE_LABELS.pagerank, formatMeasure(measures.values.pagerank.get(node), false)],
    [MEASURE_LABELS.community, String((measures.community.get(node) ?? 0) + 1)],
  ];
  return h(
    "dl",
    { className: "measures", attrs: { title: MEASURE_LABELS.note, "data-measures": node } },
    ...rows.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)]),
  );
}

/** A button that selects an actor, labelled with its name. */
export function actorButton(context: DetailsContext, node: string): HTMLElement {
  const label = context.graph.getNodeAttribute(node, "label");
  return h(
    "button",
    {
      className: "link",
      attrs: { type: "button", "data-node": node },
      on: { click: () => context.actions.selectNode(node) },
    },
    label,
  );
}

export function swatch(type: EdgeType): HTMLElement {
  const element = h("span", { className: `swatch swatch-${type}`, attrs: { "aria-hidden": "true" } });
  element.style.background = EDGE_TYPE_COLORS[type];
  return element;
}

/** Month-level span: day bounds may stand for a whole month or year, so days would claim false precision. */
function dateSpan(first: string | null, last: string | null): string {
  if (first === null || last === null) return "undated";
  const a = formatMonth(first.slice(0, 7));
  const b = formatMonth(last.slice(0, 7));
  return a === b ? a : `${a} – ${b}`;
}

/** A URL safe to link to: only http(s), since `javascript:` links would run code. */
function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** One evidence sentence and its source: article title, outlet and date; `extra` goes after the source (e.g. a button). */
export function evidenceItem(
  evidence: Evidence,
  articles: ReadonlyMap<string, ArticleMeta>,
  extra: Child = null,
): HTMLElement {
  const article = articles.get(evidence.article);
  const title = article?.title ?? evidence.article;
  const href = safeHref(article?.url ?? null);
  const source: Child[] = [
    href === null
      ? h("cite", {}, title)
      : h("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer" } }, h("cite", {}, title)),
  ];
  if (article?.outlet) source.push(" — ", article.outlet);
  source.push(" · ", formatDate(article?.date ?? evidence.date));
  if (extra) source.push(" · ", extra);
  return h(
    "li",
    { className: "evidence" },
    h("blockquote", {}, evidence.sentence),
    h("p", { className: "source" }, ...source),
  );
}

/**
 * The evidence list, the first few shown and a button for the rest (`all` shows every sentence at once);
 * `extra` adds a control to each item (e.g. "not this sentence").
 */
export function evidenceList(
  evidence: readonly Evidence[],
  articles: ReadonlyMap<string, ArticleMeta>,
  options: { all?: boolean; extra?: (evidence: Evidence) => Child } = {},
): HTMLElement {
  const list = h("ol", { className: "evidence-list" });
  const render = (items: readonly Evidence[]) =>
    items.forEach((e) => list.append(evidenceItem(e, articles, options.extra?.(e) ?? null)));
  const preview = options.all ? evidence.length : EVIDENCE_PREVIEW;
  render(evidence.slice(0, preview));
  const rest = evidence.slice(preview);
  if (rest.length === 0) return list;
  const more: HTMLButtonElement = h(
    "button",
    {
      className: "link more",
      attrs: { type: "button" },
      on: {
        click: () => {
          render(rest);
          more.remove();
        },
      },
    },
    `Show ${rest.length} more sentence${rest.length > 1 ? "s" : ""}`,
  );
  return h("div", {}, list, more);
}

function sentences(n: number): string {
  return `${n} sentence${n === 1 ? "" : "s"}`;
}

/** Panel content for an actor. */
export function nodeDetails(context: DetailsContext, node: string): HTMLElement {
  const { graph, visibility } = context;
  const attributes = graph.getNodeAttributes(node);
  const body: Child[] = [h("h2", { attrs: { id: "details-title" } }, attributes.label)];
  if (attributes.type === "state") {
    body.push(
      h("p", { className: "kind" }, "State", attributes.iso2 ? ` · ${attributes.iso2}` : "", ` · ${attributes.nameEn}`),
    );
  } else {
    body.push(
      h(
        "p",
        { className: "kind" },
        "Leader · serves ",
        graph.hasNode(attributes.state) ? actorButton(context, attributes.state) : attributes.state,
      ),
    );
  }
  const aliases = attributes.aliases.filter((a) => a !== attributes.label);
  if (aliases.length > 0)
    body.push(
      h("p", { className: "aliases" }, h("span", { className: "muted" }, "Also written: "), aliases.join(", ")),
    );
  body.push(
    h(
      "p",
      { className: "muted" },
      `${attributes.mentions} mention${attributes.mentions === 1 ? "" : "s"} in ${attributes.articles.length} article${attributes.articles.length === 1 ? "" : "s"}`,
    ),
  );
  const measures = measuresList(context, node);
  if (measures !== null) body.push(measures);
  body.push(curationBadges(attributes.curation));
  if (context.curation !== null) body.push(actorReviewBar(graph, node, context.curation));

  if (attributes.type === "leader" && attributes.roles.length > 0) {
    body.push(
      h("h3", {}, "Roles"),
      h(
        "ul",
        { className: "roles" },
        ...attributes.roles.map((role) =>
          h(
            "li",
            {},
            role.role,
            " — ",
            graph.hasNode(role.state) ? actorButton(context, role.state) : role.state,
            h("span", { className: "muted" }, ` · ${dateSpan(role.firstDate, role.lastDate)}`),
          ),
        ),
      ),
    );
  }
  if (attributes.type === "state") {
    const leaders = graph
      .edges(node)
      .filter((e) => graph.getEdgeAttribute(e, "type") === "serves")
      .map((e) => graph.opposite(node, e))
      .sort((a, b) => graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label"), "fr"));
    if (leaders.length > 0) {
      const items: Child[] = [];
      leaders.forEach((leader, i) => items.push(i > 0 ? ", " : null, actorButton(context, leader)));
      body.push(h("h3", {}, "Leaders"), h("p", { className: "leaders" }, ...items));
    }
  }

  let hidden = 0;
  for (const type of RELATION_TYPES) {
    const edges = graph.edges(node).filter((e) => graph.getEdgeAttribute(e, "type") === type);
    const shown = edges.filter((e) => visibility.edges.has(e));
    hidden += edges.length - shown.length;
    if (shown.length === 0) continue;
    shown.sort((a, b) => (visibility.evidence.get(b)?.length ?? 0) - (visibility.evidence.get(a)?.length ?? 0));
    body.push(
      h("h3", { className: "relation-heading" }, swatch(type), `${EDGE_TYPE_LABELS[type]} (${shown.length})`),
      h(
        "ul",
        { className: "relations" },
        ...shown.map((edge) => relationItem(context, edge, graph.opposite(node, edge))),
      ),
    );
  }
  if (hidden > 0)
    body.push(
      h("p", { className: "muted" }, `${hidden} relation${hidden === 1 ? " is" : "s are"} hidden by the filters.`),
    );
  return h("div", {}, ...body);
}

function relationItem(context: DetailsContext, edge: string, counterpart: string): HTMLElement {
  const evidence = context.visibility.evidence.get(edge) ?? [];
  const attributes = context.graph.getEdgeAttributes(edge);
  return h(
    "li",
    { className: "relation", attrs: { "data-edge": edge } },
    h(
      "p",
      { className: "relation-line" },
      actorButton(context, counterpart),
      (attributes.curation?.length ?? 0) > 0
        ? h("span", { className: "reviewed-tick", attrs: { title: "Reviewed", "aria-label": "reviewed" } }, " ✓")
        : null,
      h(
        "span",
        { className: "muted" },
        ` · ${sentences(evidence.length)} · ${dateSpan(attributes.firstDate, attributes.lastDate)} · `,
      ),
      h(
        "button",
        {
          className: "link",
          attrs: {
            type: "button",
            "aria-label": `${EDGE_TYPE_LABELS[attributes.type]} with ${context.graph.getNodeAttribute(counterpart, "label")}: open this relation`,
          },
          on: { click: () => context.actions.selectEdge(edge) },
        },
        "details",
      ),
    ),
    evidenceList(evidence, context.articles),
  );
}

/** Panel content for one relation (or membership link). */
export function edgeDetails(
  context: DetailsContext,
  edge: string,
  options: { allEvidence?: boolean } = {},
): HTMLElement {
  const { graph } = context;
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const evidence = context.visibility.evidence.get(edge) ?? attributes.evidence;
  const ends = h(
    "p",
    { className: "ends" },
    actorButton(context, source),
    attributes.type === "serves" ? " serves " : " — ",
    actorButton(context, target),
  );
  const roles =
    attributes.type === "serves" && attributes.roles.length > 0
      ? h("p", {}, h("span", { className: "muted" }, "Roles: "), attributes.roles.join(", "))
      : null;
  const confidence =
    attributes.type !== "serves" && typeof attributes.confidence === "number"
      ? ` · confidence ${Math.round(attributes.confidence * 100)} %`
      : "";
  const curation = context.curation;
  return h(
    "div",
    {},
    h("h2", { attrs: { id: "details-title" } }, swatch(attributes.type), EDGE_TYPE_LABELS[attributes.type]),
    ends,
    roles,
    h(
      "p",
      { className: "muted" },
      `${sentences(evidence.length)} · ${dateSpan(attributes.firstDate, attributes.lastDate)}${confidence}`,
    ),
    curationBadges(attributes.curation),
    curation === null ? null : relationReviewBar(graph, edge, curation),
    h("h3", {}, "Evidence"),
    evidenceList(evidence, context.articles, {
      all: options.allEvidence,
      extra: curation === null ? undefined : (e) => rejectSentenceButton(edge, e, curation),
    }),
  );
}
