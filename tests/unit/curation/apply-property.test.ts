/** Any sequence of decisions, sensible or not, gives a valid graph, leaves the input alone and is idempotent. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCuration, assertCuration, type Decision } from "../../../src/curation/index.ts";
import { parseGraphFile, serializeGraph } from "../../../src/model/graph-io.ts";
import { RELATION_TYPES } from "../../../src/model/types.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");
const fixture = parseGraphFile(fixtureText);
const nodes = [...fixture.nodes(), "leader:gone", "state:FRA"];
const edges = [...fixture.edges(), "cooperation:state:JPN|state:USA", "alliance:leader:kim-jong-un|state:RUS"];
const relations = edges.filter((k) => !k.startsWith("serves:"));
const evidence = fixture.edges().flatMap((k) => fixture.getEdgeAttribute(k, "evidence").map((e) => ({ edge: k, e })));

const at = fc.integer({ min: 0, max: 59 }).map((m) => `2026-11-25T10:${String(m).padStart(2, "0")}:00Z`);
const node = fc.constantFrom(...nodes);
const relation = fc.constantFrom(...relations);
const type = fc.constantFrom(...RELATION_TYPES);

const decision: fc.Arbitrary<Decision> = fc.oneof(
  fc.record({ kind: fc.constant("accept" as const), edge: relation, at }),
  fc.record({ kind: fc.constant("reject" as const), edge: relation, at }),
  fc
    .record({ kind: fc.constant("retype" as const), edge: relation, to: type, at })
    .filter((d) => !d.edge.startsWith(`${d.to}:`)),
  fc.constantFrom(...evidence).chain(({ edge, e }) =>
    fc.record({
      kind: fc.constant("reject-evidence" as const),
      edge: fc.constant(edge),
      evidence: fc.constant({ article: e.article, sentence: e.sentence, start: e.start }),
      at,
    }),
  ),
  fc.record({ kind: fc.constant("merge" as const), keep: node, fold: node, at }).filter((d) => d.keep !== d.fold),
  fc.record({
    kind: fc.constant("rename" as const),
    node,
    label: fc.constantFrom("Nouveau nom", "Kim Jong Un", "Russie"),
    at,
  }),
  fc.record({ kind: fc.constant("drop" as const), node, at }),
  fc.record({
    kind: fc.constant("set-state" as const),
    node: node.filter((k) => k.startsWith("leader:")),
    state: node.filter((k) => k.startsWith("state:")),
    at,
  }),
  fc
    .record({ kind: fc.constant("add" as const), type, source: node, target: node, at })
    .filter((d) => d.source !== d.target),
  fc.constantFrom(...evidence).chain(({ e }) =>
    fc
      .record({
        kind: fc.constant("add" as const),
        type,
        source: node,
        target: node,
        evidence: fc.constant({ article: e.article, sentence: e.sentence, start: e.start, end: e.end }),
        at,
      })
      .filter((d) => d.source !== d.target),
  ),
);

/** Decisions as `curate` and the explorer record them: one after the other, in time order. */
const inTimeOrder = (decisions: Decision[]): Decision[] =>
  decisions.map((d, i) => ({ ...d, at: new Date(Date.UTC(2026, 10, 25, 10, i)).toISOString() }));

describe("applyCuration on any sequence of decisions", () => {
  it("never throws, gives a valid graph, leaves the input alone; every decision is applied or stale", () => {
    const before = serializeGraph(fixture);
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 12 }), (decisions) => {
        const curation = { version: 1 as const, decisions };
        assertCuration(curation);
        const result = applyCuration(fixture, curation);
        serializeGraph(result.graph); // throws on an invalid graph
        expect(serializeGraph(fixture)).toBe(before);
        expect([...result.applied, ...result.stale.map((s) => s.index)].sort((a, b) => a - b)).toEqual(
          decisions.map((_, i) => i),
        );
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  // Decisions recorded in time order, as `curate` and the explorer record them (stale ones included).
  it("is idempotent: applied to its own output, the graph does not change", () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 12 }), (decisions) => {
        const curation = { version: 1 as const, decisions: inTimeOrder(decisions) };
        const once = applyCuration(fixture, curation);
        expect(serializeGraph(applyCuration(once.graph, curation).graph)).toBe(serializeGraph(once.graph));
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
