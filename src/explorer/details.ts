/**
 * The details panel's content: an actor (type, aliases, roles or leaders, relations grouped by type with their
 * evidence) or one relation. Builds DOM from untrusted text through `h`, so nothing is ever parsed as HTML.
 */
import { EDGE_TYPE_COLORS } from "../appearance/index.ts";
import { DEFAULT_VIEW_FILTER, type ViewFilter } from "../model/filter.ts";
import { compareFrench } from "../model/text-keys.ts";
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
import { isWhole, resolveEvidence } from "./evidence-source.ts";
import { formatNumber, messages, t } from "./i18n/index.ts";
import { pairRelations, relationHistorySection } from "./relation-history.ts";
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
  /** The current filter: a relation's history dims what it leaves out. */
  filter?: ViewFilter;
}

/** How many evidence sentences show before "show more". */
const EVIDENCE_PREVIEW = 3;

export const EDGE_TYPE_LABELS: Readonly<Record<EdgeType, string>> = messages<EdgeType>({
  cooperation: "edgeType.cooperation",
  dispute: "edgeType.dispute",
  alliance: "edgeType.alliance",
  serves: "edgeType.serves",
});

/** Interface strings of the measures shown in an actor's panel (for the message catalogues). */
const MEASURE_LABELS = messages({
  relations: "measure.relations",
  weighted: "measure.weighted",
  betweenness: "measure.betweenness",
  pagerank: "measure.pagerank",
  community: "measure.community",
  note: "measure.note",
});

/** A measure for people: counts as they are, shares to three significant digits. */
export function formatMeasure(value: number | undefined, integer: boolean): string {
  if (value === undefined) return "—";
  return integer
    ? formatNumber(value)
    : value === 0
      ? formatNumber(0)
      : formatNumber(value, { maximumSignificantDigits: 3 });
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
  if (first === null || last === null) return t("date.undated");
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
  options: { all?: boolean; extra?: (evidence: Evidence) => Child; edge?: string } = {},
): HTMLElement {
  // A sharded graph's sentences arrive asynchronously: a loading state, then the list, or the error naming the shard.
  if (!isWhole(evidence)) {
    const slot = h("div", { className: "evidence-loading", attrs: { role: "status" } }, t("evidence.loading"));
    resolveEvidence(options.edge ?? "", evidence).then(
      (whole) => slot.replaceWith(evidenceList(whole, articles, options)),
      (error: unknown) =>
        slot.replaceWith(
          h(
            "p",
            { className: "evidence-error", attrs: { role: "alert" } },
            t("evidence.failed"),
            " ",
            error instanceof Error ? error.message : String(error),
          ),
        ),
    );
    return slot;
  }
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
    t("details.showMore", { count: rest.length }),
  );
  return h("div", {}, list, more);
}

function sentences(n: number): string {
  return t("details.sentences", { count: n });
}

/** Panel content for an actor. */
export function nodeDetails(context: DetailsContext, node: string): HTMLElement {
  const { graph, visibility } = context;
  const attributes = graph.getNodeAttributes(node);
  const body: Child[] = [h("h2", { attrs: { id: "details-title" } }, attributes.label)];
  if (attributes.type === "state") {
    body.push(
      h(
        "p",
        { className: "kind" },
        t("details.state"),
        attributes.iso2 ? ` · ${attributes.iso2}` : "",
        ` · ${attributes.nameEn}`,
      ),
    );
  } else {
    body.push(
      h(
        "p",
        { className: "kind" },
        t("details.leaderServes"),
        " ",
        graph.hasNode(attributes.state) ? actorButton(context, attributes.state) : attributes.state,
      ),
    );
  }
  const aliases = attributes.aliases.filter((a) => a !== attributes.label);
  if (aliases.length > 0)
    body.push(
      h(
        "p",
        { className: "aliases" },
        h("span", { className: "muted" }, t("details.alsoWritten"), " "),
        aliases.join(", "),
      ),
    );
  body.push(
    h(
      "p",
      { className: "muted" },
      t("details.mentions", {
        count: attributes.mentions,
        articles: t("details.articles", { count: attributes.articles.length }),
      }),
    ),
  );
  const measures = measuresList(context, node);
  if (measures !== null) body.push(measures);
  body.push(curationBadges(attributes.curation));
  if (context.curation !== null) body.push(actorReviewBar(graph, node, context.curation));

  if (attributes.type === "leader" && attributes.roles.length > 0) {
    body.push(
      h("h3", {}, t("details.roles")),
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
      .sort((a, b) => compareFrench(graph.getNodeAttribute(a, "label"), graph.getNodeAttribute(b, "label")));
    if (leaders.length > 0) {
      const items: Child[] = [];
      leaders.forEach((leader, i) => items.push(i > 0 ? ", " : null, actorButton(context, leader)));
      body.push(h("h3", {}, t("details.leaders")), h("p", { className: "leaders" }, ...items));
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
  if (hidden > 0) body.push(h("p", { className: "muted" }, t("details.hiddenRelations", { count: hidden })));
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
        ? h(
            "span",
            {
              className: "reviewed-tick",
              attrs: { title: t("details.reviewed"), "aria-label": t("details.reviewedSpoken") },
            },
            " ✓",
          )
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
            "aria-label": t("details.openRelation", {
              type: EDGE_TYPE_LABELS[attributes.type],
              actor: context.graph.getNodeAttribute(counterpart, "label"),
            }),
          },
          on: { click: () => context.actions.selectEdge(edge) },
        },
        t("details.open"),
      ),
    ),
    evidenceList(evidence, context.articles, { edge }),
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
    attributes.type === "serves" ? ` ${t("details.serves")} ` : " — ",
    actorButton(context, target),
  );
  const roles =
    attributes.type === "serves" && attributes.roles.length > 0
      ? h("p", {}, h("span", { className: "muted" }, t("details.rolesLabel"), " "), attributes.roles.join(", "))
      : null;
  const confidence =
    attributes.type !== "serves" && typeof attributes.confidence === "number"
      ? ` · ${t("details.confidence", { percent: Math.round(attributes.confidence * 100) })}`
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
    attributes.type === "serves"
      ? null
      : relationHistorySection(pairRelations(graph, edge), context.articles, context.filter ?? DEFAULT_VIEW_FILTER),
    h("h3", {}, t("details.evidence")),
    evidenceList(evidence, context.articles, {
      edge,
      all: options.allEvidence,
      extra: curation === null ? undefined : (e) => rejectSentenceButton(edge, e, curation),
    }),
  );
}
