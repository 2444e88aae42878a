/**
 * What graphology-gexf should read back from an export of a graph: every node, edge and attribute, with the
 * documented encodings (lists as arrays, evidence and curation as JSON, role strings, palette colours, the explorer's
 * sizes).
 */
import { MultiUndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { Attributes } from "graphology-types";
import { expect } from "vitest";
import { parseEvidence } from "../../../src/export/gexf-attributes.ts";
import { computeNodeSizes } from "../../../src/appearance/index.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { EDGE_TYPE_LOOKS, NODE_TYPE_LOOKS } from "../../fixtures/type-looks.ts";

/**
 * Parses an export with graphology-gexf as an undirected multigraph. `respectInputGraphType` because without it the
 * parser guesses the type from the first edge, and calls an edgeless file "mixed".
 */
export function readBack(text: string): MultiUndirectedGraph {
  return parse(MultiUndirectedGraph, text, { respectInputGraphType: true });
}

/** A colour as graphology-gexf reads `viz:color` back. */
export function rgb({ r, g, b }: { r: number; g: number; b: number }): string {
  return `rgb(${r},${g},${b})`;
}

/** XML 1.0's `Char` production: what a document can carry. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Characters XML 1.0 cannot carry (controls, lone surrogates) arrive as U+FFFD; everything else exactly. */
export function xmlSafe(text: string): string {
  let result = "";
  for (const char of text) result += isXmlChar(char.codePointAt(0)!) ? char : "\uFFFD";
  return result;
}

/** Fields of the role encoding are kept on one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

/** The evidence column is JSON, which escapes everything XML cannot carry: it reads back exactly, offsets and rules included. */
export function expectedEvidence(graph: EntenteGraph, edge: string) {
  return graph.getEdgeAttribute(edge, "evidence");
}

/** Compares what graphology-gexf reads back with the source graph, attribute by attribute. */
export function expectSameGraph(parsed: MultiUndirectedGraph, source: EntenteGraph): void {
  const sizes = computeNodeSizes(source);
  expect(parsed.type).toBe("undirected");
  expect(parsed.nodes().sort()).toEqual(source.nodes().sort());
  expect(parsed.edges().sort()).toEqual(source.edges().sort());
  source.forEachNode((key, a) => {
    const expected: Attributes = {
      label: xmlSafe(a.label),
      nodeType: a.type,
      aliases: a.aliases.map(xmlSafe),
      mentions: a.mentions,
      articles: a.articles.map(xmlSafe),
      color: rgb(NODE_TYPE_LOOKS[a.type].rgb),
      size: Math.round(sizes.get(key)! * 100) / 100,
    };
    if (a.type === "state")
      Object.assign(expected, { iso3: a.iso3, nameEn: xmlSafe(a.nameEn) }, a.iso2 === null ? {} : { iso2: a.iso2 });
    else
      Object.assign(expected, {
        state: xmlSafe(a.state),
        roles: a.roles.map((r) =>
          xmlSafe(`${oneLine(r.role)} | ${r.state} | ${r.firstDate ?? "undated"} | ${r.lastDate ?? "undated"}`),
        ),
      });
    if (a.x !== undefined && a.y !== undefined) Object.assign(expected, { x: a.x + 0, y: a.y + 0 }); // -0 is written as "0"
    if (a.curation !== undefined && a.curation.length > 0) expected.curation = JSON.stringify(a.curation);
    expect(parsed.getNodeAttributes(key), key).toEqual(expected);
  });
  source.forEachEdge((key, a, s, t) => {
    const got = parsed.getEdgeAttributes(key);
    expect([parsed.source(key), parsed.target(key)], key).toEqual([s, t]);
    const { evidence, ...rest } = got;
    expect(parseEvidence(evidence as string), key).toEqual(expectedEvidence(source, key));
    const expected: Attributes = {
      label: a.type,
      kind: a.type,
      relation: a.type,
      weight: a.weight,
      evidenceCount: a.evidence.length,
      articles: a.articles.map(xmlSafe),
      color: rgb(EDGE_TYPE_LOOKS[a.type].rgb),
    };
    if (a.firstDate !== null) expected.firstDate = a.firstDate;
    if (a.lastDate !== null) expected.lastDate = a.lastDate;
    if (a.type === "serves") expected.roles = a.roles.map(xmlSafe);
    else {
      if (a.confidence !== undefined) expected.confidence = a.confidence;
      if (a.rules !== undefined) expected.rules = a.rules.map(xmlSafe);
    }
    if (a.curation !== undefined && a.curation.length > 0) expected.curation = JSON.stringify(a.curation);
    expect(rest, key).toEqual(expected);
  });
}
