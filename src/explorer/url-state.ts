/**
 * The view in the URL: selection, filters, time range, view mode, and the analysis settings (size and colour modes,
 * neighbourhood depth and actor, path ends), to and from query parameters. Decoding
 * validates every value against the graph and the model's types; what it cannot use is ignored with a notice.
 */
import { dateInterval } from "../model/dates.ts";
import { resolveViewFilter, type ViewFilter } from "../model/filter.ts";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "../model/types.ts";
import {
  COLOR_MODES,
  DEFAULT_ANALYSIS,
  DEPTHS,
  SIZE_MODES,
  type AnalysisSettings,
  type ColorMode,
  type Depth,
  type SizeMode,
} from "./analysis-view.ts";
import { t } from "./i18n/index.ts";
import {
  DEFAULT_LABEL_CHOICE,
  LABEL_DENSITIES,
  LABEL_SIZES,
  type LabelChoice,
  type LabelDensity,
  type LabelSize,
} from "./label-settings.ts";
import type { ViewMode } from "./state.ts";
import { DEFAULT_WINDOW_WIDTH, WINDOW_WIDTHS } from "./time-range.ts";
import { DEFAULT_CRITERIA, REVIEW_FILTERS, type ExplorerCriteria, type ReviewFilter } from "./visibility.ts";

/** The part of the state the URL carries. */
export interface UrlView {
  filter: ViewFilter;
  criteria: ExplorerCriteria;
  selectedNode: string | null;
  selectedEdge: string | null;
  view: ViewMode;
  analysis: AnalysisSettings;
}

/** Parameters this module owns; others (e.g. `graph`) are left untouched. */
export const URL_KEYS = [
  "node",
  "edge",
  "rel",
  "types",
  "from",
  "to",
  "undated",
  "min",
  "conf",
  "review",
  "view",
  "size",
  "color",
  "depth",
  "ego",
  "pfrom",
  "pto",
  "isolated",
] as const;

/** Query parameters for a view; defaults are left out so a plain view keeps a plain URL. */
export function encodeUrlView(view: UrlView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of URL_KEYS) params.delete(key);
  const { filter } = view;
  if (view.selectedNode !== null) params.set("node", view.selectedNode);
  if (view.selectedEdge !== null) params.set("edge", view.selectedEdge);
  if (!EDGE_TYPES.every((t) => filter.edgeTypes.includes(t)))
    params.set("rel", EDGE_TYPES.filter((t) => filter.edgeTypes.includes(t)).join(","));
  if (!NODE_TYPES.every((t) => filter.nodeTypes.includes(t)))
    params.set("types", NODE_TYPES.filter((t) => filter.nodeTypes.includes(t)).join(","));
  if (filter.from !== null) params.set("from", compactBound(filter.from, "start"));
  if (filter.to !== null) params.set("to", compactBound(filter.to, "end"));
  if (!filter.includeUndated) params.set("undated", "0");
  if (filter.minWeight > 1) params.set("min", String(filter.minWeight));
  if ((filter.minConfidence ?? 0) > 0) params.set("conf", String(filter.minConfidence));
  if (view.criteria.review !== "all") params.set("review", view.criteria.review);
  if (view.view !== "graph") params.set("view", view.view);
  const { analysis } = view;
  if (analysis.size !== DEFAULT_ANALYSIS.size) params.set("size", analysis.size);
  if (analysis.color !== DEFAULT_ANALYSIS.color) params.set("color", analysis.color);
  if (analysis.depth !== 0) params.set("depth", String(analysis.depth));
  // The neighbourhood's actor is the selection unless the selection moved off it (or was cleared).
  if (analysis.depth !== 0 && analysis.ego !== null && analysis.ego !== view.selectedNode)
    params.set("ego", analysis.ego);
  if (analysis.pathFrom !== null) params.set("pfrom", analysis.pathFrom);
  if (analysis.pathTo !== null) params.set("pto", analysis.pathTo);
  if (analysis.hideIsolated) params.set("isolated", "0");
  return params;
}

/** A day bound written as its month when it is that month's first (or last) day: `2013-11` rather than `2013-11-01`. */
function compactBound(day: string, side: "start" | "end"): string {
  const month = day.slice(0, 7);
  const interval = dateInterval(month);
  return interval !== null && interval[side] === day ? month : day;
}

/** What the graph can confirm when decoding. */
export interface UrlContext {
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
}

/** At most this many notices are shown for one URL; the rest are counted in one last line. */
export const MAX_URL_NOTICES = 10;
/** A value quoted in a notice is cut to this many characters: a URL can carry kilobytes. */
const MAX_SHOWN_VALUE = 40;

