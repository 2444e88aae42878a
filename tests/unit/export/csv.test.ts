import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runCsvExport } from "../../../src/cli/commands/export.ts";
import {
  csvField,
  EDGE_HEADER,
  graphMeasureColumns,
  listCell,
  NODE_HEADER,
  parseListCell,
  writeCsvTables,
} from "../../../src/export/csv.ts";
import { filterGraph, resolveViewFilter } from "../../../src/model/filter.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { FIXTURE_PATH, loadFixture, ROOT, withTempDir } from "./helpers.ts";

type Row = Record<string, string>;

/** Parses a table the way a spreadsheet or a script would: header row, every value a string. */
function parse(text: string): Row[] {
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true, newline: "\r\n" });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** A copy of the fixture with hostile text in names, aliases and article ids. */
function hostileGraph(): EntenteGraph {
  const graph = loadFixture().copy();
  const node = graph.nodes()[0]!;
  graph.mergeNodeAttributes(node, {
    label: 'Corée, "du Nord"\nligne 2',
    aliases: ["=SUM(A1:A9)", "a|b", "back\\slash", 'comma, quote "x"'],
  });
  const edge = graph.edges()[0]!;
  graph.updateEdgeAttribute(edge, "articles", (articles) => [...(articles ?? []), 'art,icle\r\n"x"']);
  return graph;
}

describe("CSV fields (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    [3, "3"],
    [0.1 + 0.2, "0.3"],
    [null, ""],
  ] as const)("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("guards text a spreadsheet would run as a formula, not numbers", () => {
    expect(csvField("=HYPERLINK(1)", true)).toBe("'=HYPERLINK(1)");
    expect(csvField("@cmd", true)).toBe("'@cmd");
    expect(csvField(-3.5, true)).toBe("-3.5");
  });

  it("list cells escape the separator and read back exactly", () => {
    for (const items of [[], ["a"], ["a|b", "c\\d", ""], ["x", "|", "\\|"]]) {
      expect(parseListCell(listCell(items))).toEqual(items.length === 1 && items[0] === "" ? [] : items);
    }
    expect(listCell(["Kim", "M. Kim"])).toBe("Kim|M. Kim");
  });
});

