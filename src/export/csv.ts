/**
 * The CSV writer: `nodes.csv` (one row per actor) and `edges.csv` (one row per relation or leader → state link), for
 * spreadsheets, Gephi's spreadsheet import and Neo4j's `LOAD CSV`. Pure (no fs, no DOM, no clock) and deterministic:
 * rows in key order, numbers written the same way on every machine, RFC 4180 quoting, CRLF line ends.
 *
 * Column names follow Gephi's importer, which recognises `Id`, `Label`, `Source`, `Target`, `Type` (Undirected) and
 * `Weight`; our own relation type is therefore the `relation` column. List cells join their items with `|` (an item's
 * own `|` and `\` are backslash-escaped), so Cypher's `split(row.aliases, "|")` reads them.
 */
import {
  detectCommunities,
  pageRank,
  betweenness,
  projectVisible,
  wholeGraph,
  relationCount,
  weightedDegree,
} from "../analysis/index.ts";
import type { EntenteGraph } from "../model/types.ts";
import { compareCodeUnits as byKey } from "../model/text-keys.ts";

/** A computed node column: a name and a value per node (missing values leave the cell empty). */
export interface NodeColumn {
  name: string;
  values: ReadonlyMap<string, number>;
}

export interface CsvOptions {
  /** Extra node columns after the attributes, e.g. the measures of `graphMeasureColumns`. */
  nodeColumns: readonly NodeColumn[];
  /**
   * Whether a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
   * spreadsheet shows it instead of running it as a formula (the article text is untrusted). On by default; a reader
   * that wants the exact text (a script, Neo4j) may strip it or export with the guard off.
   */
  guardFormulas: boolean;
}

export const DEFAULT_CSV_OPTIONS: Readonly<CsvOptions> = { nodeColumns: [], guardFormulas: true };

export interface CsvTables {
  nodes: string;
  edges: string;
}

export const NODE_HEADER = [
  "Id",
  "Label",
  "nodeType",
  "iso2",
  "iso3",
  "nameEn",
  "state",
  "roles",
  "aliases",
  "mentions",
  "articles",
  "x",
  "y",
] as const;

export const EDGE_HEADER = [
  "Id",
  "Source",
  "Target",
  "Type",
  "Label",
  "Weight",
  "relation",
  "evidenceCount",
  "firstDate",
  "lastDate",
  "confidence",
  "rules",
  "roles",
  "articles",
] as const;

type Cell = string | number | null | undefined;

/** A text cell that a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180), quotes doubled. */
export function csvField(value: Cell, guardFormulas = false): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? formatNumber(value) : value;
  if (guardFormulas && typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Numbers as JavaScript writes them, floats cut to 10 significant digits: stable and readable everywhere. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

/** A list cell: items joined with `|`, their own `|` and `\` escaped with `\`. */
export function listCell(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join("|");
}

/** Reads a list cell back (the inverse of `listCell`). */
export function parseListCell(cell: string): string[] {
  if (cell === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === "\\" && i + 1 < cell.length) current += cell[++i];
    else if (c === "|") {
      items.push(current);
      current = "";
    } else current += c;
  }
  items.push(current);
  return items;
}

function row(cells: readonly Cell[], guard: boolean): string {
  return cells.map((cell) => csvField(cell, guard)).join(",");
}

/** Both tables of `graph` (already filtered to the view to export). */
export function writeCsvTables(graph: EntenteGraph, partial: Partial<CsvOptions> = {}): CsvTables {
  const options = { ...DEFAULT_CSV_OPTIONS, ...partial };
  const guard = options.guardFormulas;
  for (const column of options.nodeColumns)
    if ((NODE_HEADER as readonly string[]).includes(column.name))
      throw new Error(`csv: node column "${column.name}" would repeat an attribute column; rename it`);
  const nodeLines = [row([...NODE_HEADER, ...options.nodeColumns.map((c) => c.name)], false)];
  for (const key of graph.nodes().sort(byKey)) {
    const a = graph.getNodeAttributes(key);
    const state = a.type === "state" ? a : null;
    const leader = a.type === "leader" ? a : null;
    nodeLines.push(
      row(
        [
          key,
          a.label,
          a.type,
          state?.iso2,
          state?.iso3,
          state?.nameEn,
          leader?.state,
          leader === null ? null : listCell(leader.roles.map((r) => r.role)),
          listCell(a.aliases),
          a.mentions,
          listCell(a.articles),
          a.x,
          a.y,
          ...options.nodeColumns.map((c) => c.values.get(key)),
        ],
        guard,
      ),
    );
  }
  const edgeLines = [row(EDGE_HEADER, false)];
  for (const key of graph.edges().sort(byKey)) {
    const a = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    const relation = a.type === "serves" ? null : a;
    edgeLines.push(
      row(
        [
          key,
          source,
          target,
          "Undirected",
          a.type,
          a.weight,
          a.type,
          a.evidence.length,
          a.firstDate,
          a.lastDate,
          relation?.confidence,
          relation === null ? null : listCell(relation.rules),
          a.type === "serves" ? listCell(a.roles) : null,
          listCell(a.articles),
        ],
        guard,
      ),
    );
  }
  return { nodes: `${nodeLines.join("\r\n")}\r\n`, edges: `${edgeLines.join("\r\n")}\r\n` };
}

/**
 * The measures of every actor of `graph` as node columns: relations, sentences (weighted degree), betweenness,
 * PageRank and Louvain community — the values the explorer sizes and colours by, for the same view.
 */
export function graphMeasureColumns(graph: EntenteGraph): NodeColumn[] {
  const visible = wholeGraph(graph);
  const projected = projectVisible(graph, visible);
  return [
    { name: "relations", values: relationCount(graph, visible) },
    { name: "sentences", values: weightedDegree(graph, visible) },
    { name: "betweenness", values: betweenness(projected) },
    { name: "pagerank", values: pageRank(projected) },
    { name: "community", values: detectCommunities(projected).of },
  ];
}
