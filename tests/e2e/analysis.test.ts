/**
 * Paths, neighbourhoods, measures and the SVG and CSV exports in a real browser, on the fixture graph served as
 * `graph.json`: what a user does — find the path between two actors, size by PageRank, colour by community, show a
 * neighbourhood, sort the actors table, download the view as SVG and CSV.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { COMMUNITY_COLORS, MEASURE_SIZE_RANGE } from "../../src/appearance/index.ts";
import { WORKER_THRESHOLD } from "../../src/explorer/measure-service.ts";
import { serializeGraph } from "../../src/model/graph-io.ts";
import { generateGraph } from "../../bench/gen/graph.ts";
import { DIMMED_NODE_COLOR } from "../../src/explorer/reducers.ts";
import { callHook, FIXTURE_URL, nodeOnPage, useExplorerSuite } from "./browser.ts";

const fixture = readFileSync(FIXTURE_URL, "utf8");
const SHOTS = new URL("../../test-results/", import.meta.url);
const KIM = "leader:kim-jong-un";
const ABE = "leader:shinzo-abe";
const PUTIN = "leader:vladimir-poutine";

let page: Page;
const suite = useExplorerSuite({ graph: fixture, failOnConsoleErrors: true, onPage: (opened) => ({ page } = opened) });
const open = (query = "") => suite.open(query);

const debug = <T>(fn: string, ...args: string[]): Promise<T> => callHook<T>(page, fn, ...args);
const nodeDisplay = (key: string) => debug<{ size: number; color: string; hidden: boolean }>("nodeDisplay", key);
const path = () => debug<{ length: number | null; paths: string[][] } | null>("path");
const url = () => new URL(page.url()).searchParams;

async function chooseIn(input: string, text: string): Promise<void> {
  await page.locator(input).fill(text);
  await page.locator(input).press("Enter");
}

async function download(which: string): Promise<{ name: string; text: string }[]> {
  await page.locator(".export-menu summary").click();
  const files: { name: string; text: string }[] = [];
  const expected = which === "csv" ? 2 : 1;
  const done = new Promise<void>((resolve) => {
    page.on("download", async (file) => {
      files.push({ name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") });
      if (files.length === expected) resolve();
    });
  });
  await page.locator(`[data-export=${which}]`).click();
  await done;
  return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe("analysis in the explorer", () => {
  it("finds the path between two actors, highlights it and lists each hop with its evidence", async () => {
    await open();
    await chooseIn("#path-from", "Kim Jong");
    await chooseIn("#path-to", "Abe");
    await expect.poll(path).toEqual({ length: 2, count: 1, paths: [[KIM, PUTIN, ABE]] });
    // Off the path, actors dim; on it, they keep their colour.
    expect((await nodeDisplay("state:USA")).color).toBe(DIMMED_NODE_COLOR);
    expect((await nodeDisplay(PUTIN)).color).not.toBe(DIMMED_NODE_COLOR);
    const result = page.locator("#path-result");
    expect(await result.locator(".hop").count()).toBe(2);
    expect(await result.textContent()).toContain("2 hops");
    expect(url().get("pfrom")).toBe(KIM);
    expect(url().get("pto")).toBe(ABE);
    await page.screenshot({ path: new URL("analysis-path.png", SHOTS).pathname });
    // A hop's relation opens its evidence in the details panel.
    await result.locator(".relation-link").first().click();
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Cooperation");
    expect(await page.locator("#details .evidence").count()).toBeGreaterThan(0);
    // Hiding leaders hides both ends: the panel says so instead of a path.
    await page.locator("[data-node-type=leader]").uncheck();
    await expect.poll(() => result.textContent()).toContain("hidden by the current view");
  });

  it("shift-click picks the two ends of a path on the canvas", async () => {
    await open();
    for (const node of ["state:USA", "state:RUS"]) {
      const point = await nodeOnPage(page, node);
      await page.keyboard.down("Shift");
      await page.mouse.click(point.x, point.y);
      await page.keyboard.up("Shift");
    }
    await expect.poll(async () => (await path())?.length).toBe(2);
    expect((await path())!.paths.map((p) => p[1])).toEqual(["state:JPN", "state:PRK"]);
  });

  it("sizes actors by PageRank and colours them by community, with the legend and the URL following", async () => {
    await open();
    await page.locator("#size-mode").selectOption("pagerank");
    await expect.poll(() => debug<Record<string, number> | null>("measure", "pagerank")).not.toBeNull();
    const pagerank = (await debug<Record<string, number>>("measure", "pagerank"))!;
    const top = Object.entries(pagerank).sort((a, b) => b[1] - a[1])[0]![0];
    await expect
      .poll(async () => (await nodeDisplay(top)).size)
      .toBeCloseTo(MEASURE_SIZE_RANGE[1] * (await scale()), 5);
    for (const node of Object.keys(pagerank))
      expect((await nodeDisplay(node)).size).toBeLessThanOrEqual((await nodeDisplay(top)).size);
    expect(await page.locator("#analysis-legend").textContent()).toContain("PageRank");
    expect(url().get("size")).toBe("pagerank");

    await page.locator("#color-mode").selectOption("community");
    await expect.poll(() => page.locator(".community-legend li").count()).toBeGreaterThan(0);
    const communities = (await debug<Record<string, number>>("measure", "community"))!;
    for (const [node, index] of Object.entries(communities))
      expect((await nodeDisplay(node)).color).toBe(COMMUNITY_COLORS[index]);
    await page.screenshot({ path: new URL("analysis-pagerank.png", SHOTS).pathname });

    // The URL restores both modes.
    await open(`?${url().toString()}`);
    expect(await page.locator("#size-mode").inputValue()).toBe("pagerank");
    expect(await page.locator("#color-mode").inputValue()).toBe("community");
  });

  it("shows an actor's neighbourhood only, and the table sorts actors by a measure", async () => {
    await open("?node=state:USA");
    await page.locator("[data-depth='1']").check({ force: true });
    await expect.poll(() => debug<{ nodes: number }>("visibleCounts")).toMatchObject({ nodes: 3 });
    expect((await nodeDisplay("state:RUS")).hidden).toBe(true);
    await page.locator("[data-depth='0']").check({ force: true });
    await expect.poll(() => debug<{ nodes: number }>("visibleCounts")).toMatchObject({ nodes: 8 });

    await page.locator("[data-view=table]").click();
    const header = page.locator("#actors-table th[data-column=betweenness] button");
    await header.click();
    await expect
      .poll(() => page.locator("#actors-table th[data-column=betweenness]").getAttribute("aria-sort"))
      .toBe("descending");
    const betweenness = (await debug<Record<string, number>>("measure", "betweenness"))!;
    const top = Object.entries(betweenness).sort((a, b) => b[1] - a[1])[0]![0];
    expect(await page.locator("#actors-table tbody tr").first().getAttribute("data-node")).toBe(top);
    await header.click();
    expect(await page.locator("#actors-table th[data-column=betweenness]").getAttribute("aria-sort")).toBe("ascending");
  });

  it("downloads the view as SVG: every visible actor and relation, labels as text", async () => {
    await open("?rel=cooperation,serves");
    const [svg] = await download("svg");
    expect(svg!.name).toMatch(/\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const ids = (tag: string) => Array.from(doc.getElementsByTagName(tag)).map((e) => e.getAttribute("id"));
      return {
        error: doc.getElementsByTagName("parsererror").length,
        circles: ids("circle").filter((id) => id !== null),
        paths: ids("path"),
        labels: Array.from(doc.querySelectorAll("text[data-node]")).map((t) => t.textContent),
      };
    }, svg!.text);
    expect(parsed.error).toBe(0);
    expect(parsed.circles.length).toBe(8);
    // Cooperation and membership links only: 4 + 4 edges.
    expect(parsed.paths.sort()).toEqual(
      (await debug<string[]>("edges"))
        .filter((e) => !e.startsWith("dispute") && !e.startsWith("alliance"))
        .map((e) => `edge-${e}`)
        .sort(),
    );
    expect(parsed.labels).toContain("Russie");
    const shot = await suite.browser.newPage();
    await shot.setContent(svg!.text);
    await shot.screenshot({ path: new URL("analysis-view-svg.png", SHOTS).pathname });
    await shot.close();
  });

  it("downloads the view as two CSV tables", async () => {
    await open("?rel=dispute,serves");
    const [edges, nodes] = await download("csv");
    expect(nodes!.name).toMatch(/-nodes\.csv$/);
    expect(edges!.name).toMatch(/-edges\.csv$/);
    const parse = (text: string) =>
      Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(parse(nodes!.text).length).toBe(8);
    const relations = parse(edges!.text).map((r) => r.relation);
    expect(relations.filter((r) => r === "dispute").length).toBe(2);
    expect(relations).not.toContain("cooperation");
    expect(Object.keys(parse(nodes!.text)[0]!)).toContain("pagerank");
  });
});

describe("a larger graph", () => {
  it("computes the measures in the worker and sizes by them, the page still answering", async () => {
    const body = serializeGraph(generateGraph({ nodes: WORKER_THRESHOLD + 300, edgesPerNode: 2.5, seed: 3 }));
    await page.route("**/big.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    await open("?graph=big.json");
    await page.locator("#size-mode").selectOption("betweenness");
    // While the worker computes, the page answers.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await expect
      .poll(() => debug<Record<string, number> | null>("measure", "betweenness"), { timeout: 60_000 })
      .not.toBeNull();
    const values = (await debug<Record<string, number>>("measure", "betweenness"))!;
    expect(Object.keys(values).length).toBe(WORKER_THRESHOLD + 300);
    const top = Object.entries(values).sort((a, b) => b[1] - a[1])[0]![0];
    await expect
      .poll(async () => (await nodeDisplay(top)).size)
      .toBeCloseTo(MEASURE_SIZE_RANGE[1] * (await scale()), 5);
  }, 90_000);
});

