/**
 * The GEXF evidence column is JSON: whatever an article's file name or a sentence contains (the old ` | ` separator,
 * line breaks, quotes, brackets, characters XML cannot carry), every reader gets back exactly the evidence of
 * `graph.json`, rule and offsets included. Confidence, rules and curation marks travel as typed columns.
 */
import { describe, expect, it } from "vitest";
import { formatEvidence, GexfEvidenceError, parseEvidence } from "../../../src/export/gexf-attributes.ts";
import { writeGexf } from "../../../src/export/gexf.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph, Evidence } from "../../../src/model/types.ts";
import { readBack } from "./expect-graph.ts";
import { fixtureText, readWithNetworkx, validateWithSchemas } from "./helpers.ts";

/** File names and sentences that break a separator-based encoding. */
const HOSTILE_ARTICLE = 'dépêche | AFP\n"2017" [1], {x}\\';
const HOSTILE_SENTENCES = [
  "Tokyo | Moscou | 2013 : un accord.",
  "Première ligne,\nseconde ligne\r\net une troisième\u2028ici.",
  "Il a dit : \"nous coopérons\" \\ et 'voilà'.",
  "Contrôles \u0001\u000b, paire brisée \ud800 et non-caractère \ufffe.",
];

/** The fixture with one article renamed to a hostile file name and hostile sentences on the first relation. */
function hostileEvidenceGraph(): EntenteGraph {
  const text = fixtureText().replaceAll('"a-2013"', JSON.stringify(HOSTILE_ARTICLE));
  const data = JSON.parse(text) as { edges: { key: string; attributes: { evidence: Evidence[] } }[] };
  const edge = data.edges.find((e) => e.key === "dispute:state:JPN|state:RUS")!;
  const template = edge.attributes.evidence[0]!;
  edge.attributes.evidence = HOSTILE_SENTENCES.map((sentence, i) => ({
    ...template,
    sentence,
    start: i * 200,
    end: i * 200 + sentence.length,
  }));
  return parseGraphFile(JSON.stringify(data));
}

describe("the GEXF evidence column", { timeout: 30_000 }, () => {
  it("reads back exactly, through graphology-gexf, for hostile file names and sentences", () => {
    const graph = hostileEvidenceGraph();
    const parsed = readBack(writeGexf(graph, { dynamic: false }));
    graph.forEachEdge((key, attributes) => {
      expect(parseEvidence(parsed.getEdgeAttribute(key, "evidence") as string), key).toEqual(attributes.evidence);
    });
    expect(
      parseEvidence(parsed.getEdgeAttribute("dispute:state:JPN|state:RUS", "evidence") as string).map(
        (e) => e.sentence,
      ),
    ).toEqual(HOSTILE_SENTENCES);
  });

  it("reads back exactly through networkx, and the file stays schema-valid", () => {
    const graph = hostileEvidenceGraph();
    const text = writeGexf(graph);
    const schemas = validateWithSchemas(text);
    expect([schemas.xmllint.ok, schemas.jing.ok], `${schemas.xmllint.output}\n${schemas.jing.output}`).toEqual([
      true,
      true,
    ]);
    const view = readWithNetworkx(text);
    for (const edge of view.edges)
      expect(parseEvidence(edge.data.evidence as string), edge.key).toEqual(
        graph.getEdgeAttribute(edge.key, "evidence"),
      );
  });

  it("writes one JSON object per sentence with the rule, keys in a fixed order, and no raw line break", () => {
    const value = formatEvidence([
      { article: "a", sentence: "Une\nphrase.", start: 3, end: 14, date: "2013-11", rule: "pair.entre" },
      { article: "b", sentence: "Autre.", start: 0, end: 6, date: null },
    ]);
    expect(value).toBe(
      '[{"article":"a","date":"2013-11","rule":"pair.entre","start":3,"end":14,"sentence":"Une\\nphrase."},{"article":"b","date":null,"start":0,"end":6,"sentence":"Autre."}]',
    );
    expect(formatEvidence([])).toBe("[]");
  });

  it.each([
    ["a | b | c", /not JSON/],
    ['{"article":"a"}', /must be array/],
    ['[{"article":"a","date":null,"start":0,"end":3}]', /entry 0 must have required property 'sentence'/],
    [
      '[{"article":"a","date":null,"start":0,"end":3,"sentence":"abc"},{"article":"","date":null,"start":0,"end":1,"sentence":"x"}]',
      /entry 1\.article must NOT have fewer than 1 characters/,
    ],
  ])("refuses %j, naming the entry", (value, message) => {
    expect(() => parseEvidence(value)).toThrow(GexfEvidenceError);
    expect(() => parseEvidence(value)).toThrow(message);
  });
});

describe("confidence, rules and curation in the GEXF", { timeout: 30_000 }, () => {
  it("writes confidence as a double and rules as a list on relations only", () => {
    const graph = parseGraphFile(fixtureText());
    const text = writeGexf(graph, { dynamic: false });
    expect(text).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    expect(text).toContain('<attribute id="rules" title="rules" type="liststring"/>');
    const parsed = readBack(text);
    expect(parsed.getEdgeAttribute("dispute:state:JPN|state:RUS", "confidence")).toBe(0.981);
    expect(parsed.getEdgeAttribute("cooperation:state:JPN|state:RUS", "rules")).toEqual([
      "pair.closed-group",
      "pair.coordinated-subject",
    ]);
    expect(parsed.getEdgeAttributes("serves:leader:vladimir-poutine|state:RUS")).not.toHaveProperty("confidence");
    const view = readWithNetworkx(text);
    expect(view.edges.find((e) => e.key === "dispute:state:JPN|state:RUS")!.data.confidence).toBe(0.981);
  });

  it("writes curation marks of nodes and edges when present, as JSON, and none otherwise", () => {
    const graph = parseGraphFile(fixtureText());
    expect(writeGexf(graph)).not.toContain('for="curation"');
    const marks = [
      { action: "accepted" as const, at: "2026-11-25T10:00:00Z", note: 'vérifié | "ok"' },
      { action: "retyped" as const, at: "2026-11-25T11:00:00Z" },
    ];
    graph.setNodeAttribute("state:JPN", "curation", marks);
    graph.setEdgeAttribute("dispute:state:JPN|state:RUS", "curation", marks);
    const parsed = readBack(writeGexf(graph));
    expect(JSON.parse(parsed.getNodeAttribute("state:JPN", "curation") as string)).toEqual(marks);
    expect(JSON.parse(parsed.getEdgeAttribute("dispute:state:JPN|state:RUS", "curation") as string)).toEqual(marks);
  });
});
