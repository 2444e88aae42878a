/**
 * The review queue's panel: the relation under review with every sentence in full, the verdict buttons with their
 * keys, and the counts. Shown in the details aside while the queue is open; the keys themselves are read by
 * `reviewKeyAction` so the panel and the keyboard agree.
 */
import { RELATION_TYPES, isRelation, type RelationType } from "../model/types.ts";
import { RELATION_TYPE_NAMES, rejectSentenceButton } from "./curation-controls.ts";
import { actorButton, EDGE_TYPE_LABELS, evidenceList, swatch, type DetailsContext } from "./details.ts";
import { h } from "./dom.ts";
import { formatNumber, t } from "./i18n/index.ts";
import { verdictCount } from "./review.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";

/** What a key does in the review queue: a store action, a verdict on the current relation, or nothing. */
export type ReviewKeyAction =
  | { do: "dispatch"; action: ExplorerAction }
  | { do: "accept" | "reject" }
  | { do: "retype"; to: RelationType }
  | { do: "undo" };

/** Keys: A accept, R reject, T then 1–3 retype, N (or J, →) next, U (or Z) undo, Esc cancel a retype or close. */
export function reviewKeyAction(state: ExplorerState, key: string): ReviewKeyAction | null {
  if (!state.review.open) return null;
  const k = key.length === 1 ? key.toLowerCase() : key;
  if (state.review.retyping) {
    const index = ["1", "2", "3"].indexOf(k);
    if (index >= 0) return { do: "retype", to: RELATION_TYPES[index]! };
    if (k === "Escape" || k === "t") return { do: "dispatch", action: { type: "cancelRetype" } };
  }
  switch (k) {
    case "a":
      return state.reviewing === null ? null : { do: "accept" };
    case "r":
    case "x":
      return state.reviewing === null ? null : { do: "reject" };
    case "t":
      return state.reviewing === null ? null : { do: "dispatch", action: { type: "startRetype" } };
    case "n":
    case "j":
    case "ArrowRight":
      return { do: "dispatch", action: { type: "reviewNext" } };
    case "u":
    case "z":
      return { do: "undo" };
    case "Escape":
      return { do: "dispatch", action: { type: "closeReview" } };
    default:
      return null;
  }
}

export interface ReviewPanelActions {
  key(key: string): void;
}

/** The panel's content for `state` (the queue must be open). */
export function reviewContent(state: ExplorerState, context: DetailsContext, actions: ReviewPanelActions): HTMLElement {
  const reviewed = verdictCount(state.curation);
  const left = state.queue.length;
  const counts = h(
    "p",
    { className: "review-counts", attrs: { "aria-live": "polite", id: "review-counts" } },
    h("strong", {}, formatNumber(reviewed)),
    ` ${t("review.reviewed", { count: reviewed })} · `,
    h("strong", {}, formatNumber(left)),
    ` ${t("review.left", { count: left })}`,
  );
  const head = h("h2", { attrs: { id: "details-title", tabindex: "-1" } }, t("review.title"));
  const hint = h(
    "p",
    { className: "review-keys muted" },
    ...[
      ["A", t("review.hint.accept")],
      ["R", t("review.hint.reject")],
      ["T", t("review.hint.retype")],
      ["N", t("review.hint.next")],
      ["U", t("review.hint.undo")],
      ["Esc", t("review.hint.close")],
    ].flatMap(([key, what], i) => [i > 0 ? " · " : "", h("kbd", {}, key!), ` ${what}`]),
  );
  const edge = state.reviewing;
  if (edge === null || !state.graph.hasEdge(edge)) {
    return h(
      "div",
      { className: "review" },
      head,
      counts,
      h("p", { className: "review-done" }, left === 0 ? t("review.allDone") : t("review.nothingHere")),
      hint,
    );
  }
  const attributes = state.graph.getEdgeAttributes(edge);
  const [source, target] = state.graph.extremities(edge);
  const evidence = state.visibility.evidence.get(edge) ?? attributes.evidence;
  const confidence =
    isRelation(attributes) && typeof attributes.confidence === "number"
      ? t("details.confidence", { percent: Math.round(attributes.confidence * 100) })
      : t("review.notScored");
  const position = state.queue.indexOf(edge) + 1;
  const button = (key: string, label: string, className: string, what: string) =>
    h(
      "button",
      {
        className,
        attrs: { type: "button", "data-review": what, "aria-keyshortcuts": key, title: `${label} (${key})` },
        on: { click: () => actions.key(key) },
      },
      label,
      h("kbd", {}, key),
    );
  const verdicts = state.review.retyping
    ? h(
        "div",
        { className: "review-bar retype-choices", attrs: { role: "group", "aria-label": t("review.newType") } },
        ...RELATION_TYPES.map((type, i) =>
          h(
            "button",
            {
              attrs: { type: "button", "data-retype": type, disabled: type === attributes.type },
              on: { click: () => actions.key(String(i + 1)) },
            },
            swatch(type),
            RELATION_TYPE_NAMES[type],
            h("kbd", {}, String(i + 1)),
          ),
        ),
        h(
          "button",
          { attrs: { type: "button" }, on: { click: () => actions.key("Escape") } },
          t("curation.cancel"),
          h("kbd", {}, "Esc"),
        ),
      )
    : h(
        "div",
        { className: "review-bar", attrs: { role: "group", "aria-label": t("review.verdict") } },
        button("A", t("curation.accept"), "accept", "accept"),
        button("R", t("curation.reject"), "reject", "reject"),
        button("T", t("review.retype"), "", "retype"),
        button("N", t("review.next"), "", "next"),
        button("U", t("review.undo"), "", "undo"),
      );
  const curation = context.curation;
  return h(
    "div",
    { className: "review", attrs: { "data-reviewing": edge } },
    head,
    counts,
    h("p", { className: "review-position muted" }, t("review.position", { position, left })),
    h(
      "div",
      { className: "review-item" },
      h(
        "p",
        { className: "review-type" },
        swatch(attributes.type),
        EDGE_TYPE_LABELS[attributes.type],
        h("span", { className: "muted" }, ` · ${confidence} · ${t("details.sentences", { count: evidence.length })}`),
      ),
      h("p", { className: "ends" }, actorButton(context, source), " — ", actorButton(context, target)),
    ),
    verdicts,
    h("h3", {}, t("details.evidence")),
    evidenceList(evidence, context.articles, {
      all: true,
      extra: curation === null ? undefined : (e) => rejectSentenceButton(edge, e, curation),
    }),
    hint,
  );
}
