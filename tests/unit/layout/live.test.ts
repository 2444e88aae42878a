import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { relativeMovement, scaleToExtent, snapshotPositions, boundingBox } from "../../../src/layout/geometry.ts";
import { DEFAULT_SETTLE_OPTIONS, initialSettleState, settleStep } from "../../../src/layout/settle.ts";
import { createLiveLayout, type LayoutWorker } from "../../../src/layout/supervisor.ts";
import { assignInitialLayout } from "../../../src/layout/initial.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";

const fixtureText = readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8");

describe("settleStep", () => {
  const options = { threshold: 0.01, calmChecks: 2, budgetMs: 1000 };

  it("stops as settled after enough consecutive calm checks", () => {
    let state = initialSettleState(0);
    let step = settleStep(state, 0.001, 100, options);
    expect(step.stop).toBeNull();
    state = step.state;
    step = settleStep(state, 0.001, 200, options);
    expect(step.stop).toBe("settled");
  });

  it("restarts the calm count when the layout moves again", () => {
    let state = settleStep(initialSettleState(0), 0.001, 100, options).state;
    state = settleStep(state, 0.5, 200, options).state;
    expect(state.calm).toBe(0);
    expect(settleStep(state, 0.001, 300, options).stop).toBeNull();
  });

  it("stops when the time budget is spent even if still moving", () => {
    expect(settleStep(initialSettleState(0), 0.5, 1000, options).stop).toBe("budget");
  });

  it("has sensible defaults", () => {
    expect(DEFAULT_SETTLE_OPTIONS.calmChecks).toBeGreaterThan(1);
    expect(DEFAULT_SETTLE_OPTIONS.budgetMs).toBeGreaterThan(0);
  });
});

describe("geometry", () => {
  it("measures movement relative to the layout's size", () => {
    const before = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 100, y: 0 }],
    ]);
    const same = new Map(before);
    expect(relativeMovement(before, same)).toBe(0);
    const moved = new Map([
      ["a", { x: 10, y: 0 }],
      ["b", { x: 110, y: 0 }],
    ]);
    expect(relativeMovement(before, moved)).toBeCloseTo(0.1);
    // Scaling everything up by 10 keeps the same relative movement.
    const big = new Map([...before].map(([k, p]) => [k, { x: p.x * 10, y: p.y * 10 }]));
    const bigMoved = new Map([...moved].map(([k, p]) => [k, { x: p.x * 10, y: p.y * 10 }]));
    expect(relativeMovement(big, bigMoved)).toBeCloseTo(0.1);
  });

  it("scales a layout into a centred square of the given half-width", () => {
    const graph = parseGraphFile(fixtureText);
    graph.forEachNode((key, _a) => graph.mergeNodeAttributes(key, { x: key.length * 3 + 1000, y: key.charCodeAt(7) }));
    scaleToExtent(graph, 50);
    const box = boundingBox(graph)!;
    expect(Math.max(box.maxX - box.minX, box.maxY - box.minY)).toBeCloseTo(100, 1);
    expect((box.minX + box.maxX) / 2).toBeCloseTo(0, 1);
    expect(snapshotPositions(graph).size).toBe(graph.order);
  });
});

describe("createLiveLayout", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function fakeWorker(onTick: () => void) {
    let running = false;
    const worker: LayoutWorker & { killed: number } = {
      killed: 0,
      start: () => void (running = true),
      stop: () => void (running = false),
      kill: () => {
        running = false;
        worker.killed++;
      },
      isRunning: () => running,
    };
    return { worker, tick: () => running && onTick() };
  }

  it("stops by itself once the graph no longer moves, then removes overlaps", () => {
    const graph = parseGraphFile(fixtureText);
    assignInitialLayout(graph, { noverlap: false, iterations: 0 });
    // Pile every node onto the same spot: overlap removal must spread them.
    graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: 0, y: 0 }));
    graph.mergeNodeAttributes("state:RUS", { x: 500, y: 500 });
    const { worker } = fakeWorker(() => {});
    const events: [boolean, string | null][] = [];
    let overlapsLeft = -1;
    let clock = 0;
    const layout = createLiveLayout(graph, {
      createWorker: () => worker,
      now: () => clock,
      checkIntervalMs: 100,
      calmChecks: 2,
      sizeOf: () => 10,
      onOverlapsRemoved: (result) => (overlapsLeft = result.overlaps),
      onStateChange: (running, reason) => events.push([running, reason]),
    });
    layout.start();
    expect(layout.isRunning()).toBe(true);
    clock = 200;
    vi.advanceTimersByTime(200);
    expect(layout.isRunning()).toBe(false);
    expect(events).toEqual([
      [true, null],
      [false, "settled"],
    ]);
    const positions = [...snapshotPositions(graph).values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(positions).size).toBe(graph.order);
    expect(overlapsLeft).toBe(0);
  });

  it("stops when the budget is spent while the layout keeps moving", () => {
    const graph = parseGraphFile(fixtureText);
    assignInitialLayout(graph);
    let step = 0;
    const { worker, tick } = fakeWorker(() => {
      step++;
      graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: (a.x ?? 0) + (step % 2 ? 300 : -300) }));
    });
    let clock = 0;
    const reasons: (string | null)[] = [];
    const layout = createLiveLayout(graph, {
      createWorker: () => worker,
      now: () => clock,
      checkIntervalMs: 100,
      budgetMs: 1000,
      onStateChange: (_running, reason) => reasons.push(reason),
    });
    layout.start();
    for (let i = 0; i < 12 && layout.isRunning(); i++) {
      tick();
      clock += 100;
      vi.advanceTimersByTime(100);
    }
    expect(reasons).toEqual([null, "budget"]);
  });

  it("stops on request, and kill is idempotent and final", () => {
    const graph = parseGraphFile(fixtureText);
    assignInitialLayout(graph);
    const { worker } = fakeWorker(() => {});
    const layout = createLiveLayout(graph, { createWorker: () => worker });
    layout.start();
    layout.stop();
    expect(layout.isRunning()).toBe(false);
    layout.kill();
    layout.kill();
    expect(worker.killed).toBe(1);
    layout.start();
    expect(layout.isRunning()).toBe(false);
  });
});
