/**
 * What the page shows, and opening another graph in its place: mounts the explorer on the site's graph, and on a
 * file opened from the page (picker or drop) replaces it with the explorer on that Entente graph or the plain view of
 * a GEXF file. An opened file's view lives as long as the page: no saved decisions or articles are read or written
 * for it, and the URL marks it as local. Returns `kill()`; `debug` always reads the view shown now.
 */
import { emptyCuration, type Curation } from "../curation/index.ts";
import type { EntenteGraph } from "../model/types.ts";
import { mountExplorer, type ExplorerDebug, type ExplorerOptions } from "./app.ts";
import { mountForeignView, type ForeignViewDebug } from "./foreign-view.ts";
import { t } from "./i18n/index.ts";
import type { LabelChoice } from "./label-settings.ts";
import { createOpenControl } from "./open-control.ts";
import type { OpenedGraph } from "./open-file.ts";
import { decodeLabelChoice, decodeLocalFile, encodeLabelChoice, localFileSearch } from "./url-state.ts";

/** The debug hooks of the view shown, plus what is open. */
export type SessionDebug = Partial<ExplorerDebug> & {
  /** The local file open now (`null`: the site's graph), and how it is shown. */
  opened(): { name: string; kind: OpenedGraph["kind"] } | null;
};

export interface GraphSession {
  debug: SessionDebug;
  /** Settles when the first explorer's kept articles have been read again. */
  restored: Promise<void>;
  /** The user's decisions on the site's graph while it is shown (`null` while an opened file is shown). */
  curation(): Curation | null;
  kill(): void;
}

export function mountSession(root: HTMLElement, graph: EntenteGraph, options: ExplorerOptions): GraphSession {
  let current: { debug: Partial<ExplorerDebug> | ForeignViewDebug; kill(): void } | null = null;
  let opened: { name: string; kind: OpenedGraph["kind"] } | null = null;
  let dropCleanup: (() => void) | null = null;
  const control = createOpenControl({ onOpen: (file) => show(file), log: options.log });

  const acceptDrops = (stage: HTMLElement | null) => {
    dropCleanup?.();
    dropCleanup = stage === null ? null : control.acceptDrops(stage);
  };
  const currentSearch = () => new URLSearchParams(window.location.search);

  // A link made with a local file open shows the site's graph, saying so.
  const local = decodeLocalFile(new URLSearchParams(options.search));
  const first = mountExplorer(root, graph, {
    ...options,
    search: local.search.toString(),
    notices: [...(options.notices ?? []), ...(local.notice === null ? [] : [local.notice])],
    extraActions: [control.element],
  });
  current = first;
  acceptDrops(root.querySelector<HTMLElement>("#stage"));

  function show(file: OpenedGraph): void {
    const labels: LabelChoice = decodeLabelChoice(currentSearch()).choice;
    const search = localFileSearch(file.name, encodeLabelChoice(labels, currentSearch()));
    acceptDrops(null);
    current?.kill();
    root.classList.remove("details-open", "filters-open");
    control.setLocalFile(file.name);
    opened = { name: file.name, kind: file.kind };
    if (file.kind === "entente") {
      current = mountExplorer(root, file.graph, {
        ...options,
        search: search.toString(),
        notices: [],
        curation: emptyCuration(),
        backend: null,
        articleStore: null,
        extraActions: [control.element],
      });
      acceptDrops(root.querySelector<HTMLElement>("#stage"));
    } else {
      options.replaceSearch(search.toString());
      current = mountForeignView(root, file.graph, {
        name: file.name,
        actions: [control.element],
        labels,
        onLabels: (choice) => options.replaceSearch(encodeLabelChoice(choice, currentSearch()).toString()),
        onStage: (stage) => acceptDrops(stage),
      });
    }
    document.title = t("page.fileTitle", { name: file.name });
  }

  const debug = new Proxy({} as SessionDebug, {
    get(_target, property) {
      if (property === "opened") return () => opened;
      const value = (current?.debug as Record<string | symbol, unknown> | undefined)?.[property];
      return value;
    },
    has(_target, property) {
      return property === "opened" || (current !== null && property in current.debug);
    },
  });

  let killed = false;
  return {
    debug,
    restored: first.restored,
    curation: () => (opened === null ? first.store.getState().curation : null),
    kill() {
      if (killed) return;
      killed = true;
      acceptDrops(null);
      control.kill();
      current?.kill();
      current = null;
    },
  };
}
