/**
 * The explorer's side of added articles: each one read by the extraction worker, kept where it belongs (the
 * browser's storage or the serve folder), merged over the loaded graph to make the store's base graph, announced
 * with its strongest relation; removal, the corpus download, and reading again what earlier visits kept.
 */
import { downloadBlob } from "../export/download.ts";
import { importGraph } from "../model/graph-io.ts";
import { isRelation, type EntenteGraph } from "../model/types.ts";
import { createAddArticle, type AddArticle } from "./add-article.ts";
import { createArticleExtractor } from "./article-extractor.ts";
import { fileNameFor, safeFileName } from "./article-intake.ts";
import { tarArchive, type ArticleStore, type StoredArticle } from "./article-storage.ts";
import { t } from "./i18n/index.ts";
import { mergeArticleGraph } from "./merge-graph.ts";
import type { Notices } from "./notices.ts";
import type { ExplorerAction, ExplorerState } from "./state.ts";
import type { Store } from "./store.ts";

export interface ArticleController {
  /** The "+ Article" button and its dialog. */
  ui: AddArticle;
  /** Settles when the articles kept from earlier visits have been read again. */
  restored: Promise<void>;
  kill(): void;
}

export function createArticleController(options: {
  store: Store<ExplorerState, ExplorerAction>;
  /** The graph as loaded: added articles are merged over it. */
  loaded: EntenteGraph;
  articleStore: ArticleStore | null;
  notices: Notices;
  now: () => Date;
  /** Opens a relation in the details panel. */
  showRelation: (edge: string) => void;
}): ArticleController {
  const { store, loaded, articleStore, notices } = options;
  const extractor = createArticleExtractor();
  /** Each added article's own graph. */
  const added: { stored: StoredArticle; graph: EntenteGraph }[] = [];
  const ui = createAddArticle({
    submit: (input) => submit(input, false),
    added: () => added.map((a) => a.stored),
    removable: articleStore?.removable ?? true,
    remove: (file) => remove(file),
    downloadCorpus: () => downloadCorpus(),
    storageLabel: articleStore?.label ?? t("curation.keptInPage"),
    notify: (message, level) => notices.notify(message, level),
  });

  const rebuildBase = () =>
    store.dispatch({
      type: "setBase",
      base: added.reduce((base, article) => mergeArticleGraph(base, article.graph), loaded),
    });

  /** Reads one article and grows the graph with it; resolves with the refusal, or null when added. */
  async function submit(
    input: { file: string | null; text: string | null; bytes: Uint8Array; entry: StoredArticle["entry"] },
    again: boolean,
  ): Promise<string | null> {
    const articles = store.getState().base.getAttribute("articles");
    const ids = articles.map((a) => a.id);
    const file =
      input.file === null ? fileNameFor(input.entry.title ?? "", input.text ?? "", ids) : safeFileName(input.file);
    const result = await extractor.extract(
      { file, bytes: input.bytes, entry: input.entry },
      {
        ids,
        sha256: articles.map((a) => a.sha256),
        texts: added.map((a) => ({ id: a.stored.file.replace(/\.txt$/, ""), text: a.stored.text })),
      },
    );
    if (!result.ok) return result.reason;
    const stored: StoredArticle = {
      file: result.article.meta.file,
      title: result.article.meta.title,
      text: result.article.text,
      entry: input.entry,
    };
    // Kept first (the folder under serve may refuse it: a name taken, the same text), then shown.
    if (!again && articleStore !== null) {
      try {
        await articleStore.add(stored);
      } catch (error) {
        return (error as Error).message;
      }
    }
    added.push({ stored, graph: importGraph(result.graph, t("articles.graphOf", { file: stored.file })) });
    rebuildBase();
    ui.refresh();
    for (const notice of result.notices) notices.notify(notice, "info", 8000);
    if (!again) announce(result.article.meta.id, result.article.meta.title);
    return null;
  }

  /** Says what an added article brought, and opens its strongest relation so its evidence shows. */
  function announce(id: string, title: string): void {
    const shown = store.getState().graph;
    const relations = shown
      .filterEdges((_edge, attributes) => isRelation(attributes) && attributes.evidence.some((e) => e.article === id))
      .sort((a, b) => shown.getEdgeAttribute(b, "weight") - shown.getEdgeAttribute(a, "weight") || (a < b ? -1 : 1));
    const actors = shown.filterNodes((_node, attributes) => attributes.articles.includes(id)).length;
    notices.notify(
      t("articles.added", {
        title,
        relations: t("articles.relations", { count: relations.length }),
        actors: t("articles.actors", { count: actors }),
      }),
      relations.length === 0 ? "warn" : "info",
      8000,
    );
    if (relations[0] !== undefined) options.showRelation(relations[0]);
  }

  function remove(file: string): void {
    const index = added.findIndex((a) => a.stored.file === file);
    if (index < 0) return;
    added.splice(index, 1);
    rebuildBase();
    ui.refresh();
    articleStore?.remove(file).catch((error: unknown) => notices.notify((error as Error).message, "warn"));
  }

  function downloadCorpus(): void {
    const folder = "entente-articles";
    const metadata = Object.fromEntries(added.map((a) => [a.stored.file, a.stored.entry]));
    const files = [
      ...added.map((a) => ({ name: `${folder}/${a.stored.file}`, text: a.stored.text })),
      { name: `${folder}/metadata.json`, text: `${JSON.stringify(metadata, null, 2)}\n` },
    ];
    downloadBlob(new Blob([tarArchive(files, options.now())], { type: "application/x-tar" }), `${folder}.tar`);
  }

  async function restore(): Promise<void> {
    for (const article of articleStore?.load() ?? []) {
      const refusal = await submit(
        { file: article.file, text: article.text, bytes: new TextEncoder().encode(article.text), entry: article.entry },
        true,
      );
      if (refusal !== null) notices.notify(t("articles.notRestored", { reason: refusal }), "warn");
    }
  }

  return {
    ui,
    restored: restore(),
    kill() {
      extractor.kill();
      ui.kill();
    },
  };
}
