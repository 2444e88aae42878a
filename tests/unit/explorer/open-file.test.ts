import { readdirSync, readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { EDGE_TYPE_COLORS, NODE_TYPE_COLORS } from "../../../src/appearance/index.ts";
import { writeGexf } from "../../../src/export/gexf.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";
import {
  GEXF_PARSE_OPTIONS,
  NEUTRAL_NODE_COLOR,
  PLAIN_EDGE_COLOR,
  readGraphFile,
  type ForeignGraph,
  type GexfReader,
} from "../../../src/explorer/open-file.ts";
import { GraphFileError, parseGraphFile } from "../../../src/model/graph-io.ts";

// The assertions on error messages read the English catalogue.
setLocale("en");

const EXAMPLES = new URL("../../../../shared/gexf-examples/", import.meta.url);
const example = (name: string) => readFileSync(new URL(name, EXAMPLES), "utf8");
const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");

/** Node's reader: xmldom, as graphology-gexf's Node entry uses; its errors become exceptions. */
const reader: GexfReader = {
  parseXml: (text) =>
    new DOMParser({
      errorHandler: {
        warning: () => {},
        error: (message) => {
          throw new Error(message);
        },
        fatalError: (message) => {
          throw new Error(message);
        },
      },
    }).parseFromString(text, "application/xml") as unknown as Document,
  parseGexf: (document) => parse(Graph, document as never, GEXF_PARSE_OPTIONS),
};

function readGexf(name: string, text = example(name)): ForeignGraph {
  const opened = readGraphFile(name, text, reader);
  if (opened.kind !== "gexf") throw new Error(`${name} read as ${opened.kind}`);
  return opened.graph;
}

describe("opening a GEXF file: what is drawn", () => {
  it("reads every example of ../shared/gexf-examples with all its nodes and edges", () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".gexf"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const graph = readGexf(file);
      const text = example(file);
      expect(graph.order, file).toBe((text.match(/<node /g) ?? []).length);
      expect(graph.size, file).toBe((text.match(/<edge /g) ?? []).length);
      graph.forEachNode((key, a) => {
        expect(Number.isFinite(a.x) && Number.isFinite(a.y), `${file} ${key}`).toBe(true);
        expect(a.size).toBeGreaterThan(0);
      });
    }
  });

  it("keeps the file's colours, positions and labels, scales its sizes, and lists the other attributes as text", () => {
    const graph = readGexf("static-1.3.gexf");
    const alice = graph.getNodeAttributes("alice");
    expect(alice.label).toBe("Alice");
    expect(alice.color).toBe("rgba(255,0,0,0.5)");
    expect({ x: alice.x, y: alice.y }).toEqual({ x: 1.5, y: -2.25 });
    expect(alice.ententeType).toBeNull();
    expect(Object.fromEntries(alice.attributes)).toMatchObject({ kind: "person", age: "34", score: "0.75" });
    expect(alice.attributes.every(([, value]) => typeof value === "string")).toBe(true);
    // Drawing attributes are drawn, not listed.
    expect(alice.attributes.map(([name]) => name)).not.toContain("color");
    const sizes = graph.mapNodes((_k, a) => a.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(16);
  });

  it("escaped markup in the file stays text", () => {
    const graph = readGexf("static-1.3.gexf");
    const texts = graph.mapNodes((_k, a) => [a.label, ...a.attributes.map(([, v]) => v)].join(" ")).join(" ");
    expect(texts).toMatch(/[<&]/);
  });

  it("gives nodes without type or colour the neutral colour and edges without relation type a plain look", () => {
    const text = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
      <nodes><node id="a" label="A"/><node id="b"/><node id="c"/></nodes>
      <edges><edge id="e1" source="a" target="b"/><edge id="e2" source="b" target="c"/></edges></graph></gexf>`;
    const graph = readGexf("plain.gexf", text);
    expect(graph.mapNodes((_k, a) => a.color)).toEqual([NEUTRAL_NODE_COLOR, NEUTRAL_NODE_COLOR, NEUTRAL_NODE_COLOR]);
    expect(graph.getNodeAttribute("b", "label")).toBe("b");
    expect(graph.mapEdges((_k, a) => a.color)).toEqual([PLAIN_EDGE_COLOR, PLAIN_EDGE_COLOR]);
    // No positions in the file: laid out, deterministically, with no two nodes on one spot.
    const spots = graph.mapNodes((_k, a) => `${a.x},${a.y}`);
    expect(new Set(spots).size).toBe(3);
    expect(readGexf("plain.gexf", text).mapNodes((_k, a) => `${a.x},${a.y}`)).toEqual(spots);
  });

  it("round trip: our own GEXF export opens with Entente types in their colours and every actor and relation", () => {
    const source = parseGraphFile(fixtureText);
    const graph = readGexf("entente.gexf", writeGexf(source));
    expect(graph.order).toBe(source.order);
    expect(graph.size).toBe(source.size);
    source.forEachNode((key, attributes) => {
      const shown = graph.getNodeAttributes(key);
      expect(shown.ententeType).toBe(attributes.type);
      expect(shown.color).toBe(NODE_TYPE_COLORS[attributes.type]);
      expect(shown.label).toBe(attributes.label);
    });
    source.forEachEdge((key, attributes) => {
      const [shown] = graph
        .edges(source.source(key), source.target(key))
        .filter((edge) => graph.getEdgeAttribute(edge, "ententeType") === attributes.type);
      expect(shown, key).toBeDefined();
      expect(graph.getEdgeAttribute(shown!, "color")).toBe(EDGE_TYPE_COLORS[attributes.type]);
    });
  });
});

describe("opening a file: errors name the file and the problem", () => {
  const fails = (name: string, text: string) => {
    try {
      readGraphFile(name, text, reader);
    } catch (error) {
      expect(error).toBeInstanceOf(GraphFileError);
      return (error as Error).message;
    }
    throw new Error(`${name} was read`);
  };

  it("corrupt XML", () =>
    expect(fails("broken.gexf", "<gexf><graph><nodes>")).toMatch(/^file "broken\.gexf" is not well-formed XML/));
  it("XML that is not GEXF", () =>
    expect(fails("page.xml", "<html><body/></html>")).toBe(
      'file "page.xml" is XML but not GEXF: its root element is <html>, not <gexf>.',
    ));
  it("an edge to a node that is not there", () =>
    expect(
      fails(
        "dangling.gexf",
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="zz"/></edges></graph></gexf>',
      ),
    ).toMatch(/^file "dangling\.gexf" could not be read as GEXF: .*zz/));
  it("a graph.json that fails the schema", () =>
    expect(
      fails(
        "graph.json",
        JSON.stringify({ ...JSON.parse(fixtureText), nodes: [{ key: "x", attributes: { type: "planet" } }] }),
      ),
    ).toContain('file "graph.json"'));
  it("corrupt JSON", () => expect(fails("graph.json", '{"nodes": [')).toContain('file "graph.json"'));
  it("neither", () => expect(fails("notes.txt", "hello")).toContain("neither an Entente graph.json nor a GEXF file"));
  it("an Entente graph.json opens as an Entente graph", () =>
    expect(readGraphFile("mine.json", fixtureText, reader).kind).toBe("entente"));
});
