/**
 * `entente export`: reads a graph file, keeps the view selected by the filter options (the same filter the explorer
 * applies), and writes it as GEXF to a file (atomically) or to stdout, or as CSV tables (`nodes.csv`, `edges.csv`)
 * into a folder. Any problem is reported on stderr with a non-zero exit code, and no output file is written.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { graphMeasureColumns, writeCsvTables } from "../../export/csv.ts";
import { writeSvg } from "../../export/svg.ts";
import { sceneFromLayout } from "../../export/svg-scene.ts";
import { describeFilter, describeGraph, GexfExportError, writeGexf } from "../../export/gexf.ts";
import { FilterError, filterGraph, isDefaultFilter, resolveViewFilter, type ViewFilter } from "../../model/filter.ts";
import { GraphFileError } from "../../model/graph-io.ts";
import { parseGraphAt } from "../graph-files.ts";
import type { EdgeType, NodeType } from "../../model/types.ts";
import { checkOutputPath, exitCodeFor, OutputError, UsageError, writeOutputFile, writeStdout } from "../output.ts";

export const DEFAULT_GRAPH_FILE = "graph-data/graph.json";

/** The parsed command-line flags (commander camel-cases the option names). */
export interface ExportFlags {
  format: string;
  graph: string;
  out?: string;
  relations?: string;
  nodeTypes?: string;
  from?: string;
  to?: string;
  minWeight?: string;
  minConfidence?: string;
  excludeUndated?: boolean;
  static?: boolean;
  undated: string;
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** The view filter the flags describe; unknown names and bad dates are rejected by `resolveViewFilter`. */
function filterFromFlags(flags: ExportFlags): ViewFilter {
  const partial: Partial<ViewFilter> = {};
  // The lists are checked against the known types by resolveViewFilter, which names the bad entry.
  if (flags.relations !== undefined) partial.edgeTypes = list(flags.relations) as EdgeType[];
  if (flags.nodeTypes !== undefined) partial.nodeTypes = list(flags.nodeTypes) as NodeType[];
  if (flags.from !== undefined) partial.from = flags.from;
  if (flags.to !== undefined) partial.to = flags.to;
  if (flags.minWeight !== undefined)
    partial.minWeight = flags.minWeight.trim() === "" ? Number.NaN : Number(flags.minWeight);
  if (flags.minConfidence !== undefined)
    partial.minConfidence = flags.minConfidence.trim() === "" ? Number.NaN : Number(flags.minConfidence);
  if (flags.excludeUndated) partial.includeUndated = false;
  return resolveViewFilter(partial);
}

function readGraphText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    throw new GraphFileError(
      `${path}: cannot read the graph file (${reason}). Build it with \`npx entente build\` or pass --graph FILE.`,
    );
  }
}

/** The formats `--format` accepts. */
export const EXPORT_FORMATS = ["gexf", "csv", "svg"] as const;

function checkedFilter(flags: ExportFlags): ViewFilter {
  try {
    return filterFromFlags(flags);
  } catch (error) {
    throw error instanceof FilterError ? new UsageError(error.message) : error;
  }
}

/**
 * Runs one SVG export: the filtered view drawn at its layout positions with the explorer's default look (the
 * explorer's own Export → SVG draws the view as it is on screen, with its size and colour modes).
 */
export function runSvgExport(flags: ExportFlags): { text: string; out: string | null } {
  const filter = checkedFilter(flags);
  if (flags.out !== undefined && flags.out !== "-") checkOutputPath(flags.out, "graph.svg");
  const graph = parseGraphAt(readGraphText(flags.graph), flags.graph);
  const text = writeSvg(sceneFromLayout(filterGraph(graph, filter)));
  return { text, out: flags.out === undefined || flags.out === "-" ? null : flags.out };
}

/** Runs one GEXF export; throws a named error (graph file, filter, GEXF) for the caller to report. */
export function runExport(flags: ExportFlags): { text: string; out: string | null } {
  if (flags.format !== "gexf")
    throw new UsageError(
      `export: --format "${flags.format}" is not supported (supported: ${EXPORT_FORMATS.join(", ")})`,
    );
  if (flags.undated !== "always" && flags.undated !== "ignore")
    throw new UsageError(`export: --undated must be "always" or "ignore", got "${flags.undated}"`);
  const filter = checkedFilter(flags);
  if (flags.out !== undefined && flags.out !== "-") checkOutputPath(flags.out, "graph.gexf");
  const graph = parseGraphAt(readGraphText(flags.graph), flags.graph);
  const view = filterGraph(graph, filter);
  const description = isDefaultFilter(filter)
    ? describeGraph(view)
    : `${describeGraph(view)} ${describeFilter(filter)}`;
  const text = writeGexf(view, { dynamic: !flags.static, undated: flags.undated, description });
  const out = flags.out === undefined || flags.out === "-" ? null : flags.out;
  return { text, out };
}

