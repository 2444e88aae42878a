/**
 * The table view: every visible relation (actor, relation, actor, weight, dates, sources) and every visible actor
 * with its measures (relations, sentences, betweenness, PageRank, community) as plain HTML tables — the non-visual way
 * to read the graph, sharing the filters with the drawing. Each column sorts by a click on its header.
 */
import { compareFrench } from "../model/text-keys.ts";
import { RELATION_TYPES, type ArticleMeta } from "../model/types.ts";
import { actorButton, formatMeasure, swatch, EDGE_TYPE_LABELS, type DetailsContext } from "./details.ts";
import { h, replaceChildren, type Child } from "./dom.ts";
import { messages, t } from "./i18n/index.ts";
import { formatDate } from "./time-range.ts";

/** Interface strings of this module, in one place for the message catalogues. */
const LABELS = {
  relationsCaption: (n: number) => t("table.relationsCaption", { count: n }),
  actorsCaption: (n: number) => t("table.actorsCaption", { count: n }),
  get computing() {
    return t("analysis.computing");
  },
  get reviewed() {
    return t("details.reviewed");
  },
  sortBy: (column: string) => t("table.sortBy", { column }),
  relationColumns: messages({
    source: "table.actor",
    type: "table.relation",
    target: "table.actor",
    sentences: "table.sentences",
    dates: "table.dates",
    sources: "table.sources",
  }),
  actorColumns: messages({
    label: "table.actor",
    type: "table.type",
    relations: "measure.relations",
    weighted: "measure.weighted",
    betweenness: "measure.betweenness",
    pagerank: "measure.pagerank",
    community: "measure.community",
  }),
  get state() {
    return t("details.state");
  },
  get leader() {
    return t("table.leader");
  },
};

type SortValue = string | number;
interface Column<R> {
  key: string;
  label: string;
  numeric?: boolean;
  /** The value sorted on. */
  value(row: R): SortValue;
  cell(row: R): Child;
}
interface Sort {
  key: string;
  descending: boolean;
}

/** The sort of each table, kept across redraws (a new filter keeps the order the user chose). */
const sorts = new WeakMap<HTMLElement, Map<string, Sort>>();

function sortableTable<R>(
  id: string,
  container: HTMLElement,
  caption: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  initial: Sort,
  redraw: () => void,
  rowAttrs: (row: R) => Record<string, string>,
): HTMLElement {
  const byTable = sorts.get(container) ?? new Map<string, Sort>();
  sorts.set(container, byTable);
  const sort = byTable.get(id) ?? initial;
  const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
  // A stable sort on the rows' incoming order: ties keep the default order.
  const sorted = [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === "number" && typeof y === "number" ? x - y : compareFrench(String(x), String(y));
    return sort.descending ? -order : order;
  });
  const head = h(
    "tr",
    {},
    ...columns.map((c) =>
      h(
        "th",
        {
          attrs: {
            scope: "col",
            "aria-sort": c.key === column.key ? (sort.descending ? "descending" : "ascending") : null,
            "data-column": c.key,
          },
        },
        h(
          "button",
          {
            className: "sort",
            attrs: { type: "button", title: LABELS.sortBy(c.label) },
            on: {
              click: () => {
                byTable.set(id, {
                  key: c.key,
                  // A new column starts with the largest first for numbers, A→Z for text; a second click reverses.
                  descending: c.key === column.key ? !sort.descending : (c.numeric ?? false),
                });
                redraw();
              },
            },
          },
          c.label,
          c.key === column.key ? (sort.descending ? " ▾" : " ▴") : "",
        ),
      ),
    ),
  );
  return h(
    "table",
    { className: id, attrs: { id } },
    h("caption", {}, caption),
    h("thead", {}, head),
    h(
      "tbody",
      {},
      ...sorted.map((row) =>
        h(
          "tr",
          { attrs: rowAttrs(row) },
          ...columns.map((c) => h("td", { className: c.numeric ? "number" : "" }, c.cell(row))),
        ),
      ),
    ),
  );
}

