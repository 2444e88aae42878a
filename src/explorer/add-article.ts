/**
 * "Add an article": a dialog to paste a text and type its title, outlet and date, and drops of `.txt` files and
 * saved web pages (`.html`, read here with the browser's `DOMParser`) anywhere on the page. Each article goes through the extraction worker; refusals are shown in the page with the
 * CLI's own messages. The dialog also lists the articles added in this browser, to remove them or download them
 * as a corpus. All text is shown as text (`h`), never parsed.
 */
import { articleKind, type ManifestEntry } from "../corpus/index.ts";
import { datePrecision } from "../model/dates.ts";
import { h, replaceChildren } from "./dom.ts";
import type { StoredArticle } from "./article-storage.ts";
import { t } from "./i18n/index.ts";

export interface AddArticleOptions {
  /** Reads one article; resolves with null when added, or the refusal to show. */
  submit(input: {
    file: string | null;
    text: string | null;
    bytes: Uint8Array;
    entry: ManifestEntry;
  }): Promise<string | null>;
  /** The articles added in the page so far, and whether they can be removed here. */
  added(): readonly StoredArticle[];
  removable: boolean;
  remove(file: string): void;
  downloadCorpus(): void;
  /** Where added articles are kept, in a few words. */
  storageLabel: string;
  notify(message: string, level: "info" | "warn"): void;
}

export interface AddArticle {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
  open(): void;
  /** Refreshes the list of added articles. */
  refresh(): void;
  kill(): void;
}

