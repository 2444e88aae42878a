/**
 * The browser entry: shows a loading state, loads `graph.json` (or the same-origin `?graph=` file), mounts the
 * explorer, and turns any failure into a message on the page and in the console that names the file and the fix.
 */
import "./explorer/explorer.css";
import { emptyCuration, type Curation } from "./curation/index.ts";
import { mountExplorer, type ExplorerDebug, type ExplorerOptions } from "./explorer/app.ts";
import { browserArticleStore, serverArticleStore } from "./explorer/article-storage.ts";
import {
  browserStorageBackend,
  detectServe,
  serverBackend,
  type CurationBackend,
} from "./explorer/curation-storage.ts";
import { h, replaceChildren } from "./explorer/dom.ts";
import { chooseLocale, onLocaleChange, setLocale, t, type Locale } from "./explorer/i18n/index.ts";
import { graphUrl, loadGraph } from "./explorer/load.ts";

declare global {
  interface Window {
    /** Read-only view of the explorer for end-to-end tests; see `ExplorerDebug`. */
    __entente?: Partial<ExplorerDebug> & { error?: string };
  }
}

/** The page's language: `html lang` for screen readers and hyphenation, `lang=` in the URL once chosen. */
function showLocale(locale: Locale, writeUrl: boolean): void {
  document.documentElement.lang = locale;
  if (!writeUrl) return;
  const params = new URLSearchParams(window.location.search);
  params.set("lang", locale);
  window.history.replaceState(null, "", `${window.location.pathname}?${params.toString()}${window.location.hash}`);
}

async function start(root: HTMLElement): Promise<void> {
  const locale = chooseLocale(window.location.search, navigator.languages ?? [navigator.language]);
  setLocale(locale);
  showLocale(locale, false);
  const { url, notice } = graphUrl(window.location, document.baseURI);
  replaceChildren(
    root,
    h(
      "div",
      { className: "status-screen", attrs: { role: "status", "aria-live": "polite" } },
      h("div", { className: "spinner", attrs: { "aria-hidden": "true" } }),
      h("p", {}, t("page.loading")),
    ),
  );
  try {
    const graph = await loadGraph(url);
    // Under `npx entente serve` decisions and articles go to the project folder; elsewhere they stay in this browser.
    const session = await detectServe({
      location: window.location,
      baseURI: document.baseURI,
      storage: window.sessionStorage,
      replaceUrl: (next) => window.history.replaceState(null, "", next),
    });
    const graphId = `${url.pathname}#${graph.getAttribute("name")}`;
    const notices = notice === null ? [] : [notice];
    let backend: CurationBackend | null =
      session.serve && session.token !== null
        ? serverBackend(document.baseURI, session.token)
        : browserStorageBackend(window.localStorage, graphId);
    const articleStore =
      session.serve && session.token !== null
        ? serverArticleStore(document.baseURI, session.token)
        : browserArticleStore(window.localStorage, graphId);
    let curation: Curation = emptyCuration();
    try {
      curation = await backend.load();
    } catch (error) {
      // The browser's copy was set aside by the backend; the folder's file must not be overwritten by a blank one.
      const what = session.serve ? t("page.decisionsUnsaved") : t("page.decisionsSetAside");
      notices.push(t("page.decisionsUnreadable", { error: (error as Error).message, what }));
      if (session.serve) backend = null;
    }
    const options: ExplorerOptions = {
      search: window.location.search,
      replaceSearch: (search) => {
        const next = `${window.location.pathname}${search === "" ? "" : `?${search}`}${window.location.hash}`;
        window.history.replaceState(null, "", next);
      },
      log: console,
      notices,
      curation,
      backend,
      articleStore,
    };
    let explorer = mountExplorer(root, graph, options);
    window.__entente = explorer.debug;
    // A new language rebuilds the interface on the graph already loaded: the view is in the URL, decisions are taken
    // from the running explorer, added articles are read again from their store.
    onLocaleChange((next) => {
      showLocale(next, true);
      const decisions = explorer.store.getState().curation;
      explorer.kill();
      explorer = mountExplorer(root, graph, {
        ...options,
        search: window.location.search,
        curation: decisions,
        notices: [],
      });
      window.__entente = explorer.debug;
    });
    document.title = `${graph.getAttribute("name")} — Entente`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`entente: ${message}`);
    window.__entente = { error: message };
    replaceChildren(
      root,
      h(
        "div",
        { className: "status-screen error", attrs: { role: "alert" } },
        h("h1", {}, t("page.loadFailed")),
        h("p", { className: "error-message" }, message),
        h("p", { className: "muted" }, t("page.file"), " ", h("code", {}, url.pathname)),
      ),
    );
    root.dataset.error = "true";
  }
}

const root = document.getElementById("app");
if (root !== null) void start(root);
