/**
 * The export menu: PNG and SVG of the view, GEXF of the filtered view or of the whole graph, with the drawn positions, and
 * the CSV tables (`nodes.csv`, `edges.csv`) of the filtered view with its measures.
 */
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { graphMeasureColumns, writeCsvTables } from "../export/csv.ts";
import { downloadText } from "../export/download.ts";
import { writeSvg } from "../export/svg.ts";
import { writeGexf } from "../export/gexf.ts";
import { filterGraph } from "../model/filter.ts";
import { slugify } from "../model/text-keys.ts";
import type { EntenteGraph } from "../model/types.ts";
import { h } from "./dom.ts";
import { withWholeEvidence } from "./evidence-source.ts";
import { messages, t } from "./i18n/index.ts";
import type { EntenteSigma } from "./renderer.ts";
import type { ExplorerState } from "./state.ts";
import { viewScene } from "./svg-view.ts";

/** Interface strings of this module, in one place for the message catalogues. */
const LABELS = messages({
  csv: "export.csv",
  csvFailed: "export.csvFailed",
  svg: "export.svg",
  svgFailed: "export.svgFailed",
});

export interface ExportMenu {
  element: HTMLDetailsElement;
  close(): boolean;
}

export function createExportMenu(options: {
  getState: () => ExplorerState;
  renderer: EntenteSigma;
  /** The graph with the positions currently drawn (the shown graph plus the layout's moves). */
  positioned: () => EntenteGraph;
  notify: (message: string, level: "warn") => void;
}): ExportMenu {
  const fileBase = () => {
    const name = options.getState().graph.getAttribute("name") || "entente";
    return slugify(name) || "entente";
  };
  const exportPng = async () => {
    element.open = false;
    try {
      // export-image is typed for untyped graphs only; it reads nothing of our attributes, so widening is safe.
      await downloadAsPNG(options.renderer as unknown as Sigma, { fileName: fileBase(), backgroundColor: "#ffffff" });
    } catch (error) {
      options.notify(t("export.pngFailed", { error: (error as Error).message }), "warn");
    }
  };
  const exportGexf = async (filtered: boolean) => {
    element.open = false;
    try {
      const graph = filtered ? visibleSubgraph(options.positioned(), options.getState()) : options.positioned();
      // GEXF writes every sentence: a sharded graph's are fetched first, the progress shown beside the menu.
      const whole = await withWholeEvidence(graph, (done, total) => {
        progress.textContent = done < total ? t("evidence.exportProgress", { done, total }) : "";
      });
      downloadText(writeGexf(whole), `${fileBase()}${filtered ? "-view" : ""}.gexf`, "application/gexf+xml");
    } catch (error) {
      progress.textContent = "";
      options.notify(t("export.gexfFailed", { error: (error as Error).message }), "warn");
    }
  };
  const progress = h("span", { className: "export-progress muted", attrs: { role: "status" } });
  const exportSvg = () => {
    element.open = false;
    try {
      const text = writeSvg(viewScene(options.renderer, options.positioned(), options.getState()));
      downloadText(text, `${fileBase()}.svg`, "image/svg+xml");
    } catch (error) {
      options.notify(t("export.failed", { what: LABELS.svgFailed, error: (error as Error).message }), "warn");
    }
  };
  const exportCsv = () => {
    element.open = false;
    try {
      const view = visibleSubgraph(options.positioned(), options.getState());
      const tables = writeCsvTables(view, { nodeColumns: graphMeasureColumns(view) });
      // Two files, two downloads: a zip would need a library and an extra step for every reader.
      downloadText(tables.nodes, `${fileBase()}-nodes.csv`, "text/csv");
      downloadText(tables.edges, `${fileBase()}-edges.csv`, "text/csv");
    } catch (error) {
      options.notify(t("export.failed", { what: LABELS.csvFailed, error: (error as Error).message }), "warn");
    }
  };
  const element = h(
    "details",
    { className: "export-menu" },
    h("summary", {}, t("export.menu"), progress),
    h(
      "div",
      { className: "menu" },
      h(
        "button",
        { attrs: { type: "button", "data-export": "png" }, on: { click: () => void exportPng() } },
        t("export.png"),
      ),
      h("button", { attrs: { type: "button", "data-export": "svg" }, on: { click: () => exportSvg() } }, LABELS.svg),
      h(
        "button",
        { attrs: { type: "button", "data-export": "gexf-view" }, on: { click: () => void exportGexf(true) } },
        t("export.gexfView"),
      ),
      h(
        "button",
        { attrs: { type: "button", "data-export": "gexf-all" }, on: { click: () => void exportGexf(false) } },
        t("export.gexfAll"),
      ),
      h("button", { attrs: { type: "button", "data-export": "csv" }, on: { click: () => exportCsv() } }, LABELS.csv),
    ),
  );
  return {
    element,
    close() {
      if (!element.open) return false;
      element.open = false;
      return true;
    },
  };
}

/** The filtered view as a graph: the shared filter, then the explorer's own criteria (confidence, review). */
function visibleSubgraph(graph: EntenteGraph, state: ExplorerState): EntenteGraph {
  const view = filterGraph(graph, state.filter);
  for (const edge of view.edges()) if (!state.visibility.edges.has(edge)) view.dropEdge(edge);
  return view;
}
