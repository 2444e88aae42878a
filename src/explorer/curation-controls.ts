/**
 * The review controls of the details panel: on a relation, accept / reject / change type and, per sentence,
 * "not this sentence"; on an actor, merge with… (search for the other actor), rename, a leader's state, not an
 * actor. Each control
 * turns a click into a decision intent; the store records it through the shared curation API.
 */
import type { Decision } from "../curation/index.ts";
import { compareFrench } from "../model/text-keys.ts";
import {
  RELATION_TYPES,
  isRelation,
  type CurationMark,
  type EntenteGraph,
  type Evidence,
  type RelationType,
} from "../model/types.ts";
import { h, replaceChildren } from "./dom.ts";
import { messages, t } from "./i18n/index.ts";
import { searchActors, type SearchIndex } from "./search.ts";
import { formatDate } from "./time-range.ts";

/** A decision before it is timed: the store's caller adds `at` (the reducer reads no clock). */
export type DecisionIntent = Decision extends infer D ? (D extends Decision ? Omit<D, "at"> : never) : never;

export interface CurationActions {
  decide(intent: DecisionIntent): void;
  /** The actors' search index, for "merge with…". */
  searchIndex(): SearchIndex;
}

export const RELATION_TYPE_NAMES: Readonly<Record<RelationType, string>> = messages<RelationType>({
  cooperation: "edgeType.cooperation",
  dispute: "edgeType.dispute",
  alliance: "edgeType.alliance",
});

const MARK_LABELS: Readonly<Record<CurationMark["action"], string>> = messages<CurationMark["action"]>({
  accepted: "curation.mark.accepted",
  retyped: "curation.mark.retyped",
  added: "curation.mark.added",
  merged: "curation.mark.merged",
  renamed: "curation.mark.renamed",
  "state-corrected": "curation.mark.stateCorrected",
  "evidence-rejected": "curation.mark.evidenceRejected",
});

/** "Accepted · 25 Nov 2026" badges for an item's curation marks. */
export function curationBadges(marks: readonly CurationMark[] | undefined): HTMLElement | null {
  if (marks === undefined || marks.length === 0) return null;
  return h(
    "p",
    { className: "curation-marks" },
    ...marks.map((mark) =>
      h(
        "span",
        { className: `mark mark-${mark.action}`, attrs: { title: mark.note ?? "" } },
        `✓ ${MARK_LABELS[mark.action]} · ${formatDate(mark.at.slice(0, 10))}`,
      ),
    ),
  );
}

/** Accept / reject / change type for a relation (nothing for membership links: they follow the leader's roles). */
export function relationReviewBar(graph: EntenteGraph, edge: string, actions: CurationActions): HTMLElement | null {
  const attributes = graph.getEdgeAttributes(edge);
  if (!isRelation(attributes)) return null;
  const accepted = attributes.curation?.some((m) => m.action === "accepted") ?? false;
  const typeSelect = h(
    "select",
    {
      attrs: { "aria-label": t("curation.retypeLabel"), "data-curate": "retype" },
      on: {
        change: () => {
          const to = typeSelect.value as RelationType;
          if (to !== attributes.type) actions.decide({ kind: "retype", edge, to });
        },
      },
    },
    ...RELATION_TYPES.map((type) =>
      h("option", { attrs: { value: type, selected: type === attributes.type } }, RELATION_TYPE_NAMES[type]),
    ),
  );
  return h(
    "div",
    { className: "review-bar", attrs: { role: "group", "aria-label": t("curation.reviewRelation") } },
    h(
      "button",
      {
        className: "accept",
        attrs: { type: "button", "data-curate": "accept", disabled: accepted },
        on: { click: () => actions.decide({ kind: "accept", edge }) },
      },
      accepted ? t("curation.mark.accepted") : t("curation.accept"),
    ),
    h(
      "button",
      {
        className: "reject",
        attrs: { type: "button", "data-curate": "reject" },
        on: { click: () => actions.decide({ kind: "reject", edge }) },
      },
      t("curation.reject"),
    ),
    h("label", { className: "retype" }, h("span", {}, t("table.type")), typeSelect),
  );
}

/** The "not this sentence" button of one evidence item. */
export function rejectSentenceButton(edge: string, evidence: Evidence, actions: CurationActions): HTMLElement {
  return h(
    "button",
    {
      className: "link reject-sentence",
      attrs: {
        type: "button",
        "data-curate": "reject-evidence",
        title: t("curation.rejectSentenceTitle"),
      },
      on: {
        click: () =>
          actions.decide({
            kind: "reject-evidence",
            edge,
            evidence: {
              article: evidence.article,
              sentence: evidence.sentence,
              start: evidence.start,
              end: evidence.end,
            },
          }),
      },
    },
    t("curation.rejectSentence"),
  );
}