function short(value: string): string {
  const chars = [...value.slice(0, 2 * MAX_SHOWN_VALUE)];
  return chars.length > MAX_SHOWN_VALUE ? `${chars.slice(0, MAX_SHOWN_VALUE - 1).join("")}…` : chars.join("");
}

/** Reads a view from query parameters; every unusable value is dropped and explained in `notices` (capped, shortened). */
export function decodeUrlView(params: URLSearchParams, context: UrlContext): { view: UrlView; notices: string[] } {
  const all: string[] = [];
  let ignored = 0;
  // A hostile or mangled link (a `rel=` of 20,000 values) must not flood the page: keep the first few, count the rest.
  const notices = {
    push(message: string) {
      if (all.length < MAX_URL_NOTICES) all.push(message);
      else ignored++;
    },
  };
  const partial: Partial<ViewFilter> = {};

  const list = <T extends string>(name: string, allowed: readonly T[]): T[] | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    const values: T[] = [];
    for (const value of raw
      .split(",")
      .map((v) => v.trim())
      .filter((v) => v !== "")) {
      if ((allowed as readonly string[]).includes(value)) values.push(value as T);
      else notices.push(t(name === "rel" ? "url.unknownRelationType" : "url.unknownNodeType", { value: short(value) }));
    }
    return values;
  };
  const rel = list<EdgeType>("rel", EDGE_TYPES);
  if (rel !== null) partial.edgeTypes = rel;
  const types = list<NodeType>("types", NODE_TYPES);
  if (types !== null) partial.nodeTypes = types;

  for (const name of ["from", "to"] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    if (dateInterval(raw) === null) notices.push(t("url.notDate", { param: `${name}=${short(raw)}` }));
    else partial[name] = raw;
  }
  const undated = params.get("undated");
  if (undated === "0" || undated === "1") partial.includeUndated = undated === "1";
  else if (undated !== null) notices.push(t("url.useChoices", { param: `undated=${short(undated)}`, choices: "0, 1" }));
  const min = params.get("min");
  if (min !== null) {
    const value = Number(min);
    if (Number.isInteger(value) && value >= 1 && value <= 1_000_000) partial.minWeight = value;
    else notices.push(t("url.badMin", { param: `min=${short(min)}` }));
  }

  const conf = params.get("conf");
  if (conf !== null) {
    const value = Number(conf);
    if (conf.trim() !== "" && Number.isFinite(value) && value >= 0 && value <= 1) partial.minConfidence = value;
    else notices.push(t("url.badConf", { param: `conf=${short(conf)}` }));
  }
  let filter: ViewFilter;
  try {
    filter = resolveViewFilter(partial);
  } catch (error) {
    // Each value was valid alone; only a reversed range can fail here. Drop the range, keep the rest.
    notices.push(t("url.badRange", { reason: (error as Error).message.replace(/^filter: /, "") }));
    filter = resolveViewFilter({ ...partial, from: null, to: null });
  }

  const item = (
    name: "node" | "edge" | "pfrom" | "pto" | "ego",
    exists: (key: string) => boolean,
    what: "url.actor" | "url.relation" | "url.pathActor",
  ): string | null => {
    const raw = params.get(name);
    if (raw === null || raw === "") return null;
    if (exists(raw)) return raw;
    notices.push(t(what, { value: short(raw) }));
    return null;
  };
  const selectedNode = item("node", (k) => context.hasNode(k), "url.actor");
  const selectedEdge = selectedNode === null ? item("edge", (k) => context.hasEdge(k), "url.relation") : null;

  const criteria: ExplorerCriteria = { ...DEFAULT_CRITERIA };
  const review = params.get("review");
  if (review !== null) {
    if ((REVIEW_FILTERS as readonly string[]).includes(review)) criteria.review = review as ReviewFilter;
    else notices.push(t("url.useChoices", { param: `review=${short(review)}`, choices: REVIEW_FILTERS.join(", ") }));
  }

  const rawView = params.get("view");
  let view: ViewMode = "graph";
  if (rawView === "table" || rawView === "graph") view = rawView;
  else if (rawView !== null)
    notices.push(t("url.useChoices", { param: `view=${short(rawView)}`, choices: "graph, table" }));

  const analysis: AnalysisSettings = { ...DEFAULT_ANALYSIS };
  const choice = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    notices.push(t("url.useChoices", { param: `${name}=${short(raw)}`, choices: allowed.join(", ") }));
    return null;
  };
  analysis.size = choice<SizeMode>("size", SIZE_MODES) ?? analysis.size;
  analysis.color = choice<ColorMode>("color", COLOR_MODES) ?? analysis.color;
  const depth = choice("depth", DEPTHS.map(String));
  if (depth !== null) analysis.depth = Number(depth) as Depth;
  analysis.pathFrom = item("pfrom", (k) => context.hasNode(k), "url.pathActor");
  analysis.pathTo = item("pto", (k) => context.hasNode(k), "url.pathActor");
  if (analysis.depth !== 0) analysis.ego = item("ego", (k) => context.hasNode(k), "url.actor") ?? selectedNode;
  analysis.hideIsolated = choice("isolated", ["0", "1"]) === "0";

  if (ignored > 0) all.push(t("url.more", { count: ignored }));
  return { view: { filter, criteria, selectedNode, selectedEdge, view, analysis }, notices: all };
}

