import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyCuration, type Curation, type Decision } from "../../../src/curation/index.ts";
import { parseGraphFile, serializeGraph } from "../../../src/model/graph-io.ts";
import type { EntenteGraph, LeaderAttributes, RelationAttributes } from "../../../src/model/types.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");
const fixture = () => parseGraphFile(fixtureText);
const AT = "2026-11-25T10:00:00.000Z";
const curation = (...decisions: Decision[]): Curation => ({ version: 1, decisions });

/** Applies and checks what every application must hold: input untouched, output valid, applying again changes nothing. */
function apply(graph: EntenteGraph, c: Curation) {
  const before = serializeGraph(graph);
  const result = applyCuration(graph, c);
  expect(serializeGraph(graph)).toBe(before);
  const text = serializeGraph(result.graph); // validates against the schema and the references
  expect(serializeGraph(applyCuration(result.graph, c).graph)).toBe(text);
  return result;
}

const relation = (graph: EntenteGraph, key: string) => graph.getEdgeAttributes(key) as RelationAttributes;

describe("applyCuration: each kind of decision", () => {
  it("accept marks the relation accepted with confidence 1 and keeps its evidence", () => {
    const { graph, applied, stale } = apply(
      fixture(),
      curation({ kind: "accept", edge: "cooperation:state:JPN|state:RUS", at: AT, note: "checked" }),
    );
    expect(applied).toEqual([0]);
    expect(stale).toEqual([]);
    const edge = relation(graph, "cooperation:state:JPN|state:RUS");
    expect(edge.curation).toEqual([{ action: "accepted", at: AT, note: "checked" }]);
    expect(edge.confidence).toBe(1);
    expect(edge.weight).toBe(2);
  });

  it("reject removes the relation and nothing else", () => {
    const input = fixture();
    const { graph, applied } = apply(input, curation({ kind: "reject", edge: "dispute:state:JPN|state:RUS", at: AT }));
    expect(applied).toEqual([0]);
    expect(graph.hasEdge("dispute:state:JPN|state:RUS")).toBe(false);
    expect(graph.size).toBe(input.size - 1);
    expect(graph.order).toBe(input.order);
  });

  it("retype moves the relation to the other type, keeping its evidence", () => {
    const { graph } = apply(
      fixture(),
      curation({ kind: "retype", edge: "dispute:state:PRK|state:USA", to: "alliance", at: AT }),
    );
    expect(graph.hasEdge("dispute:state:PRK|state:USA")).toBe(false);
    const edge = relation(graph, "alliance:state:PRK|state:USA");
    expect(edge.type).toBe("alliance");
    expect(edge.evidence.map((e) => e.start)).toEqual([700]);
    expect(edge.confidence).toBe(1);
    expect(edge.curation?.map((m) => m.action)).toEqual(["retyped"]);
    expect([graph.source("alliance:state:PRK|state:USA"), graph.target("alliance:state:PRK|state:USA")]).toEqual([
      "state:PRK",
      "state:USA",
    ]);
  });

  it("retype into an existing relation merges the two, evidence deduplicated", () => {
    const { graph } = apply(
      fixture(),
      curation({ kind: "retype", edge: "dispute:state:JPN|state:RUS", to: "cooperation", at: AT }),
    );
    const edge = relation(graph, "cooperation:state:JPN|state:RUS");
    expect(edge.weight).toBe(5);
    expect(edge.evidence.map((e) => `${e.article}@${e.start}`)).toEqual([
      "a-2013@120",
      "a-2013@400",
      "b-2017@300",
      "b-2017@500",
      "d-undated@10",
    ]);
    expect(edge.articles).toEqual(["a-2013", "b-2017", "d-undated"]);
  });

  it("reject-evidence removes one sentence and re-summarises weight, dates and articles", () => {
    const input = fixture();
    const sentence = input.getEdgeAttributes("cooperation:state:JPN|state:RUS").evidence[1]!.sentence;
    const { graph } = apply(
      input,
      curation({
        kind: "reject-evidence",
        edge: "cooperation:state:JPN|state:RUS",
        evidence: { article: "b-2017", sentence },
        at: AT,
      }),
    );
    const edge = relation(graph, "cooperation:state:JPN|state:RUS");
    expect(edge.weight).toBe(1);
    expect(edge.articles).toEqual(["a-2013"]);
    expect([edge.firstDate, edge.lastDate]).toEqual(["2013-11-01", "2013-11-30"]);
    expect(edge.curation?.map((m) => m.action)).toEqual(["evidence-rejected"]);
  });

  it("reject-evidence of the last sentence removes the edge", () => {
    const input = fixture();
    const sentence = input.getEdgeAttributes("alliance:state:JPN|state:USA").evidence[0]!.sentence;
    const { graph, applied } = apply(
      input,
      curation({
        kind: "reject-evidence",
        edge: "alliance:state:JPN|state:USA",
        evidence: { article: "d-undated", sentence },
        at: AT,
      }),
    );
    expect(applied).toEqual([0]);
    expect(graph.hasEdge("alliance:state:JPN|state:USA")).toBe(false);
  });

  it("merge folds the second leader into the first: aliases, roles, mentions, articles and edges", () => {
    const input = fixture();
    const { graph } = apply(
      input,
      curation({ kind: "merge", keep: "leader:vladimir-poutine", fold: "leader:serguei-choigou", at: AT }),
    );
    expect(graph.hasNode("leader:serguei-choigou")).toBe(false);
    const kept = graph.getNodeAttributes("leader:vladimir-poutine") as LeaderAttributes;
    expect(kept.aliases).toEqual([
      "Choïgou",
      "M. Poutine",
      "Poutine",
      "Putin",
      "Sergueï Choïgou",
      "Sergueï Shoigu",
      "Vladimir Poutine",
    ]);
    expect(kept.mentions).toBe(
      input.getNodeAttribute("leader:vladimir-poutine", "mentions") +
        input.getNodeAttribute("leader:serguei-choigou", "mentions"),
    );
    expect(kept.articles).toEqual(["a-2013", "b-2017", "c-2023"]);
    expect(kept.roles.map((r) => r.role)).toEqual([
      "ministre de la Défense",
      ...(input.getNodeAttributes("leader:vladimir-poutine") as LeaderAttributes).roles.map((r) => r.role),
    ]);
    const serves = graph.getEdgeAttributes("serves:leader:vladimir-poutine|state:RUS");
    expect(serves.weight).toBe(3);
    expect(serves.type === "serves" && serves.roles).toEqual(["ministre de la Défense", "président"]);
    expect(kept.curation?.map((m) => m.action)).toEqual(["merged"]);
  });

  it("merge of two actors related to each other drops their relation and re-keys the rest", () => {
    const { graph } = apply(fixture(), curation({ kind: "merge", keep: "state:RUS", fold: "state:PRK", at: AT }));
    expect(graph.hasNode("state:PRK")).toBe(false);
    expect(graph.edges().filter((k) => k.includes("state:PRK"))).toEqual([]);
    expect(graph.hasEdge("cooperation:state:RUS|state:RUS")).toBe(false);
    expect(relation(graph, "dispute:state:RUS|state:USA").weight).toBe(1);
    // The leader of the folded state now serves the kept one.
    expect((graph.getNodeAttributes("leader:kim-jong-un") as LeaderAttributes).state).toBe("state:RUS");
    expect(graph.hasEdge("serves:leader:kim-jong-un|state:RUS")).toBe(true);
    expect(graph.getNodeAttribute("state:RUS", "aliases")).toEqual([
      "Corée du Nord",
      "Moscou",
      "Pyongyang",
      "Russie",
      "nord-coréen",
      "russe",
    ]);
  });

  it("merge merges parallel edges of one type, evidence deduplicated", () => {
    const input = fixture();
    // The same sentence supports both leaders' cooperation with Poutine.
    const shared = input.getEdgeAttributes("cooperation:leader:kim-jong-un|leader:vladimir-poutine").evidence[0]!;
    input.updateEdgeAttribute("cooperation:leader:shinzo-abe|leader:vladimir-poutine", "evidence", (e) => [
      ...e!,
      structuredClone(shared),
    ]);
    input.setEdgeAttribute("cooperation:leader:shinzo-abe|leader:vladimir-poutine", "weight", 2);
    const { graph } = apply(
      input,
      curation({ kind: "merge", keep: "leader:shinzo-abe", fold: "leader:kim-jong-un", at: AT }),
    );
    const edge = relation(graph, "cooperation:leader:shinzo-abe|leader:vladimir-poutine");
    expect(edge.evidence.map((e) => `${e.article}@${e.start}`)).toEqual(["b-2017@20", "c-2023@90"]);
    expect(edge.weight).toBe(2);
  });

  it("rename changes the label and keeps the old one as an alias; the key stays", () => {
    const { graph } = apply(
      fixture(),
      curation({ kind: "rename", node: "leader:kim-jong-un", label: "Kim Jong-un", at: AT }),
    );
    expect(graph.getNodeAttribute("leader:kim-jong-un", "label")).toBe("Kim Jong-un");
    expect(graph.getNodeAttribute("leader:kim-jong-un", "aliases")).toEqual(["Kim Jong Un", "Kim Jong-un"]);
  });

  it("drop removes the actor and its edges", () => {
    const input = fixture();
    const { graph } = apply(input, curation({ kind: "drop", node: "leader:vladimir-poutine", at: AT }));
    expect(graph.hasNode("leader:vladimir-poutine")).toBe(false);
    expect(graph.size).toBe(input.size - input.degree("leader:vladimir-poutine"));
  });

  it("drop of a state removes the roles held for it and leaders left serving nothing", () => {
    const { graph } = apply(fixture(), curation({ kind: "drop", node: "state:PRK", at: AT }));
    expect(graph.hasNode("state:PRK")).toBe(false);
    expect(graph.hasNode("leader:kim-jong-un")).toBe(false);
  });

  it("set-state moves the leader's state, its roles and its serves edge", () => {
    const { graph } = apply(
      fixture(),
      curation({ kind: "set-state", node: "leader:serguei-choigou", state: "state:JPN", at: AT, note: "test" }),
    );
    const leader = graph.getNodeAttributes("leader:serguei-choigou") as LeaderAttributes;
    expect(leader.state).toBe("state:JPN");
    expect(leader.roles.map((r) => r.state)).toEqual(["state:JPN"]);
    expect(graph.hasEdge("serves:leader:serguei-choigou|state:RUS")).toBe(false);
    const serves = graph.getEdgeAttributes("serves:leader:serguei-choigou|state:JPN");
    expect(serves.curation).toEqual([{ action: "state-corrected", at: AT, note: "test" }]);
    expect(graph.source("serves:leader:serguei-choigou|state:JPN")).toBe("leader:serguei-choigou");
  });

  it("add with a sentence creates a sourced relation with rule curation.added and confidence 1", () => {
    const sentence = "Le Japon et la Corée du Nord ont signé un accord.";
    const { graph } = apply(
      fixture(),
      curation({
        kind: "add",
        type: "cooperation",
        source: "state:PRK",
        target: "state:JPN",
        evidence: { article: "c-2023", sentence, start: 900, end: 900 + sentence.length },
        at: AT,
      }),
    );
    const edge = relation(graph, "cooperation:state:JPN|state:PRK");
    expect(graph.source("cooperation:state:JPN|state:PRK")).toBe("state:JPN");
    expect(edge).toMatchObject({
      weight: 1,
      confidence: 1,
      rules: ["curation.added"],
      articles: ["c-2023"],
      firstDate: "2023-01-01",
      lastDate: "2023-12-31",
    });
    expect(edge.evidence).toEqual([
      { article: "c-2023", sentence, start: 900, end: 949, date: "2023", rule: "curation.added" },
    ]);
  });

  it("add without a sentence creates a relation with no evidence and weight 1", () => {
    const { graph } = apply(
      fixture(),
      curation({ kind: "add", type: "dispute", source: "state:USA", target: "state:RUS", at: AT }),
    );
    expect(relation(graph, "dispute:state:RUS|state:USA")).toMatchObject({
      weight: 1,
      evidence: [],
      articles: [],
      firstDate: null,
      confidence: 1,
    });
  });
});

