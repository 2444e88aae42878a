/**
 * A relation's history in its panel: the supporting sentences of every relation between the pair (all types), per
 * month or per year (`relationHistory` of `src/analysis/history-bins.ts` says which), as a row of stacked bars. Each
 * bar is a button that lists its sentences below and scrolls to them. Takes the evidence as input, so the panel can
 * draw it once the evidence has arrived; periods outside the filter's date range are dimmed.
 */
import {
  binKept,
  relationHistory,
  type HistoryBin,
  type HistoryRelation,
  type RelationHistory,
} from "../analysis/index.ts";
import { EDGE_TYPE_COLORS } from "../appearance/index.ts";
import type { ViewFilter } from "../model/filter.ts";
import { RELATION_TYPES, type ArticleMeta, type EntenteGraph, type Evidence } from "../model/types.ts";
import { EDGE_TYPE_LABELS, evidenceList } from "./details.ts";
import { h } from "./dom.ts";
import { formatDate, t } from "./i18n/index.ts";

/** The relations (not `serves`) between the two ends of `edge`, with their evidence as the graph holds it. */
export function pairRelations(graph: EntenteGraph, edge: string): HistoryRelation[] {
  const [source, target] = graph.extremities(edge);
  const relations: HistoryRelation[] = [];
  graph.forEachEdge(source, (key, attributes, s, t) => {
    if (attributes.type === "serves") return;
    if ((s === source && t === target) || (s === target && t === source))
      relations.push({ edge: key, type: attributes.type, evidence: attributes.evidence });
  });
  // The selected relation first, then by type: the history reads the same whatever the graph's insertion order.
  return relations.sort(
    (a, b) =>
      Number(b.edge === edge) - Number(a.edge === edge) ||
      RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) ||
      a.edge.localeCompare(b.edge),
  );
}

function periodLabel(bin: HistoryBin): string {
  return formatDate(bin.period === "undated" ? null : bin.period);
}

/**
 * The history section for the relations of a pair (null when none has a sentence). `articles` gives the dates the
 * filter uses and the sources of the listed sentences.
 */
export function relationHistorySection(
  relations: readonly HistoryRelation[],
  articles: ReadonlyMap<string, ArticleMeta>,
  filter: Pick<ViewFilter, "from" | "to" | "includeUndated" | "edgeTypes">,
): HTMLElement | null {
  const dateOf = (e: Evidence) => (articles.has(e.article) ? articles.get(e.article)!.date : e.date);
  const history: RelationHistory = relationHistory(relations, dateOf);
  if (history.bins.length === 0) return null;

  const listing = h("div", { className: "history-listing", attrs: { tabindex: "-1", "aria-live": "polite" } });
  const buttons: HTMLButtonElement[] = [];
  const bars = history.bins.map((bin) => {
    const total = bin.sentences.length;
    const parts = RELATION_TYPES.filter((type) => bin.counts[type] > 0)
      .map((type) => `${EDGE_TYPE_LABELS[type].toLowerCase()} ${bin.counts[type]}`)
      .join(", ");
    const label = t("history.bar", { period: periodLabel(bin), count: total, parts: parts ? ` (${parts})` : "" });
    const stack = h("span", { className: "history-stack", attrs: { "aria-hidden": "true" } });
    for (const type of RELATION_TYPES) {
      if (bin.counts[type] === 0) continue;
      const segment = h("span", { className: "history-segment" });
      segment.style.background = EDGE_TYPE_COLORS[type];
      segment.style.height = `${(100 * bin.counts[type]) / Math.max(1, history.peak)}%`;
      if (!filter.edgeTypes.includes(type)) segment.classList.add("dimmed");
      stack.append(segment);
    }
    const button: HTMLButtonElement = h(
      "button",
      {
        className: `history-bar${binKept(bin, filter) ? "" : " dimmed"}${bin.period === "undated" ? " undated" : ""}`,
        attrs: {
          type: "button",
          "data-period": bin.period,
          "aria-pressed": "false",
          "aria-label": label,
          title: label,
          disabled: total === 0,
        },
        on: { click: () => show(bin, button) },
      },
      stack,
    );
    buttons.push(button);
    return button;
  });

  function show(bin: HistoryBin, button: HTMLButtonElement): void {
    for (const other of buttons) other.setAttribute("aria-pressed", String(other === button));
    const byType = RELATION_TYPES.filter((t) => bin.counts[t] > 0).map((type) =>
      h(
        "div",
        { className: "history-type" },
        h("h4", {}, `${EDGE_TYPE_LABELS[type]} (${bin.counts[type]})`),
        evidenceList(
          bin.sentences.filter((s) => s.type === type).map((s) => s.evidence),
          articles,
          { all: true },
        ),
      ),
    );
    listing.replaceChildren(
      h(
        "p",
        { className: "history-period" },
        t("history.listed", { period: periodLabel(bin), count: bin.sentences.length }),
      ),
      ...byType,
    );
    listing.scrollIntoView({ block: "nearest" });
    listing.focus({ preventScroll: true });
  }

  const first = history.bins[0]!;
  const lastDated = history.bins.filter((b) => b.period !== "undated").at(-1);
  return h(
    "section",
    { className: "relation-history", attrs: { "aria-label": t("history.title") } },
    h("h3", {}, t("history.title")),
    h("p", { className: "muted" }, t(history.unit === "month" ? "history.perMonth" : "history.perYear")),
    h("div", { className: "history-bars", attrs: { role: "group", "aria-label": t("history.title") } }, ...bars),
    h(
      "div",
      { className: "history-axis", attrs: { "aria-hidden": "true" } },
      h("span", {}, periodLabel(first)),
      h("span", {}, lastDated === undefined || lastDated === first ? "" : periodLabel(lastDated)),
    ),
    h("p", { className: "muted history-hint" }, t("history.hint")),
    listing,
  );
}
