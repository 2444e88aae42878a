import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { computeNodeSizes } from "../../../src/appearance/index.ts";
import { boundingBox } from "../../../src/layout/geometry.ts";
import { separateAsDrawn } from "../../../src/layout/supervisor.ts";
import { discsOf, overlappingPairs, removeOverlaps } from "../../../src/layout/overlap.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph, NodeAttributes } from "../../../src/model/types.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");

/** The fixture squeezed into a small square, with three actors piled on one spot: many overlaps to remove. */
function crowdedFixture(): { graph: EntenteGraph; sizes: Map<string, number> } {
  const graph = parseGraphFile(fixtureText);
  const sizes = computeNodeSizes(graph);
  const keys = graph.nodes();
  keys.forEach((key, i) => graph.mergeNodeAttributes(key, { x: (i % 3) * 4, y: Math.floor(i / 3) * 4 }));
  for (const key of keys.slice(0, 3)) graph.mergeNodeAttributes(key, { x: 0, y: 0 });
  return { graph, sizes };
}

function positions(graph: EntenteGraph): string[] {
  return graph.mapNodes((key, { x, y }) => `${key} ${x} ${y}`);
}

describe("removeOverlaps", () => {
  it("leaves no two discs overlapping: distance ≥ sum of radii plus margins", () => {
    const { graph, sizes } = crowdedFixture();
    const sizeOf = (node: string) => sizes.get(node)!;
    expect(overlappingPairs(discsOf(graph, sizeOf)).length).toBeGreaterThan(0);
    const result = removeOverlaps(graph, { sizeOf, margin: 3, maxIterations: 500 });
    expect(result.overlaps).toBe(0);
    const nodes = graph.nodes();
    for (const [i, a] of nodes.entries())
      for (const b of nodes.slice(i + 1)) {
        const p = graph.getNodeAttributes(a);
        const q = graph.getNodeAttributes(b);
        expect(Math.hypot(p.x! - q.x!, p.y! - q.y!), `${a} – ${b}`).toBeGreaterThanOrEqual(sizeOf(a) + sizeOf(b) + 6);
      }
  });

  it("is deterministic: the same input gives the same positions, bit for bit", () => {
    const runs = [0, 1].map(() => {
      const { graph, sizes } = crowdedFixture();
      removeOverlaps(graph, { sizeOf: (node) => sizes.get(node)!, margin: 3, maxIterations: 500 });
      return positions(graph);
    });
    expect(runs[0]).toEqual(runs[1]);
  });

  it("never moves a fixed (dragged) actor, and pushes the others off it", () => {
    const { graph, sizes } = crowdedFixture();
    const [dropped] = graph.nodes();
    // `fixed` is the display flag dragging sets; it is not part of the graph contract.
    graph.mergeNodeAttributes(dropped!, { x: 2, y: 2, fixed: true } as Partial<NodeAttributes>);
    const sizeOf = (node: string) => sizes.get(node)!;
    const result = removeOverlaps(graph, { sizeOf, margin: 2, maxIterations: 500 });
    expect(result.overlaps).toBe(0);
    expect(graph.getNodeAttributes(dropped!)).toMatchObject({ x: 2, y: 2 });
  });

  it("reports what it could not separate: two fixed actors dropped on each other", () => {
    const graph = new Graph();
    graph.addNode("a", { x: 0, y: 0, fixed: true });
    graph.addNode("b", { x: 1, y: 0, fixed: true });
    graph.addNode("c", { x: 0, y: 1 });
    const result = removeOverlaps(graph, { sizeOf: () => 5, margin: 0, maxIterations: 200 });
    expect(result.overlaps).toBe(1);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 0, y: 0 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 1, y: 0 });
    expect(overlappingPairs(discsOf(graph, () => 5))).toEqual([["a", "b"]]);
  });

  it("finds exactly the overlapping pairs", () => {
    const discs = [
      { key: "a", x: 0, y: 0, radius: 5 },
      { key: "b", x: 9, y: 0, radius: 5 },
      { key: "c", x: 20, y: 0, radius: 5 },
      { key: "d", x: 0, y: 10, radius: 5 },
    ];
    expect(overlappingPairs(discs)).toEqual([["a", "b"]]);
    expect(overlappingPairs(discs, 1).sort()).toEqual([
      ["a", "b"],
      ["a", "d"],
      ["b", "c"],
    ]);
  });
});

describe("separateAsDrawn (the live layout's last step)", () => {
  it("leaves no two discs overlapping on screen once the graph is fitted to a small stage", () => {
    const { graph, sizes } = crowdedFixture();
    graph.forEachNode((key, { x, y }) => graph.mergeNodeAttributes(key, { x: x! * 10, y: y! * 10 }));
    const span = 240;
    const result = separateAsDrawn(graph, {
      sizeOf: (node) => sizes.get(node)!,
      margin: 3,
      viewportSpan: () => span,
      noverlapIterations: 400,
    });
    expect(result.overlaps).toBe(0);
    const box = boundingBox(graph)!;
    const pixelsPerUnit = span / Math.max(box.maxX - box.minX, box.maxY - box.minY);
    const nodes = graph.nodes();
    for (const [i, a] of nodes.entries())
      for (const b of nodes.slice(i + 1)) {
        const p = graph.getNodeAttributes(a);
        const q = graph.getNodeAttributes(b);
        const pixels = Math.hypot(p.x! - q.x!, p.y! - q.y!) * pixelsPerUnit;
        expect(pixels, `${a} – ${b}`).toBeGreaterThanOrEqual(sizes.get(a)! + sizes.get(b)!);
      }
  });
});