describe("nodes.csv and edges.csv", () => {
  it("round-trip: same counts, ids and values, hostile text included", () => {
    const graph = hostileGraph();
    const tables = writeCsvTables(graph, { guardFormulas: false });
    const nodes = parse(tables.nodes);
    const edges = parse(tables.edges);
    expect(nodes.length).toBe(graph.order);
    expect(edges.length).toBe(graph.size);
    expect(Object.keys(nodes[0]!)).toEqual([...NODE_HEADER]);
    expect(Object.keys(edges[0]!)).toEqual([...EDGE_HEADER]);
    for (const row of nodes) {
      const a = graph.getNodeAttributes(row.Id!);
      expect(row.Label).toBe(a.label);
      expect(row.nodeType).toBe(a.type);
      expect(parseListCell(row.aliases!)).toEqual(a.aliases);
      expect(parseListCell(row.articles!)).toEqual(a.articles);
      expect(Number(row.mentions)).toBe(a.mentions);
      if (a.x !== undefined) expect(Number(row.x)).toBeCloseTo(a.x, 6);
      if (a.type === "state") expect(row.iso3).toBe(a.iso3);
      else expect(row.state).toBe(a.state);
    }
    for (const row of edges) {
      const a = graph.getEdgeAttributes(row.Id!);
      expect([row.Source, row.Target]).toEqual(graph.extremities(row.Id!));
      expect(row.relation).toBe(a.type);
      expect(Number(row.Weight)).toBe(a.weight);
      expect(Number(row.evidenceCount)).toBe(a.evidence.length);
      expect(row.firstDate).toBe(a.firstDate ?? "");
      expect(row.lastDate).toBe(a.lastDate ?? "");
      expect(parseListCell(row.articles!)).toEqual(a.articles);
      if (a.type !== "serves") {
        expect(Number(row.confidence)).toBe(a.confidence);
        expect(parseListCell(row.rules!)).toEqual(a.rules);
      } else expect(parseListCell(row.roles!)).toEqual(a.roles);
    }
  });

  it("quotes commas, quotes and line breaks so no row splits", () => {
    const tables = writeCsvTables(hostileGraph());
    expect(tables.nodes).toContain('"Corée, ""du Nord""\nligne 2"');
    expect(tables.nodes).toContain("'=SUM(A1:A9)");
    // Every record ends with CRLF; the line break inside the quoted label is a bare LF.
    expect(tables.nodes.endsWith("\r\n")).toBe(true);
  });

  it("is deterministic: the same graph gives the same bytes, rows in key order", () => {
    const a = writeCsvTables(loadFixture(), { nodeColumns: graphMeasureColumns(loadFixture()) });
    const b = writeCsvTables(loadFixture(), { nodeColumns: graphMeasureColumns(loadFixture()) });
    expect(a).toEqual(b);
    const ids = parse(a.nodes).map((r) => r.Id!);
    expect(ids).toEqual([...ids].sort());
  });

  it("adds the measures as node columns; PageRank sums to 1 and communities are numbered from 0", () => {
    const graph = loadFixture();
    const rows = parse(writeCsvTables(graph, { nodeColumns: graphMeasureColumns(graph) }).nodes);
    expect(Object.keys(rows[0]!).slice(NODE_HEADER.length)).toEqual([
      "relations",
      "sentences",
      "betweenness",
      "pagerank",
      "community",
    ]);
    expect(rows.reduce((sum, r) => sum + Number(r.pagerank), 0)).toBeCloseTo(1, 6);
    expect(Math.min(...rows.map((r) => Number(r.community)))).toBe(0);
  });

  it("refuses a measure column that would repeat an attribute column", () => {
    expect(() => writeCsvTables(loadFixture(), { nodeColumns: [{ name: "Label", values: new Map() }] })).toThrow(
      /"Label"/,
    );
  });
});

describe("entente export --format csv", { timeout: 60_000 }, () => {
  it("writes the filtered view the GEXF export would hold", () => {
    const { files } = runCsvExport({
      format: "csv",
      graph: FIXTURE_PATH,
      out: "/tmp/x",
      undated: "always",
      relations: "dispute",
    });
    const view = filterGraph(loadFixture(), resolveViewFilter({ edgeTypes: ["dispute"] }));
    expect(files.map((f) => f.path)).toEqual(["/tmp/x/nodes.csv", "/tmp/x/edges.csv"]);
    expect(
      parse(files[1]!.text)
        .map((r) => r.Id)
        .sort(),
    ).toEqual(view.edges().sort());
    expect(parse(files[0]!.text).length).toBe(view.order);
  });

  it("writes nodes.csv and edges.csv into the folder, and refuses a missing --out or a file as --out", () => {
    withTempDir((dir) => {
      const out = join(dir, "tables");
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(ROOT, "bin/entente.js"), "export", "--format", "csv", ...args], {
          encoding: "utf8",
          cwd: ROOT,
        });
      const ok = cli("--graph", FIXTURE_PATH, "--out", out);
      expect(ok.status, ok.stderr).toBe(0);
      expect(parse(readFileSync(join(out, "nodes.csv"), "utf8")).length).toBe(loadFixture().order);
      expect(parse(readFileSync(join(out, "edges.csv"), "utf8")).length).toBe(loadFixture().size);

      const missing = cli("--graph", FIXTURE_PATH);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/--out DIR/);
      const file = join(dir, "a-file");
      writeFileSync(file, "");
      const onFile = cli("--graph", FIXTURE_PATH, "--out", file);
      expect(onFile.status).toBe(2);
      expect(onFile.stderr).toMatch(/is a file/);
    });
  });
});
