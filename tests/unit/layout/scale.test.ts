import { describe, expect, it } from "vitest";
import { extentFor, noverlapIterationsFor } from "../../../src/layout/geometry.ts";

describe("layout scale grows with the graph", () => {
  it("keeps the configured extent for small graphs and grows with √nodes for large ones", () => {
    expect(extentFor(20, 500)).toBe(500);
    expect(extentFor(10_000, 500)).toBeGreaterThan(1000);
    expect(extentFor(40_000, 500)).toBeCloseTo(2 * extentFor(10_000, 500));
  });

  it("caps overlap removal on large graphs so it finishes, deterministically", () => {
    expect(noverlapIterationsFor(20, 400)).toBe(400);
    expect(noverlapIterationsFor(10_000, 400)).toBeLessThan(400);
    expect(noverlapIterationsFor(50_000, 400)).toBeGreaterThanOrEqual(1);
    expect(noverlapIterationsFor(10_000, 400)).toBe(noverlapIterationsFor(10_000, 400));
  });
});
