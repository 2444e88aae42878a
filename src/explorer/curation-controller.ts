/**
 * The explorer's side of curation: turns intents into dated decisions (the store records them), undo, the review
 * queue's keys, the Review / Undo buttons and the Corrections menu (download and upload of `curation.json`), and
 * saving every new curation where it belongs. Says what a destructive decision did, with the way back.
 */
import { CURATION_FILE, describeDecision, parseCuration, serializeCuration, type Decision } from "../curation/index.ts";
import { downloadText } from "../export/download.ts";
import type { DecisionIntent } from "./curation-controls.ts";
import type { CurationBackend } from "./curation-storage.ts";
import { EDGE_TYPE_LABELS } from "./details.ts";
import { h, icon } from "./dom.ts";
import { formatNumber, t } from "./i18n/index.ts";
import type { Notices } from "./notices.ts";
import { reviewKeyAction } from "./review-panel.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";

export interface CurationController {
  reviewButton: HTMLButtonElement;
  undoButton: HTMLButtonElement;
  menu: HTMLDetailsElement;
  decide(intent: DecisionIntent): void;
  undo(): void;
  /** Runs a key of the review queue; returns whether it meant something there. */
  reviewKey(key: string): boolean;
  kill(): void;
}

export function createCurationController(options: {
  store: Store<ExplorerState, ExplorerAction>;
  notices: Notices;
  backend: CurationBackend | null;
  now: () => Date;
}): CurationController {
  const { store, notices, backend, now } = options;

  const reviewCount = h("span", { className: "badge", attrs: { "aria-hidden": "true" } });
  const reviewButton = h(
    "button",
    {
      className: "review-toggle",
      attrs: {
        type: "button",
        "data-action": "review",
        "aria-pressed": "false",
        "aria-keyshortcuts": "Q",
        title: t("curation.reviewTitle"),
      },
      on: {
        click: () => store.dispatch(store.getState().review.open ? { type: "closeReview" } : { type: "openReview" }),
      },
    },
    t("curation.review"),
    reviewCount,
  );
  const undoButton = h(
    "button",
    {
      className: "undo",
      attrs: {
        type: "button",
        "data-action": "undo",
        "aria-label": t("curation.undoLabel"),
        "aria-keyshortcuts": "Control+Z",
        title: t("curation.undoTitle"),
        disabled: true,
      },
      on: { click: () => undo() },
    },
    icon(["M8 5 4 9l4 4", "M4 9h8a4 4 0 0 1 0 8h-2"]),
    h("span", { className: "label" }, t("review.undo")),
  );
  const status = h("p", { className: "menu-note", attrs: { id: "curation-status" } });
  const uploadInput = h("input", {
    attrs: { type: "file", accept: ".json,application/json", hidden: true, "data-action": "upload-curation" },
    on: { change: () => void upload() },
  });
  const menu = h(
    "details",
    { className: "curation-menu" },
    h("summary", {}, t("curation.menu")),
    h(
      "div",
      { className: "menu" },
      status,
      h(
        "button",
        { attrs: { type: "button", "data-action": "download-curation" }, on: { click: () => download() } },
        t("curation.download", { file: CURATION_FILE }),
      ),
      h(
        "button",
        { attrs: { type: "button" }, on: { click: () => uploadInput.click() } },
        t("curation.upload", { file: CURATION_FILE }),
      ),
      uploadInput,
    ),
  );

  const unsubscribe = [
    store.subscribe(
      [(s) => s.queue, (s) => s.review, (s) => s.history, (s) => s.curation],
      (state) => {
        reviewCount.textContent = formatNumber(state.queue.length);
        reviewButton.setAttribute("aria-label", t("curation.reviewLeft", { count: state.queue.length }));
        reviewButton.setAttribute("aria-pressed", String(state.review.open));
        undoButton.disabled = state.history.length === 0;
        const n = state.curation.decisions.length;
        status.textContent = t("curation.status", {
          count: n,
          where: backend === null ? t("curation.keptInPage") : backend.label.toLocaleLowerCase(),
        });
      },
      true,
    ),
    store.subscribe([(s) => s.curation], (state) => {
      backend?.save(state.curation).catch((error: unknown) => notices.notify((error as Error).message, "warn"));
    }),
  ];

  function decide(intent: DecisionIntent): void {
    const decision = { ...intent, at: now().toISOString() } as Decision;
    const before = store.getState();
    store.dispatch({ type: "decide", decision });
    const after = store.getState();
    const stale = after.stale.find((s) => s.decision === after.curation.decisions.at(-1));
    if (stale !== undefined)
      notices.notify(t("curation.notApplied", { decision: describeDecision(decision), reason: stale.reason }), "warn");
    else if (
      decision.kind === "merge" ||
      decision.kind === "drop" ||
      decision.kind === "reject" ||
      decision.kind === "reject-evidence"
    )
      notices.notify(t("curation.done", { what: summary(decision, before) }), "info", 6000);
  }

  function undo(): void {
    if (store.getState().history.length === 0) notices.notify(t("curation.nothingToUndo"), "info", 3000);
    else store.dispatch({ type: "undo" });
  }

  function reviewKey(key: string): boolean {
    const state = store.getState();
    const action = reviewKeyAction(state, key);
    if (action === null) return false;
    const edge = state.reviewing;
    if (action.do === "dispatch") store.dispatch(action.action);
    else if (action.do === "undo") undo();
    else if (edge !== null && action.do === "retype") {
      if (action.to !== state.graph.getEdgeAttribute(edge, "type")) decide({ kind: "retype", edge, to: action.to });
      else store.dispatch({ type: "cancelRetype" });
    } else if (edge !== null && (action.do === "accept" || action.do === "reject")) decide({ kind: action.do, edge });
    return true;
  }

  function download(): void {
    menu.open = false;
    downloadText(serializeCuration(store.getState().curation), CURATION_FILE, "application/json");
  }

  async function upload(): Promise<void> {
    menu.open = false;
    const file = uploadInput.files?.[0];
    uploadInput.value = "";
    if (file === undefined) return;
    try {
      const curation = parseCuration(await file.text(), `"${file.name}"`);
      store.dispatch({ type: "loadCuration", curation });
      const { stale } = store.getState();
      const n = curation.decisions.length;
      notices.notify(
        stale.length > 0
          ? t("curation.loadedStale", { count: n, file: file.name, stale: stale.length })
          : t("curation.loaded", { count: n, file: file.name }),
        stale.length > 0 ? "warn" : "info",
      );
    } catch (error) {
      notices.notify((error as Error).message, "warn");
    }
  }

  return {
    reviewButton,
    undoButton,
    menu,
    decide,
    undo,
    reviewKey,
    kill() {
      for (const stop of unsubscribe) stop();
    },
  };
}

/** What a decision did, in the words of the graph as it was. */
function summary(decision: Decision, state: ExplorerState): string {
  const label = (node: string) => (state.graph.hasNode(node) ? state.graph.getNodeAttribute(node, "label") : node);
  const relation = (edge: string) => {
    if (!state.graph.hasEdge(edge)) return edge;
    const [a, b] = state.graph.extremities(edge);
    return `${label(a)} — ${label(b)} (${EDGE_TYPE_LABELS[state.graph.getEdgeAttribute(edge, "type")]})`;
  };
  switch (decision.kind) {
    case "merge":
      return t("curation.summary.merge", { fold: label(decision.fold), keep: label(decision.keep) });
    case "drop":
      return t("curation.summary.drop", { actor: label(decision.node) });
    case "reject":
      return t("curation.summary.reject", { relation: relation(decision.edge) });
    case "reject-evidence":
      return t("curation.summary.rejectEvidence", { relation: relation(decision.edge) });
    default:
      return describeDecision(decision);
  }
}