describe("applyCuration: stale decisions and order", () => {
  const sentence = "Une phrase.";
  it.each<[string, Decision, RegExp]>([
    [
      "a relation no longer extracted",
      { kind: "reject", edge: "alliance:state:RUS|state:USA", at: AT },
      /no edge "alliance:state:RUS\|state:USA"/,
    ],
    [
      "an actor no longer extracted",
      { kind: "rename", node: "leader:nobody", label: "X", at: AT },
      /actor "leader:nobody" is not in the graph/,
    ],
    [
      "a removed article",
      {
        kind: "add",
        type: "cooperation",
        source: "state:JPN",
        target: "state:USA",
        evidence: { article: "gone", sentence, start: 0, end: sentence.length },
        at: AT,
      },
      /article "gone"/,
    ],
    [
      "a sentence no longer cited",
      {
        kind: "reject-evidence",
        edge: "cooperation:state:JPN|state:RUS",
        evidence: { article: "a-2013", sentence },
        at: AT,
      },
      /no evidence sentence of article "a-2013"/,
    ],
    [
      "a merge of a leader into a state",
      { kind: "merge", keep: "state:RUS", fold: "leader:vladimir-poutine", at: AT },
      /cannot merge the leader/,
    ],
    [
      "a state that is not in the graph",
      { kind: "set-state", node: "leader:shinzo-abe", state: "state:FRA", at: AT },
      /state "state:FRA" is not in the graph/,
    ],
  ])("reports %s as stale, and applies the rest", (_, decision, reason) => {
    const input = fixture();
    const { graph, applied, stale } = apply(
      input,
      curation(decision, { kind: "accept", edge: "alliance:state:JPN|state:USA", at: AT }),
    );
    expect(applied).toEqual([1]);
    expect(stale).toHaveLength(1);
    expect(stale[0]!.index).toBe(0);
    expect(stale[0]!.reason).toMatch(reason);
    expect(graph.order).toBe(input.order);
  });

  it("later decisions naming a folded actor follow it to the kept one", () => {
    const c = curation(
      { kind: "merge", keep: "leader:vladimir-poutine", fold: "leader:serguei-choigou", at: AT },
      { kind: "rename", node: "leader:serguei-choigou", label: "V. Poutine", at: "2026-11-25T10:01:00Z" },
      { kind: "reject", edge: "cooperation:leader:kim-jong-un|leader:serguei-choigou", at: "2026-11-25T10:02:00Z" },
    );
    const { graph, applied, stale } = apply(fixture(), c);
    expect(applied).toEqual([0, 1, 2]);
    expect(stale).toEqual([]);
    expect(graph.getNodeAttribute("leader:vladimir-poutine", "label")).toBe("V. Poutine");
    expect(graph.hasEdge("cooperation:leader:kim-jong-un|leader:vladimir-poutine")).toBe(false);
  });

  it("a later verdict wins over an earlier one on the same relation", () => {
    const c = curation(
      { kind: "accept", edge: "dispute:state:JPN|state:RUS", at: AT },
      { kind: "reject", edge: "dispute:state:JPN|state:RUS", at: "2026-11-25T11:00:00Z" },
    );
    expect(apply(fixture(), c).graph.hasEdge("dispute:state:JPN|state:RUS")).toBe(false);
  });

  it("recognises marked decisions as applied on an already curated graph", () => {
    const c = curation(
      { kind: "merge", keep: "state:RUS", fold: "state:PRK", at: AT },
      { kind: "retype", edge: "dispute:state:PRK|state:USA", to: "alliance", at: AT },
      { kind: "accept", edge: "cooperation:state:JPN|state:RUS", at: AT },
    );
    const once = applyCuration(fixture(), c);
    expect(once.applied).toEqual([0, 1, 2]);
    const twice = applyCuration(once.graph, c);
    expect(twice.applied).toEqual([0, 1, 2]);
    expect(twice.stale).toEqual([]);
  });

  it("an empty curation gives back the built graph byte for byte", () => {
    const input = parseGraphFile(readFileSync(new URL("../../../graph-data/graph.json", import.meta.url), "utf8"));
    expect(serializeGraph(apply(input, curation()).graph)).toBe(serializeGraph(input));
  });
});