export function createAddArticle(options: AddArticleOptions): AddArticle {
  const field = (id: string, label: string, attrs: Record<string, string>) => {
    const input = h("input", { attrs: { id, type: "text", autocomplete: "off", ...attrs } });
    return { input, row: h("label", { className: "field", attrs: { for: id } }, h("span", {}, label), input) };
  };
  const text = h("textarea", {
    attrs: {
      id: "article-text",
      rows: 9,
      "aria-label": t("add.text"),
      placeholder: t("add.textPlaceholder"),
      spellcheck: "false",
    },
  });
  const title = field("article-title", t("add.title"), { placeholder: t("add.titlePlaceholder") });
  const outlet = field("article-outlet", t("add.outlet"), { placeholder: t("add.outletPlaceholder") });
  const date = field("article-date", t("add.date"), { placeholder: t("add.datePlaceholder"), inputmode: "numeric" });
  const status = h("p", { className: "add-status", attrs: { role: "alert", id: "add-article-status" } });
  const addButton = h(
    "button",
    { className: "primary", attrs: { type: "submit", "data-action": "submit-article" } },
    t("add.submit"),
  );
  const list = h("ul", { className: "added-list" });
  const addedSection = h("section", { className: "added", attrs: { "aria-label": t("add.addedLabel") } });

  const form = h(
    "form",
    { attrs: { method: "dialog" } },
    h("h2", {}, t("add.heading")),
    h("p", { className: "muted" }, t("add.intro")),
    text,
    h("div", { className: "fields" }, title.row, outlet.row, date.row),
    status,
    h(
      "div",
      { className: "dialog-actions" },
      h("button", { attrs: { type: "button" }, on: { click: () => dialog.close() } }, t("add.close")),
      addButton,
    ),
    addedSection,
  );
  const dialog = h(
    "dialog",
    { className: "add-article", attrs: { id: "add-article", "aria-labelledby": "add-article-title" } },
    form,
  );
  form.querySelector("h2")!.id = "add-article-title";

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submitForm();
  });

  async function submitForm(): Promise<void> {
    const body = text.value;
    if (body.trim() === "") {
      status.textContent = t("add.noText");
      text.focus();
      return;
    }
    const entry: ManifestEntry = {};
    if (title.input.value.trim() !== "") entry.title = title.input.value.replace(/\s+/gu, " ").trim();
    if (outlet.input.value.trim() !== "") entry.outlet = outlet.input.value.replace(/\s+/gu, " ").trim();
    const day = date.input.value.trim();
    if (day !== "") {
      // Refused here with the form's words; the intake would refuse it too, naming the manifest field.
      if (datePrecision(day) === null) {
        status.textContent = t("add.badDate", { date: day });
        date.input.focus();
        return;
      }
      entry.date = day;
    }
    addButton.disabled = true;
    status.textContent = t("add.reading");
    try {
      const refusal = await options.submit({ file: null, text: body, bytes: new TextEncoder().encode(body), entry });
      if (refusal !== null) {
        status.textContent = refusal;
        return;
      }
      status.textContent = "";
      text.value = "";
      for (const f of [title, outlet, date]) f.input.value = "";
      dialog.close();
    } finally {
      addButton.disabled = false;
    }
  }

  function refresh(): void {
    const added = options.added();
    replaceChildren(
      list,
      ...added.map((article) =>
        h(
          "li",
          {},
          h("span", { className: "added-title" }, article.title),
          h("span", { className: "added-file muted" }, article.file),
          options.removable
            ? h(
                "button",
                {
                  className: "link",
                  attrs: { type: "button", "data-remove-article": article.file },
                  on: { click: () => options.remove(article.file) },
                },
                t("add.remove"),
              )
            : null,
        ),
      ),
    );
    replaceChildren(
      addedSection,
      added.length === 0
        ? null
        : h(
            "div",
            {},
            h(
              "h3",
              {},
              t("add.addedHere", { count: added.length }),
              h("span", { className: "muted" }, ` — ${options.storageLabel}`),
            ),
            list,
            // Under serve the articles are in the folder already; in the browser, this is the way to take them out.
            options.removable
              ? h(
                  "button",
                  {
                    className: "link",
                    attrs: { type: "button", "data-action": "download-corpus" },
                    on: { click: () => options.downloadCorpus() },
                  },
                  t("add.downloadCorpus"),
                )
              : null,
          ),
    );
  }

  // Drops anywhere on the page: each .txt file is read in turn; the page shows a hint while something is dragged over.
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    document.body.classList.add("dropping");
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) document.body.classList.remove("dropping");
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    document.body.classList.remove("dropping");
    void dropFiles([...(event.dataTransfer?.files ?? [])]);
  };
  async function dropFiles(files: File[]): Promise<void> {
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A saved page is read here, where the browser's DOMParser is (not in the worker); its text goes on as a .txt.
      // Readability loads on the first page dropped, not with the explorer.
      let page = null;
      if (articleKind(file.name) === "page") {
        const { pageAsText } = await import("../corpus/html/page-as-text.ts");
        page = pageAsText(file.name, bytes, (html) => new DOMParser().parseFromString(html, "text/html"));
      }
      if (page !== null && "refusal" in page) {
        options.notify(page.refusal, "warn");
        continue;
      }
      const refusal = await options.submit(page ?? { file: file.name, text: null, bytes, entry: {} });
      if (refusal !== null) options.notify(refusal, "warn");
    }
  }
  document.addEventListener("dragover", onDragOver);
  document.addEventListener("dragleave", onDragLeave);
  document.addEventListener("drop", onDrop);

  const button = h(
    "button",
    {
      className: "add-toggle",
      attrs: {
        type: "button",
        "data-action": "add-article",
        title: t("add.buttonTitle"),
      },
    },
    t("add.button"),
  );
  const open = () => {
    refresh();
    status.textContent = "";
    dialog.showModal();
    text.focus();
  };
  button.addEventListener("click", open);
  refresh();

  return {
    button,
    dialog,
    open,
    refresh,
    kill() {
      document.removeEventListener("dragover", onDragOver);
      document.removeEventListener("dragleave", onDragLeave);
      document.removeEventListener("drop", onDrop);
      if (dialog.open) dialog.close();
    },
  };
}