/** Merge with… / Rename / Not an actor, for the actor `node`. */
export function actorReviewBar(graph: EntenteGraph, node: string, actions: CurationActions): HTMLElement {
  const attributes = graph.getNodeAttributes(node);
  const area = h("div", { className: "actor-edit" });
  const close = () => replaceChildren(area);

  const openMerge = () => {
    const input = h("input", {
      attrs: {
        type: "search",
        "aria-label": t("curation.mergeLabel", { actor: attributes.label }),
        placeholder: attributes.type === "state" ? t("curation.anotherState") : t("curation.anotherLeader"),
        "data-curate": "merge-search",
        autocomplete: "off",
      },
    });
    const results = h("ul", { className: "merge-results", attrs: { role: "list" } });
    const update = () => {
      const found = searchActors(actions.searchIndex(), input.value, 12).filter(
        (r) => r.node !== node && r.type === attributes.type,
      );
      replaceChildren(
        results,
        ...found.map((r) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                className: "link",
                attrs: { type: "button", "data-merge": r.node },
                on: { click: () => actions.decide({ kind: "merge", keep: node, fold: r.node }) },
              },
              r.label,
            ),
            r.matched === null ? null : h("span", { className: "muted" }, ` (${r.matched})`),
          ),
        ),
        input.value.trim() !== "" && found.length === 0
          ? h("li", { className: "muted" }, t("curation.noMergeMatch"))
          : null,
      );
    };
    input.addEventListener("input", update);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        close();
      }
    });
    replaceChildren(
      area,
      h("p", { className: "muted" }, t("curation.mergeHint", { actor: attributes.label })),
      input,
      results,
    );
    input.focus();
  };

  const openRename = () => {
    const input = h("input", {
      attrs: {
        type: "text",
        value: attributes.label,
        "aria-label": t("curation.newName"),
        "data-curate": "rename-input",
        maxlength: 200,
      },
    });
    const save = () => {
      const label = input.value.replace(/\s+/gu, " ").trim();
      if (label !== "" && label !== attributes.label) actions.decide({ kind: "rename", node, label });
      else close();
    };
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") save();
      if (event.key === "Escape") {
        event.stopPropagation();
        close();
      }
    });
    replaceChildren(
      area,
      h(
        "div",
        { className: "rename" },
        input,
        h(
          "button",
          { attrs: { type: "button", "data-curate": "rename-save" }, on: { click: save } },
          t("curation.save"),
        ),
        h("button", { attrs: { type: "button" }, on: { click: close } }, t("curation.cancel")),
      ),
    );
    input.select();
  };

  /** A leader's state: the states of the graph by name, the current one selected. */
  const openSetState = () => {
    if (attributes.type !== "leader") return;
    const states = graph
      .filterNodes((_key, a) => a.type === "state")
      .sort((a, b) => compareFrench(graph.getNodeAttribute(a, "label"), graph.getNodeAttribute(b, "label")));
    const select = h(
      "select",
      {
        attrs: {
          "aria-label": t("curation.stateLabel", { actor: attributes.label }),
          "data-curate": "set-state-select",
        },
      },
      ...states.map((state) =>
        h(
          "option",
          { attrs: { value: state, selected: state === attributes.state } },
          graph.getNodeAttribute(state, "label"),
        ),
      ),
    );
    const save = () => {
      if (select.value !== attributes.state) actions.decide({ kind: "set-state", node, state: select.value });
      else close();
    };
    replaceChildren(
      area,
      h(
        "div",
        { className: "rename" },
        select,
        h(
          "button",
          { attrs: { type: "button", "data-curate": "set-state-save" }, on: { click: save } },
          t("curation.save"),
        ),
        h("button", { attrs: { type: "button" }, on: { click: close } }, t("curation.cancel")),
      ),
    );
    select.focus();
  };

  return h(
    "div",
    {},
    h(
      "div",
      { className: "review-bar", attrs: { role: "group", "aria-label": t("curation.correctActor") } },
      h("button", { attrs: { type: "button", "data-curate": "merge" }, on: { click: openMerge } }, t("curation.merge")),
      h(
        "button",
        { attrs: { type: "button", "data-curate": "rename" }, on: { click: openRename } },
        t("curation.rename"),
      ),
      attributes.type === "leader"
        ? h(
            "button",
            { attrs: { type: "button", "data-curate": "set-state" }, on: { click: openSetState } },
            t("curation.setState"),
          )
        : null,
      h(
        "button",
        {
          className: "reject",
          attrs: { type: "button", "data-curate": "drop", title: t("curation.dropTitle") },
          on: { click: () => actions.decide({ kind: "drop", node }) },
        },
        t("curation.drop"),
      ),
    ),
    area,
  );
}
