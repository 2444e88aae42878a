/**
 * The details panel: an aside showing the selected actor or relation, redrawn when the selection, the visible
 * part of the graph or the graph itself changes. Content comes from `details.ts`.
 */
import { edgeDetails, nodeDetails, type DetailsContext } from "./details.ts";
import { h, replaceChildren } from "./dom.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";

export interface DetailsPanel {
  element: HTMLElement;
  kill(): void;
}

export function createDetailsPanel(options: {
  store: Store<ExplorerState, ExplorerAction>;
  context: (state: ExplorerState) => DetailsContext;
  /** Told whether the panel is open, e.g. to make room for it. */
  onToggle: (open: boolean) => void;
}): DetailsPanel {
  const { store } = options;
  const content = h("div", { className: "details-content" });
  const element = h(
    "aside",
    { className: "details", attrs: { id: "details", "aria-labelledby": "details-title", tabindex: "-1", hidden: true } },
    h("button", { className: "close", attrs: { type: "button", "aria-label": "Close details" }, on: { click: () => store.dispatch({ type: "clearSelection" }) } }, "×"),
    content,
  );
  const render = (state: ExplorerState) => {
    const context = options.context(state);
    if (state.selectedNode !== null && state.graph.hasNode(state.selectedNode)) {
      replaceChildren(content, nodeDetails(context, state.selectedNode));
      element.hidden = false;
    } else if (state.selectedEdge !== null && state.graph.hasEdge(state.selectedEdge)) {
      replaceChildren(content, edgeDetails(context, state.selectedEdge));
      element.hidden = false;
    } else {
      replaceChildren(content);
      element.hidden = true;
    }
    options.onToggle(!element.hidden);
  };
  const unsubscribe = store.subscribe([(s) => s.graph, (s) => s.visibility, (s) => s.selectedNode, (s) => s.selectedEdge], render, true);
  return { element, kill: unsubscribe };
}
