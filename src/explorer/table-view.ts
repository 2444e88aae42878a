/**
 * The table view: every visible relation (actor, relation, actor, weight, dates, sources) as a plain HTML table —
 * the non-visual way to read the graph, sharing the filters with the drawing.
 */
import { RELATION_TYPES, type ArticleMeta } from "../model/types.ts";
import { actorButton, swatch, EDGE_TYPE_LABELS, type DetailsContext } from "./details.ts";
import { h, replaceChildren } from "./dom.ts";
import { formatDate } from "./time-range.ts";

/** Fills `container` with the table of visible relations, heaviest first. */
export function renderRelationTable(container: HTMLElement, context: DetailsContext): void {
  const { graph, visibility } = context;
  const rows = [...visibility.edges]
    .filter((edge) => (RELATION_TYPES as readonly string[]).includes(graph.getEdgeAttribute(edge, "type")))
    .map((edge) => ({ edge, evidence: visibility.evidence.get(edge) ?? [] }))
    .sort((a, b) => b.evidence.length - a.evidence.length || (a.edge < b.edge ? -1 : 1));
  const caption = h(
    "caption",
    {},
    `${rows.length} relation${rows.length === 1 ? "" : "s"} shown by the current filters`,
  );
  const head = h(
    "thead",
    {},
    h(
      "tr",
      {},
      ...["Actor", "Relation", "Actor", "Sentences", "Dates", "Sources"].map((t) =>
        h("th", { attrs: { scope: "col" } }, t),
      ),
    ),
  );
  const body = h(
    "tbody",
    {},
    ...rows.map(({ edge, evidence }) => {
      const attributes = graph.getEdgeAttributes(edge);
      const [source, target] = graph.extremities(edge);
      const dates = [...new Set(evidence.map((e) => formatDate(articleDate(context.articles, e.article))))];
      const titles = [...new Set(evidence.map((e) => context.articles.get(e.article)?.title ?? e.article))];
      return h(
        "tr",
        { attrs: { "data-edge": edge } },
        h("td", {}, actorButton(context, source)),
        h(
          "td",
          {},
          h(
            "button",
            { className: "link", attrs: { type: "button" }, on: { click: () => context.actions.selectEdge(edge) } },
            swatch(attributes.type),
            EDGE_TYPE_LABELS[attributes.type],
          ),
          (attributes.curation?.length ?? 0) > 0
            ? h("span", { className: "reviewed-tick", attrs: { title: "Reviewed" } }, " ✓")
            : null,
        ),
        h("td", {}, actorButton(context, target)),
        h("td", { className: "number" }, evidence.length),
        h("td", {}, dates.join(", ")),
        h("td", {}, titles.join(" · ")),
      );
    }),
  );
  replaceChildren(container, h("table", { className: "relations-table" }, caption, head, body));
}

function articleDate(articles: ReadonlyMap<string, ArticleMeta>, id: string): string | null {
  return articles.get(id)?.date ?? null;
}