/** The CSV files of one export: `nodes.csv` and `edges.csv` in the `--out` folder. */
export interface CsvExport {
  dir: string;
  files: { path: string; text: string }[];
}

/**
 * Runs one CSV export of the filtered view, with the measures of its actors (relations, sentences, betweenness,
 * PageRank, community) as extra node columns; throws a named error for the caller to report.
 */
export function runCsvExport(flags: ExportFlags): CsvExport {
  const filter = checkedFilter(flags);
  const dir = flags.out;
  if (dir === undefined || dir.trim() === "" || dir === "-")
    throw new UsageError("export: --format csv writes two files (nodes.csv, edges.csv): give a folder with --out DIR");
  let isFile = false;
  try {
    isFile = !statSync(dir).isDirectory();
  } catch {
    // Missing: the atomic write creates it.
  }
  if (isFile)
    throw new OutputError(
      `${dir}: is a file; --out takes a folder for --format csv (it gets nodes.csv and edges.csv).`,
    );
  const graph = parseGraphAt(readGraphText(flags.graph), flags.graph);
  const view = filterGraph(graph, filter);
  const tables = writeCsvTables(view, { nodeColumns: graphMeasureColumns(view) });
  return {
    dir,
    files: [
      { path: join(dir, "nodes.csv"), text: tables.nodes },
      { path: join(dir, "edges.csv"), text: tables.edges },
    ],
  };
}

/** Adds `entente export` to the program. */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description(
      "Export the graph (or a filtered view of it) as GEXF 1.3 for Gephi, networkx and graphology; as CSV tables " +
        "(nodes.csv, edges.csv) for spreadsheets, Gephi's spreadsheet import and Neo4j's LOAD CSV; or as an SVG " +
        "image drawn from the layout positions without a browser (default look: size by importance, colour by type; " +
        "the explorer's Export → SVG draws the view as shown, with its size and colour modes).",
    )
    .requiredOption("--format <format>", "output format: gexf, csv (two files into the --out folder) or svg")
    .option("--graph <file>", "graph file to read", DEFAULT_GRAPH_FILE)
    .option(
      "--out <path>",
      "gexf, svg: output file, written atomically (default: stdout); csv: output folder (required)",
    )
    .option(
      "--relations <types>",
      "comma-separated edge types to keep: cooperation,dispute,alliance,serves (default: all)",
    )
    .option("--node-types <types>", "comma-separated node types to keep: state,leader (default: all)")
    .option("--from <date>", "keep evidence dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "keep evidence dated on or before this date (a month or year means its last day)")
    .option("--exclude-undated", "with --from/--to, drop evidence from undated articles (kept by default)")
    .option("--min-weight <n>", "keep relations supported by at least n sentences (default: 1)")
    .option(
      "--min-confidence <x>",
      "keep relations whose confidence is at least x, from 0 to 1 (default: 0, all); memberships stay",
    )
    .option("--static", "write a static file without time data (default: dynamic, with a timeline)")
    .option("--undated <policy>", "timeline of undated evidence: always (present throughout) or ignore", "always")
    .action(async (flags: ExportFlags) => {
      try {
        if (flags.format === "csv") {
          const { files } = runCsvExport(flags);
          for (const file of files) await writeOutputFile(file.path, file.text, "nodes.csv");
          return;
        }
        const { text, out } = flags.format === "svg" ? runSvgExport(flags) : runExport(flags);
        if (out === null) await writeStdout(text);
        else await writeOutputFile(out, text, "graph.gexf");
      } catch (error) {
        // The user's to fix: a plain message, no usage text and no stack trace. A corrupt graph is refused input (1);
        // a bad option or an output that cannot be written is 2 (see output.ts).
        const known =
          error instanceof GraphFileError ||
          error instanceof GexfExportError ||
          error instanceof UsageError ||
          error instanceof OutputError;
        if (!known) throw error;
        process.stderr.write(`entente export: ${error.message}\n`);
        process.exitCode = exitCodeFor(error);
      }
    });
}
