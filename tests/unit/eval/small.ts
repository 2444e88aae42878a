/** Test helper: a small graph (the fixture plus a duplicate actor, evidence tagged with rules) and a hand-made gold. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldGraph } from "../../../src/eval/gold.ts";
import { importGraph } from "../../../src/model/graph-io.ts";
import type { EntenteGraph, RelationAttributes } from "../../../src/model/types.ts";
import { ROOT } from "../cli/run-cli.ts";

/** The fixture graph plus a second node for Putin (a duplicate actor); evidence sentences tagged with rules. */
export function smallGraph(): EntenteGraph {
  const graph = importGraph(JSON.parse(readFileSync(join(ROOT, "tests/fixtures/small-graph.json"), "utf8")));
  graph.addNode("leader:putin", {
    type: "leader",
    label: "Putin",
    aliases: ["Putin"],
    mentions: 1,
    articles: ["c-2023"],
    state: "state:RUS",
    roles: [],
  });
  // The fixture's own rule ids are replaced by the tags below (relation evidence must name a rule: the schema checks it).
  const tag = (key: string, rules: string[]) => {
    const a = graph.getEdgeAttributes(key) as RelationAttributes;
    const evidence = a.evidence.map((e, i) => ({ ...e, rule: rules[i % rules.length]! }));
    graph.mergeEdgeAttributes(key, { evidence, rules: [...new Set(evidence.map((e) => e.rule))].sort() });
  };
  tag("cooperation:state:JPN|state:RUS", ["pair.entre", "pair.closed-group"]);
  tag("dispute:state:JPN|state:RUS", ["pair.closed-group"]);
  tag("cooperation:state:PRK|state:RUS", ["pair.agent-target"]);
  tag("cooperation:leader:shinzo-abe|leader:vladimir-poutine", ["pair.agent-target"]);
  for (const key of [
    "cooperation:leader:kim-jong-un|leader:vladimir-poutine",
    "alliance:state:JPN|state:USA",
    "dispute:state:PRK|state:USA",
  ])
    tag(key, ["pair.nearest"]);
  return graph;
}

export const SMALL_GOLD: GoldGraph = {
  articles: { "a-2013": {}, "c-2023": {}, "d-undated": { boilerplate: ["restent formellement en guerre", "AFP"] } },
  entities: {
    RUS: { type: "state", names: ["Russie", "RUS", "RU"] },
    JPN: { type: "state", names: ["Japon", "JPN"] },
    PRK: { type: "state", names: ["Corée du Nord", "PRK"], optional: true },
    CHN: { type: "state", names: ["Chine", "CHN"] },
    poutine: { type: "leader", names: ["Vladimir Poutine", "Poutine", "Putin"], state: "RUS" },
    abe: { type: "leader", names: ["Shinzo Abe", "Abe"], state: "JPN" },
    kim: { type: "leader", names: ["Kim Jong-un"], state: "PRK", optional: true },
    xi: { type: "leader", names: ["Xi Jinping"], state: "CHN" },
  },
  forbidden_entities: ["Sergueï Shoigu", "Japon"],
  relations: [
    { a: "JPN", b: "RUS", types: ["cooperation"], required: true, sources: ["a-2013", "c-2023"] },
    { a: "RUS", b: "JPN", types: ["dispute"], required: false },
    { a: "PRK", b: "RUS", types: ["dispute"], required: true },
    { a: "kim", b: "poutine", types: ["alliance", "cooperation"], required: true },
    { a: "CHN", b: "RUS", types: ["cooperation"], required: true },
  ],
  memberships_required: ["poutine", "abe", "xi"],
};