/** Label size and density: kept apart from `UrlView` because they live in the stage, not in the explorer state. */
export const LABEL_URL_KEYS = ["labels", "labelsize"] as const;

/** Writes the label choice into `params` (in place); the default choice leaves both keys out. */
export function encodeLabelChoice(choice: LabelChoice, params: URLSearchParams): URLSearchParams {
  for (const key of LABEL_URL_KEYS) params.delete(key);
  if (choice.density !== DEFAULT_LABEL_CHOICE.density) params.set("labels", choice.density);
  if (choice.size !== DEFAULT_LABEL_CHOICE.size) params.set("labelsize", choice.size);
  return params;
}

/** Reads the label choice; an unknown value keeps the default and is explained in `notices`. */
export function decodeLabelChoice(params: URLSearchParams): { choice: LabelChoice; notices: string[] } {
  const notices: string[] = [];
  const choice = { ...DEFAULT_LABEL_CHOICE };
  const density = params.get("labels");
  if (density !== null) {
    if ((LABEL_DENSITIES as readonly string[]).includes(density)) choice.density = density as LabelDensity;
    else notices.push(t("url.useChoices", { param: `labels=${short(density)}`, choices: LABEL_DENSITIES.join(", ") }));
  }
  const size = params.get("labelsize");
  if (size !== null) {
    if ((LABEL_SIZES as readonly string[]).includes(size)) choice.size = size as LabelSize;
    else notices.push(t("url.useChoices", { param: `labelsize=${short(size)}`, choices: LABEL_SIZES.join(", ") }));
  }
  return { choice, notices };
}

/** Marks a view of a graph opened from a local file: a link cannot bring the file back. */
export const LOCAL_FILE_KEY = "local";

/** The query string of a view of the local file `name` (label keys kept, nothing else of the previous view). */
export function localFileSearch(name: string, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  params.set(LOCAL_FILE_KEY, name);
  for (const key of LABEL_URL_KEYS) {
    const value = base.get(key);
    if (value !== null) params.set(key, value);
  }
  return params;
}

/**
 * A link made while a local file was open: the page shows its own graph instead, says so, and drops the key (with the
 * view keys, which named that file's nodes).
 */
export function decodeLocalFile(params: URLSearchParams): { search: URLSearchParams; notice: string | null } {
  const name = params.get(LOCAL_FILE_KEY);
  if (name === null) return { search: params, notice: null };
  const search = new URLSearchParams();
  for (const key of LABEL_URL_KEYS) {
    const value = params.get(key);
    if (value !== null) search.set(key, value);
  }
  for (const [key, value] of params) if (key === "graph") search.set(key, value);
  return {
    search,
    notice: t("url.localFile", { name: short(name) }),
  };
}

/**
 * The timeline's window width, `win=` (months). The window's position is the filter's `from`/`to`, already in the URL,
 * so a link opens on the same window and old links (without `win`) stay valid with the default width.
 */
export const TIMELINE_WIDTH_KEY = "win";

/** Writes the window width into `params` (removed when it is the default). */
export function encodeTimelineWidth(width: number, params: URLSearchParams): URLSearchParams {
  if (width === DEFAULT_WINDOW_WIDTH) params.delete(TIMELINE_WIDTH_KEY);
  else params.set(TIMELINE_WIDTH_KEY, String(width));
  return params;
}

/** Reads the window width; anything but one of `WINDOW_WIDTHS` is ignored with a notice. */
export function decodeTimelineWidth(params: URLSearchParams): { width: number; notices: string[] } {
  const raw = params.get(TIMELINE_WIDTH_KEY);
  if (raw === null) return { width: DEFAULT_WINDOW_WIDTH, notices: [] };
  const width = Number(raw);
  if ((WINDOW_WIDTHS as readonly number[]).includes(width) && raw.trim() === String(width))
    return { width, notices: [] };
  return {
    width: DEFAULT_WINDOW_WIDTH,
    notices: [t("timeline.urlWidth", { value: short(raw), widths: WINDOW_WIDTHS.join(", ") })],
  };
}
