import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createViewPredicate,
  FilterError,
  filterGraph,
  isDefaultFilter,
  resolveViewFilter,
} from "../../../src/model/filter.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";

const fixture = () => parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));

/** The fixture's relation confidences, for reference: 0.615 alliance JPN–USA; 0.82 three; 0.9, 0.94, 0.981. */
describe("the minimum-confidence filter", () => {
  it("is off by default and at 0: every relation shows", () => {
    const graph = fixture();
    expect(resolveViewFilter().minConfidence).toBe(0);
    expect(filterGraph(graph, resolveViewFilter()).size).toBe(graph.size);
    expect(filterGraph(graph, resolveViewFilter({ minConfidence: 0 })).size).toBe(graph.size);
    expect(isDefaultFilter(resolveViewFilter({ minConfidence: 0 }))).toBe(true);
    expect(isDefaultFilter(resolveViewFilter({ minConfidence: 0.5 }))).toBe(false);
  });

  it("hides relations below the threshold, keeps those at or above it, and never hides memberships", () => {
    const graph = fixture();
    const view = filterGraph(graph, resolveViewFilter({ minConfidence: 0.82 }));
    const relations = view.filterEdges((_, a) => a.type !== "serves").sort();
    expect(relations).toEqual(
      [
        "cooperation:leader:kim-jong-un|leader:vladimir-poutine",
        "cooperation:leader:shinzo-abe|leader:vladimir-poutine",
        "cooperation:state:JPN|state:RUS",
        "cooperation:state:PRK|state:RUS",
        "dispute:state:JPN|state:RUS",
        "dispute:state:PRK|state:USA",
      ].sort(),
    );
    expect(view.filterEdges((_, a) => a.type === "serves")).toHaveLength(
      graph.filterEdges((_, a) => a.type === "serves").length,
    );
    // Nodes are not filtered by confidence: the United States stays, linked by its dispute with North Korea.
    expect(view.order).toBe(graph.order);
    const strict = filterGraph(graph, resolveViewFilter({ minConfidence: 0.95 }));
    expect(strict.filterEdges((_, a) => a.type !== "serves")).toEqual(["dispute:state:JPN|state:RUS"]);
    expect(
      filterGraph(graph, resolveViewFilter({ minConfidence: 1 })).filterEdges((_, a) => a.type !== "serves"),
    ).toEqual([]);
  });

  it("combines with the other filters through the same predicate the explorer uses", () => {
    const graph = fixture();
    const predicate = createViewPredicate(
      graph.getAttribute("articles"),
      resolveViewFilter({ minConfidence: 0.9, minWeight: 3 }),
    );
    const shown = graph.filterEdges((_, a) => predicate.edgeVisible(a, true, true));
    expect(shown.filter((e) => !e.startsWith("serves:"))).toEqual(["dispute:state:JPN|state:RUS"]);
  });

  it("treats a relation without a confidence (an older graph) as 0: hidden once the filter is on", () => {
    const graph = fixture();
    // Built before confidences existed: the attribute is missing (the schema refuses such a file; the filter must not crash).
    graph.updateEdgeAttributes("dispute:state:JPN|state:RUS", (a) => {
      const { confidence: _dropped, ...older } = a as typeof a & { confidence?: number };
      return older as typeof a;
    });
    const predicate = createViewPredicate(graph.getAttribute("articles"), resolveViewFilter({ minConfidence: 0.1 }));
    expect(predicate.edgeVisible(graph.getEdgeAttributes("dispute:state:JPN|state:RUS"), true, true)).toBe(false);
    const off = createViewPredicate(graph.getAttribute("articles"), resolveViewFilter());
    expect(off.edgeVisible(graph.getEdgeAttributes("dispute:state:JPN|state:RUS"), true, true)).toBe(true);
  });

  it.each([[1.5], [-0.1], [Number.NaN], ["0.5" as unknown as number]])("refuses %j, naming the field", (value) => {
    expect(() => resolveViewFilter({ minConfidence: value })).toThrow(FilterError);
    expect(() => resolveViewFilter({ minConfidence: value })).toThrow(/minConfidence: must be a number from 0 to 1/);
  });
});
