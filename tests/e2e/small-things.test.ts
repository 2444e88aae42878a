/**
 * The small things of issue 12 part 6 in a real browser, on the bundled graph: no overlapping actors after the live
 * layout, label size and density (no two labels over each other, the choice in the URL), opening another graph.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DrawnLabel } from "../../src/explorer/label-layer.ts";
import {
  FIXTURE_URL,
  nodeOnPage,
  callHook,
  captureConsole,
  launchBrowser,
  openDesktopPage,
  startExplorerServer,
  waitForExplorer,
} from "./browser.ts";

const SHOTS = new URL("../../test-results/", import.meta.url);

let server: ViteDevServer;
let browser: Browser;
let base: string;
let context: BrowserContext;
let page: Page;
let log: ReturnType<typeof captureConsole>;

beforeAll(async () => {
  ({ server, base } = await startExplorerServer());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  ({ context, page, log } = await openDesktopPage(browser));
});

afterEach(async () => {
  await context?.close();
});

async function open(query = ""): Promise<void> {
  await page.goto(`${base}${query}`);
  await waitForExplorer(page);
}

const labels = () => callHook<DrawnLabel[]>(page, "labels");

function intersecting(drawn: DrawnLabel[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of drawn.entries())
    for (const b of drawn.slice(i + 1))
      if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
        pairs.push(`${a.label} / ${b.label}`);
  return pairs;
}

describe("the small things", () => {
  it("leaves no two actors overlapping on screen after the live layout", async () => {
    await open();
    const button = page.locator("[data-control=layout]");
    await button.click();
    await expect.poll(() => button.getAttribute("aria-pressed"), { timeout: 20_000, interval: 250 }).toBe("false");
    await page.locator("[data-control=fit]").click();
    await expect.poll(() => callHook<number>(page, "cameraRatio")).toBe(1);
    await page.waitForTimeout(300);
    const discs = await page.evaluate(async () => {
      const graph = (await (await fetch("graph.json")).json()) as { nodes: { key: string }[] };
      const hook = window.__entente!;
      return graph.nodes.map(({ key }) => ({
        key,
        at: hook.nodeViewportPosition!(key)!,
        size: Number(hook.nodeDisplay!(key)!.size),
      }));
    });
    const overlaps: string[] = [];
    for (const [i, a] of discs.entries())
      for (const b of discs.slice(i + 1))
        if (Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y) < a.size + b.size) overlaps.push(`${a.key} / ${b.key}`);
    expect(overlaps).toEqual([]);
    await page.screenshot({ path: new URL("layout-no-overlap.png", SHOTS).pathname });
    expect(log.errors).toEqual([]);
  });

  it("label density and size change what is drawn, never two labels over each other, and go in the URL", async () => {
    await open();
    const normal = await labels();
    expect(normal.length).toBeGreaterThan(5);
    expect(intersecting(normal)).toEqual([]);

    await page.locator("[data-control=label-density]").selectOption("few");
    await expect.poll(async () => (await labels()).length).toBeLessThan(normal.length);
    expect(new URL(page.url()).searchParams.get("labels")).toBe("few");
    expect(intersecting(await labels())).toEqual([]);

    await page.locator("[data-control=label-density]").selectOption("all");
    await page.locator("[data-control=label-size]").selectOption("large");
    await expect.poll(async () => (await labels()).length).toBeGreaterThan(normal.length - 3);
    const large = await labels();
    expect(intersecting(large)).toEqual([]);
    // Larger text: the same label's box is wider.
    const widthOf = (drawn: DrawnLabel[], text: string) => {
      const found = drawn.find((d) => d.label === text);
      return found === undefined ? null : found.box.x2 - found.box.x1;
    };
    const common = normal.find((d) => large.some((l) => l.label === d.label))!.label;
    expect(widthOf(large, common)!).toBeGreaterThan(widthOf(normal, common)!);
    expect(new URL(page.url()).searchParams.get("labelsize")).toBe("large");
    await page.screenshot({ path: new URL("labels-all-large.png", SHOTS).pathname });

    // The URL restores the choice.
    await open(new URL(page.url()).search);
    expect(await page.locator("[data-control=label-density]").inputValue()).toBe("all");
    expect(await page.locator("[data-control=label-size]").inputValue()).toBe("large");
    expect(log.errors).toEqual([]);
  });

  it("highlighted and forced labels (a selected actor, its neighbours, the hovered one) do not overlap either", async () => {
    await open("?labels=all&labelsize=large");
    const before = await labels();
    // Select every actor in turn: its label, its neighbours' (forced) and the others'.
    const keys = await page.evaluate(async () => {
      const graph = (await (await fetch("graph.json")).json()) as { nodes: { key: string }[] };
      return graph.nodes.map((n) => n.key);
    });
    for (const key of keys.slice(0, 8)) {
      await open(`?labels=all&labelsize=large&node=${encodeURIComponent(key)}`);
      const drawn = await labels();
      expect(intersecting(drawn), key).toEqual([]);
      expect(drawn.some((d) => d.key === key)).toBe(true);
    }
    // Hovering an actor draws its label boxed on the hover layer: the others make way.
    const position = await callHook<{ x: number; y: number }>(page, "nodeViewportPosition", keys[0]!);
    const stage = (await page.locator("#stage").boundingBox())!;
    await page.mouse.move(stage.x + position.x, stage.y + position.y);
    await expect
      .poll(async () => (await callHook<{ hoveredNode: string | null }>(page, "state")).hoveredNode)
      .not.toBeNull();
    expect(intersecting(await labels())).toEqual([]);
    expect(before.length).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
  });
});

describe("opening another graph", () => {
  const EXAMPLES = new URL("../../../shared/gexf-examples/", import.meta.url);

  it("opens a GEXF file from the picker: its nodes drawn, attributes as text, the URL marked local", async () => {
    await open("?labels=many");
    await page.locator("[data-control=open-file]").setInputFiles(new URL("static-1.3.gexf", EXAMPLES).pathname);
    await expect
      .poll(() => callHook<{ name: string; kind: string } | null>(page, "opened"))
      .toEqual({
        name: "static-1.3.gexf",
        kind: "gexf",
      });
    await waitForExplorer(page);
    expect(await callHook<{ nodes: number }>(page, "visibleCounts")).toEqual({ nodes: 3, edges: 5 });
    const alice = await callHook<Record<string, unknown>>(page, "nodeDisplay", "alice");
    expect(alice).toMatchObject({ label: "Alice", color: "rgba(255,0,0,0.5)" });
    const search = new URL(page.url()).searchParams;
    expect(search.get("local")).toBe("static-1.3.gexf");
    expect(search.get("labels")).toBe("many");
    expect(await page.locator(".open-local").textContent()).toContain("cannot open this file");
    // Clicking a node lists its attributes, markup in them as text.
    const at = await nodeOnPage(page, "acme");
    await page.mouse.click(at.x, at.y);
    const details = page.locator("#details");
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator("h2").textContent()).toBe("ACME & Co <Ltd>");
    expect(await details.locator("dt").allTextContents()).toContain("kind");
    expect(await page.locator("#app img").count()).toBe(0);
    expect(intersecting(await labels())).toEqual([]);
    await page.screenshot({ path: new URL("open-gexf.png", SHOTS).pathname });
    expect(log.errors).toEqual([]);
  });

  it("a corrupt file: the error names it and the problem, and the graph shown stays", async () => {
    await open();
    const before = await callHook<{ nodes: number; edges: number }>(page, "visibleCounts");
    await page.locator("[data-control=open-file]").setInputFiles({
      name: "broken.gexf",
      mimeType: "application/xml",
      buffer: Buffer.from('<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a">'),
    });
    const error = page.locator(".open-error");
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/broken\.gexf.*not well-formed XML.*unchanged/);
    expect(await callHook<{ nodes: number; edges: number }>(page, "visibleCounts")).toEqual(before);
    expect(await callHook<unknown>(page, "opened")).toBeNull();
    expect(new URL(page.url()).searchParams.get("local")).toBeNull();
    await page.screenshot({ path: new URL("open-error.png", SHOTS).pathname });

    // An invalid graph.json: the schema's complaint, the graph still there.
    await page.locator("[data-control=open-file]").setInputFiles({
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ options: {}, attributes: {}, nodes: [{ key: "x" }], edges: [] })),
    });
    await expect.poll(() => error.textContent()).toContain('file "other.json"');
    expect(await callHook<{ nodes: number; edges: number }>(page, "visibleCounts")).toEqual(before);
    expect(log.errors.some((e) => e.includes("broken.gexf"))).toBe(true);
  });

  it("opens an Entente graph.json dropped onto the canvas, with the whole explorer on it", async () => {
    await open();
    const text = readFileSync(FIXTURE_URL, "utf8");
    const stage = page.locator("#stage");
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "fixture.json", { type: "application/json" }));
      return data;
    }, text);
    await stage.dispatchEvent("dragover", { dataTransfer: transfer });
    await stage.dispatchEvent("drop", { dataTransfer: transfer });
    await expect
      .poll(() => callHook<{ name: string } | null>(page, "opened"))
      .toEqual({
        name: "fixture.json",
        kind: "entente",
      });
    await waitForExplorer(page);
    const nodes = (JSON.parse(text) as { nodes: unknown[] }).nodes.length;
    expect((await callHook<{ nodes: number }>(page, "visibleCounts")).nodes).toBe(nodes);
    expect(new URL(page.url()).searchParams.get("local")).toBe("fixture.json");
    // A link to this view, opened later, says the file is not in it and shows the site's graph.
    await open(new URL(page.url()).search);
    expect(await page.locator(".notices").textContent()).toContain('local file "fixture.json"');
    expect(new URL(page.url()).searchParams.get("local")).toBeNull();
  });
});