/** Fills `container` with the tables of visible relations (heaviest first) and visible actors. */
export function renderRelationTable(container: HTMLElement, context: DetailsContext): void {
  const { graph, visibility } = context;
  const redraw = () => renderRelationTable(container, context);
  type RelationRow = {
    edge: string;
    source: string;
    target: string;
    sentences: number;
    dates: string;
    sources: string;
  };
  const relations: RelationRow[] = [...visibility.edges]
    .filter((edge) => (RELATION_TYPES as readonly string[]).includes(graph.getEdgeAttribute(edge, "type")))
    .map((edge) => {
      const evidence = visibility.evidence.get(edge) ?? [];
      const [source, target] = graph.extremities(edge);
      return {
        edge,
        source,
        target,
        sentences: evidence.length,
        dates: [...new Set(evidence.map((e) => formatDate(articleDate(context.articles, e.article))))].join(", "),
        sources: [...new Set(evidence.map((e) => context.articles.get(e.article)?.title ?? e.article))].join(" · "),
      };
    })
    .sort((a, b) => b.sentences - a.sentences || (a.edge < b.edge ? -1 : 1));
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const c = LABELS.relationColumns;
  const relationColumns: Column<RelationRow>[] = [
    { key: "source", label: c.source, value: (r) => label(r.source), cell: (r) => actorButton(context, r.source) },
    {
      key: "type",
      label: c.type,
      value: (r) => graph.getEdgeAttribute(r.edge, "type"),
      cell: (r) => {
        const attributes = graph.getEdgeAttributes(r.edge);
        return h(
          "span",
          {},
          h(
            "button",
            {
              className: "link",
              attrs: { type: "button" },
              on: { click: () => context.actions.selectEdge(r.edge) },
            },
            swatch(attributes.type),
            EDGE_TYPE_LABELS[attributes.type],
          ),
          (attributes.curation?.length ?? 0) > 0
            ? h("span", { className: "reviewed-tick", attrs: { title: LABELS.reviewed } }, " ✓")
            : null,
        );
      },
    },
    { key: "target", label: c.target, value: (r) => label(r.target), cell: (r) => actorButton(context, r.target) },
    { key: "sentences", label: c.sentences, numeric: true, value: (r) => r.sentences, cell: (r) => r.sentences },
    { key: "dates", label: c.dates, value: (r) => r.dates, cell: (r) => r.dates },
    { key: "sources", label: c.sources, value: (r) => r.sources, cell: (r) => r.sources },
  ];

  const measures = context.measures ?? null;
  type ActorRow = { node: string };
  const actors: ActorRow[] = [...visibility.nodes].sort().map((node) => ({ node }));
  const a = LABELS.actorColumns;
  const measure = (
    name: "relations" | "weighted" | "betweenness" | "pagerank",
    integer: boolean,
  ): Column<ActorRow> => ({
    key: name,
    label: a[name],
    numeric: true,
    value: (r) => measures?.values[name].get(r.node) ?? 0,
    cell: (r) => formatMeasure(measures?.values[name].get(r.node), integer),
  });
  const actorColumns: Column<ActorRow>[] = [
    { key: "label", label: a.label, value: (r) => label(r.node), cell: (r) => actorButton(context, r.node) },
    {
      key: "type",
      label: a.type,
      value: (r) => graph.getNodeAttribute(r.node, "type"),
      cell: (r) => (graph.getNodeAttribute(r.node, "type") === "state" ? LABELS.state : LABELS.leader),
    },
    measure("relations", true),
    measure("weighted", true),
    measure("betweenness", false),
    measure("pagerank", false),
    {
      key: "community",
      label: a.community,
      numeric: true,
      value: (r) => measures?.community.get(r.node) ?? 0,
      cell: (r) => {
        const index = measures?.community.get(r.node);
        return index === undefined ? "—" : index + 1;
      },
    },
  ];
  replaceChildren(
    container,
    sortableTable(
      "relations-table",
      container,
      LABELS.relationsCaption(relations.length),
      relationColumns,
      relations,
      { key: "sentences", descending: true },
      redraw,
      (r) => ({ "data-edge": r.edge }),
    ),
    measures === null ? h("p", { className: "note" }, LABELS.computing) : null,
    sortableTable(
      "actors-table",
      container,
      LABELS.actorsCaption(actors.length),
      actorColumns,
      actors,
      { key: "relations", descending: true },
      redraw,
      (r) => ({ "data-node": r.node }),
    ),
  );
}

function articleDate(articles: ReadonlyMap<string, ArticleMeta>, id: string): string | null {
  return articles.get(id)?.date ?? null;
}
