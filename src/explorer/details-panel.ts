/**
 * The details aside: the review queue while it is open, otherwise the selected actor or relation. Redrawn when
 * one of the slices it reads changes; contents come from `review-panel.ts` and `details.ts`.
 */
import { h, replaceChildren } from "./dom.ts";
import { t } from "./i18n/index.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Selector, Store } from "./store.ts";

export interface DetailsPanel {
  element: HTMLElement;
  kill(): void;
}

/** The slices the aside's content depends on. */
export const DETAILS_SLICES: readonly Selector<ExplorerState>[] = [
  (s) => s.graph,
  (s) => s.visibility,
  (s) => s.selectedNode,
  (s) => s.selectedEdge,
  (s) => s.review,
  (s) => s.reviewing,
  (s) => s.queue,
  (s) => s.measures,
];

export function createDetailsPanel(options: {
  store: Store<ExplorerState, ExplorerAction>;
  /** The content for a state, or null for a closed panel. */
  content: (state: ExplorerState) => HTMLElement | null;
  /** Told whether the panel is open, e.g. to make room for it. */
  onToggle: (open: boolean) => void;
}): DetailsPanel {
  const { store } = options;
  const content = h("div", { className: "details-content" });
  const close = () =>
    store.dispatch(store.getState().review.open ? { type: "closeReview" } : { type: "clearSelection" });
  const element = h(
    "aside",
    {
      className: "details",
      attrs: { id: "details", "aria-labelledby": "details-title", tabindex: "-1", hidden: true },
    },
    h(
      "button",
      { className: "close", attrs: { type: "button", "aria-label": t("details.close") }, on: { click: close } },
      "×",
    ),
    content,
  );
  const render = (state: ExplorerState) => {
    const body = options.content(state);
    const hadFocus = element.contains(document.activeElement) && document.activeElement !== element;
    replaceChildren(content, body);
    element.hidden = body === null;
    element.classList.toggle("reviewing", state.review.open);
    // A redraw must not drop the keyboard into the page's body: keep focus in the panel.
    if (hadFocus && body !== null) element.focus({ preventScroll: true });
    options.onToggle(!element.hidden);
  };
  const unsubscribe = store.subscribe(DETAILS_SLICES, render, true);
  return { element, kill: unsubscribe };
}