describe("the small things", () => {
  it("drags an actor: it follows the pointer and stays where dropped", async () => {
    await open();
    const start = await nodeOnPage(page, "state:USA");
    const japanBefore = await nodeOnPage(page, "state:JPN");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(start.x - 12 * i, start.y - 10 * i);
    await page.mouse.up();
    await page.waitForTimeout(300);
    const end = await nodeOnPage(page, "state:USA");
    expect(Math.abs(end.x - (start.x - 60))).toBeLessThan(3);
    expect(Math.abs(end.y - (start.y - 50))).toBeLessThan(3);
    // The camera did not pan with it, and the drop selected nothing: another actor is where it was.
    const japan = await nodeOnPage(page, "state:JPN");
    expect(Math.abs(japan.x - japanBefore.x)).toBeLessThan(3);
    expect(Math.abs(japan.y - japanBefore.y)).toBeLessThan(3);
    expect((await debug<{ selectedNode: string | null }>("state")).selectedNode).toBeNull();
  });

  it("zooms to the selection with Z, and hides isolated actors", async () => {
    await open("?node=leader:serguei-choigou");
    const before = await debug<number>("cameraRatio");
    await page.locator("#stage").click({ position: { x: 5, y: 5 }, trial: true });
    await page.keyboard.press("z");
    await expect.poll(() => debug<number>("cameraRatio")).toBeLessThan(before);
    await page.locator("[data-node-type=leader]").check();
    await page.locator("[data-edge-type=serves]").uncheck();
    await page.locator("[data-edge-type=cooperation]").uncheck();
    await page.locator("#hide-isolated").check();
    // Only the dispute and alliance relations stay: the four states; no leader is left with an edge.
    await expect.poll(() => debug<{ nodes: number }>("visibleCounts")).toMatchObject({ nodes: 4 });
    expect(url().get("isolated")).toBe("0");
  });
});

/** The stage's node size factor (below 1 on small stages). */
async function scale(): Promise<number> {
  return page.evaluate(() => {
    const stage = document.getElementById("stage")!;
    const small = Math.min(stage.clientWidth, stage.clientHeight);
    return Math.min(1, Math.max(0.55, small / 700));
  });
}
