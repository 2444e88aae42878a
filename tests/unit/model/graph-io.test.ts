import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphFileError, parseGraphFile, serializeGraph } from "../../../src/model/graph-io.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");

// Mutations reach deep into untyped JSON on purpose: the point is to produce invalid files.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function mutated(edit: (data: any) => void): string {
  const data = JSON.parse(fixtureText);
  edit(data);
  return JSON.stringify(data);
}

describe("graph file load and save", () => {
  it("round-trips the fixture byte for byte", () => {
    const graph = parseGraphFile(fixtureText);
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(11);
    expect(serializeGraph(graph)).toBe(fixtureText);
  });

  it("keeps parallel relations between the same pair as two edges", () => {
    const graph = parseGraphFile(fixtureText);
    const types = graph
      .edges("state:JPN", "state:RUS")
      .map((e) => graph.getEdgeAttribute(e, "type"))
      .sort();
    expect(types).toEqual(["cooperation", "dispute"]);
  });

  it.each([
    ["not JSON", "{nope", /my.json: not valid JSON/],
    [
      "an unknown node type",
      mutated((d) => (d.nodes[0].attributes.type = "city")),
      /nodes\[0\] \(key "state:JPN"\)\.attributes\.type must be equal to one of the allowed values \(state, leader\)/,
    ],
    [
      "a relation with an unknown type",
      mutated((d) => (d.edges[0].attributes.type = "war")),
      /edges\[0\] \(key "[^"]+"\)\.attributes\.type/,
    ],
    [
      "a missing weight",
      mutated((d) => delete d.edges[1].attributes.weight),
      /edges\[1\] \(key "[^"]+"\)\.attributes is missing field "weight"/,
    ],
    ["a zero weight", mutated((d) => (d.edges[1].attributes.weight = 0)), /attributes\.weight must be > 0/],
    ["an unknown field", mutated((d) => (d.nodes[2].attributes.colour = "red")), /nodes\[2\].*unknown field "colour"/],
    [
      "a bad evidence date",
      mutated((d) => (d.edges[0].attributes.evidence[0].date = "hier")),
      /evidence\[0\]\.date must match pattern/,
    ],
    [
      "an edge to a missing node",
      mutated((d) => (d.edges[0].target = "state:XXX")),
      /edge "[^"]+": target "state:XXX" is not a node/,
    ],
    [
      "a leader serving no state",
      mutated((d) => (d.nodes[4].attributes.state = "state:ZZZ")),
      /node "leader:[^"]+": attributes\.state "state:ZZZ" is not a state node/,
    ],
    [
      "evidence from an unknown article",
      mutated((d) => (d.edges[0].attributes.evidence[0].article = "nowhere")),
      /evidence names unknown article "nowhere"/,
    ],
    ["a duplicate node key", mutated((d) => d.nodes.push(d.nodes[0])), /duplicate key "state:JPN"/],
  ])("refuses %s with a message naming the field", (_case, text, message) => {
    expect(() => parseGraphFile(text, "my.json")).toThrow(GraphFileError);
    expect(() => parseGraphFile(text, "my.json")).toThrow(message);
  });
});
