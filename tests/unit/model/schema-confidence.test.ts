import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphFileError, parseGraphFile } from "../../../src/model/graph-io.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");

type EdgeData = { key: string; attributes: Record<string, unknown> & { evidence: Record<string, unknown>[] } };
function withEdge(key: string, edit: (edge: EdgeData) => void): string {
  const data = JSON.parse(fixtureText) as { edges: EdgeData[] };
  edit(data.edges.find((e) => e.key === key)!);
  return JSON.stringify(data);
}

const COOP = "cooperation:state:JPN|state:RUS";
const SERVES = "serves:leader:vladimir-poutine|state:RUS";

describe("graph schema: confidence, rules and rule ids of relations", () => {
  it("accepts the fixture, whose relations carry them, and membership evidence without a rule", () => {
    const graph = parseGraphFile(fixtureText);
    expect(graph.getEdgeAttribute(COOP, "evidence").every((e) => typeof e.rule === "string")).toBe(true);
    expect(graph.getEdgeAttribute(SERVES, "evidence").some((e) => e.rule === undefined)).toBe(true);
  });

  it.each([
    [
      "a relation without confidence",
      (e: EdgeData) => delete e.attributes.confidence,
      /edges\[\d+\] \(key "cooperation:state:JPN\|state:RUS"\)\.attributes is missing field "confidence"/,
    ],
    ["a relation without rules", (e: EdgeData) => delete e.attributes.rules, /is missing field "rules"/],
    ["a confidence above 1", (e: EdgeData) => (e.attributes.confidence = 1.2), /attributes\.confidence must be <= 1/],
    [
      "repeated rule ids",
      (e: EdgeData) => (e.attributes.rules = ["pair.entre", "pair.entre"]),
      /attributes\.rules must NOT have duplicate items/,
    ],
    [
      "relation evidence without a rule",
      (e: EdgeData) => delete e.attributes.evidence[0]!.rule,
      /evidence\[0\] is missing field "rule"/,
    ],
    [
      "an empty rule id",
      (e: EdgeData) => (e.attributes.evidence[0]!.rule = ""),
      /evidence\[0\]\.rule must NOT have fewer than 1 characters/,
    ],
  ])("refuses %s, naming the edge and the field", (_name, edit, message) => {
    const text = withEdge(COOP, edit);
    expect(() => parseGraphFile(text)).toThrow(GraphFileError);
    expect(() => parseGraphFile(text)).toThrow(message);
  });

  it("refuses a confidence on a membership, which is not a judgement", () => {
    expect(() => parseGraphFile(withEdge(SERVES, (e) => (e.attributes.confidence = 0.5)))).toThrow(
      /has unknown field "confidence"/,
    );
  });
});
