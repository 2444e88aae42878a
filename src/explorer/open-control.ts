/**
 * The "Open…" control: a button with a file picker, and dropping a file onto the canvas. The file is read and checked
 * (`open-file.ts`) before anything is replaced: on error the message names the file and the problem, and the graph on
 * screen stays. Shows which local file is open and that a link to this view cannot bring it back.
 */
import Graph from "graphology";
import { parse } from "graphology-gexf/browser";
import { h, icon } from "./dom.ts";
import { t } from "./i18n/index.ts";
import { GEXF_PARSE_OPTIONS, MAX_FILE_BYTES, readGraphFile, type GexfReader, type OpenedGraph } from "./open-file.ts";

/** Interface strings of this module, in one place for the message catalogues. */
const LABELS = {
  get open() {
    return t("open.button");
  },
  get openTitle() {
    return t("open.title");
  },
  localFile: (name: string) => t("open.localFile", { name }),
  get notShareable() {
    return t("open.notShareable");
  },
  get dropHere() {
    return t("open.dropHere");
  },
  tooLarge: (name: string, bytes: number) =>
    t("open.tooLarge", { name, size: Math.round(bytes / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 }),
  unreadable: (name: string, why: string) => t("open.unreadable", { name, why }),
  failed: (message: string) => t("open.failed", { message }),
  get dismiss() {
    return t("open.dismiss");
  },
};

/** The browser's XML parser and graphology-gexf's browser entry. */
export const BROWSER_GEXF_READER: GexfReader = {
  parseXml: (text) => new DOMParser().parseFromString(text, "application/xml"),
  parseGexf: (document) => parse(Graph, document, GEXF_PARSE_OPTIONS),
};

export interface OpenControl {
  /** The button, the hidden file input, the open file's name and the error line: goes in the top bar. */
  element: HTMLElement;
  /** Accepts files dropped onto `target` (the canvas); returns the listeners' removal. */
  acceptDrops(target: HTMLElement): () => void;
  /** Shows the name of the local file open now, or nothing for the site's own graph. */
  setLocalFile(name: string | null): void;
  kill(): void;
}

export function createOpenControl(options: {
  /** Replaces what is shown with the opened graph (only called with a file that was read whole and valid). */
  onOpen(opened: OpenedGraph): void;
  log: Pick<Console, "error">;
}): OpenControl {
  const input = h("input", {
    className: "open-input",
    attrs: {
      type: "file",
      accept: ".json,.gexf,.xml,application/json,text/xml",
      "data-control": "open-file",
      hidden: true,
    },
  });
  // A folder icon, and the word where there is room (phones show the icon only).
  const button = h(
    "button",
    {
      attrs: { type: "button", title: LABELS.openTitle, "aria-label": LABELS.open, "data-control": "open" },
      on: { click: () => input.click() },
    },
    icon(["M2 6V4.5h6l1.5 2H18V16H2z"]),
    h("span", { className: "label" }, LABELS.open),
  );
  const fileName = h("span", { className: "open-local", attrs: { hidden: true, title: LABELS.notShareable } });
  const errorText = h("span", {});
  const error = h(
    "div",
    { className: "open-error", attrs: { role: "alert", hidden: true } },
    errorText,
    h(
      "button",
      { attrs: { type: "button", "aria-label": LABELS.dismiss }, on: { click: () => (error.hidden = true) } },
      "×",
    ),
  );
  const element = h("div", { className: "open-control" }, button, input, fileName, error);

  const fail = (message: string) => {
    errorText.textContent = LABELS.failed(message);
    error.hidden = false;
    options.log.error(`entente: ${message}`);
  };

  let generation = 0;
  const open = async (file: File) => {
    const mine = ++generation;
    if (file.size > MAX_FILE_BYTES) return fail(LABELS.tooLarge(file.name, file.size));
    let text: string;
    try {
      text = await file.text();
    } catch (reason) {
      return fail(LABELS.unreadable(file.name, (reason as Error).message));
    }
    // A later choice wins over a slow read of an earlier one.
    if (mine !== generation) return;
    let opened: OpenedGraph;
    try {
      opened = readGraphFile(file.name, text, BROWSER_GEXF_READER);
    } catch (reason) {
      return fail((reason as Error).message);
    }
    error.hidden = true;
    options.onOpen(opened);
  };

  const onChange = () => {
    const file = input.files?.[0];
    input.value = "";
    if (file !== undefined) void open(file);
  };
  input.addEventListener("change", onChange);

  return {
    element,
    acceptDrops(target) {
      const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
      const over = (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        target.classList.add("drop-target");
        target.dataset.dropHint = LABELS.dropHere;
      };
      const leave = () => target.classList.remove("drop-target");
      const drop = (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        leave();
        const file = event.dataTransfer?.files[0];
        if (file !== undefined) void open(file);
      };
      target.addEventListener("dragover", over);
      target.addEventListener("dragleave", leave);
      target.addEventListener("drop", drop);
      return () => {
        target.removeEventListener("dragover", over);
        target.removeEventListener("dragleave", leave);
        target.removeEventListener("drop", drop);
      };
    },
    setLocalFile(name) {
      fileName.hidden = name === null;
      fileName.replaceChildren();
      if (name !== null)
        fileName.append(
          h("strong", {}, LABELS.localFile(name)),
          " ",
          h("small", { className: "open-warning" }, LABELS.notShareable),
        );
    },
    kill() {
      generation++;
      input.removeEventListener("change", onChange);
    },
  };
}
