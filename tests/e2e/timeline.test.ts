/**
 * The playable timeline and a relation's history in a real browser: press play and watch the visible relations
 * change, pause and find the window kept in the URL (and restored from it), play to the end and stop there; open
 * Japan–Russia and read its history, a bar listing its sentences. On the fixture graph, and on the bundled graph for
 * the README's screenshot.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  callHook,
  captureConsole,
  FIXTURE_URL,
  launchBrowser,
  openDesktopPage,
  startExplorerServer,
  waitForExplorer,
} from "./browser.ts";

const fixture = readFileSync(FIXTURE_URL, "utf8");
const bundled = readFileSync(new URL("../../graph-data/graph.json", import.meta.url), "utf8");
const SHOTS = new URL("../../test-results/", import.meta.url);
const JPN_RUS_DISPUTE = "dispute:state:JPN|state:RUS";

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
  expect(log.errors).toEqual([]);
  await context?.close();
});

async function open(query = "", graph = fixture): Promise<void> {
  await page.route("**/graph.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: graph }),
  );
  await page.goto(`${base}${query}`);
  await waitForExplorer(page);
}

const url = () => new URL(page.url()).searchParams;
const visibleEdges = async () => (await callHook<{ edges: number }>(page, "visibleCounts")).edges;
const summary = () => page.locator("#visible-count").textContent();
const playButton = () => page.locator('[data-timeline="play"]');
/** The tooltip of one month of the chart: "Nov 2013: 2 relations, 2 kept by the filter (…)". */
const monthTitle = (month: string) => page.locator(`.timeline-hits rect[data-month="${month}"] title`).textContent();

describe("timeline", () => {
  it("plays the window through the period, the counts following; pause keeps the window in the URL", async () => {
    await open();
    const all = await visibleEdges();
    const firstSummary = await summary();
    await page.locator('[data-timeline="speed"]').selectOption("8");
    // Keyboard only: focus the button and press Space.
    await playButton().focus();
    await page.keyboard.press("Space");
    await expect.poll(() => playButton().getAttribute("aria-pressed")).toBe("true");
    // The machine is shared: steps may come slower than the chosen speed (play waits for each frame), so wait long.
    const patient = { timeout: 20_000 };
    // The first window is the first 12 months: fewer relations than the whole period, and the summary says so.
    await expect.poll(visibleEdges, patient).toBeLessThan(all);
    await expect.poll(summary, patient).not.toBe(firstSummary);
    const seen = new Set<number>();
    await expect
      .poll(async () => {
        seen.add(await visibleEdges());
        return seen.size;
      }, patient)
      .toBeGreaterThan(1);
    await page.screenshot({ path: new URL("timeline-playing.png", SHOTS).pathname });
    await page.keyboard.press("Space");
    await expect.poll(() => playButton().getAttribute("aria-pressed")).toBe("false");
    const paused = url().toString();
    expect(url().get("to")).toMatch(/^\d{4}-\d{2}$/);
    await page.waitForTimeout(600);
    expect(url().toString()).toBe(paused);

    // The paused window is what the filter holds, and a reload of the URL opens on it.
    const { filter } = await callHook<{ filter: { from: string | null; to: string } }>(page, "state");
    await page.goto(page.url());
    await waitForExplorer(page);
    const restored = await callHook<{ filter: { from: string | null; to: string } }>(page, "state");
    expect(restored.filter).toEqual(filter);
  });

  it("keeps the window width in the URL and plays to the end, then stops", async () => {
    await open("?from=2022-06&to=2023-05");
    await page.locator('[data-timeline="width"]').selectOption("6");
    // A window already shown takes the new width at once: June to November 2022.
    await expect.poll(() => url().get("win")).toBe("6");
    await expect.poll(() => url().get("to")).toBe("2022-11");
    await page.locator('[data-timeline="speed"]').selectOption("8");
    await playButton().click();
    // The last window reaches the end of the scale (December 2023): the upper bound is gone and play stops.
    await expect.poll(() => playButton().getAttribute("aria-pressed"), { timeout: 30_000 }).toBe("false");
    expect(url().get("from")).toBe("2023-07");
    expect(url().get("to")).toBeNull();
    expect(url().get("win")).toBe("6");
    // In 2023 only the 2023 article counts: Japan–Russia (2013, 2017) is out, North Korea–Russia in.
    expect(await monthTitle("2013-11")).toMatch(/, 0 kept by the filter/);
    expect(await monthTitle("2023-08")).toMatch(/: 3 relations, 3 kept by the filter/);

    // Reloaded, the width select shows 6 months; an unusable width is named in a notice and ignored.
    await page.goto(`${base}?from=2023-07&win=6`);
    await waitForExplorer(page);
    expect(await page.locator('[data-timeline="width"]').inputValue()).toBe("6");
    await page.goto(`${base}?win=7`);
    await waitForExplorer(page);
    expect(await page.locator('[data-timeline="width"]').inputValue()).toBe("12");
    await expect.poll(() => page.locator(".notices").textContent()).toContain('Ignored "win=7" in the URL');
  });

  it("dims the chart outside the filter: relation types and the window", async () => {
    await open("?from=2017-04&to=2017-04&rel=cooperation,alliance,serves");
    // April 2017: Japan–Russia cooperation and Abe–Putin cooperation are kept; the dispute is filtered out.
    expect(await monthTitle("2017-04")).toBe(
      "Apr 2017: 3 relations, 2 kept by the filter (cooperation 2/2, dispute 0/1)",
    );
    expect(await monthTitle("2013-11")).toBe(
      "Nov 2013: 2 relations, 0 kept by the filter (cooperation 0/1, dispute 0/1)",
    );
    // Undated articles stay in (as the filter includes them): Japan–USA alliance and the Japan–Russia dispute.
    expect(await page.locator(".timeline-undated").textContent()).toBe("Undated articles: 2 relations, 1 kept");
  });
});

describe("in French", () => {
  it("speaks the interface's language: controls, chart and history", async () => {
    await open(`?lang=fr&edge=${encodeURIComponent(JPN_RUS_DISPUTE)}`);
    expect(await playButton().textContent()).toBe("▶ Lire");
    expect(await page.locator('[data-timeline="width"] option[value="24"]').textContent()).toBe("2 ans");
    // (Relation-type names come from the details panel's labels, translated with it.)
    expect(await monthTitle("2013-11")).toMatch(
      /^nov\. 2013 : 2 relations, 2 gardée\(s\) par le filtre \(\S+ 1\/1, \S+ 1\/1\)$/,
    );
    expect(await page.locator('.history-bar[data-period="undated"]').getAttribute("aria-label")).toMatch(
      /^non daté : 1 phrase \(\S+ 1\)$/,
    );
  });
});

describe("relation history", () => {
  it("shows Japan–Russia's cooperation and dispute over the years, each bar listing its sentences", async () => {
    await open(`?edge=${encodeURIComponent(JPN_RUS_DISPUTE)}`);
    const history = page.locator(".relation-history");
    await expect.poll(() => history.isVisible()).toBe(true);
    // 2013 to 2017 is more than 24 months: yearly bins, gaps included, and the undated sentence apart.
    expect(await history.locator(".history-bar").evaluateAll((bars) => bars.map((b) => b.dataset.period))).toEqual([
      "2013",
      "2014",
      "2015",
      "2016",
      "2017",
      "undated",
    ]);
    const bar2013 = history.locator('.history-bar[data-period="2013"]');
    expect(await bar2013.getAttribute("aria-label")).toBe("2013: 2 sentences (cooperation 1, dispute 1)");
    expect(await history.locator('.history-bar[data-period="2014"]').isDisabled()).toBe(true);
    await bar2013.focus();
    await page.keyboard.press("Enter");
    const listing = history.locator(".history-listing");
    await expect.poll(() => listing.locator(".history-period").textContent()).toBe("2013 — 2 sentences");
    expect(await listing.locator("h4").allTextContents()).toEqual(["Cooperation (1)", "Dispute (1)"]);
    const sentences = await listing.locator("blockquote").allTextContents();
    const graph = JSON.parse(fixture) as {
      edges: { key: string; attributes: { evidence: { article: string; sentence: string }[] } }[];
    };
    const expected = graph.edges
      .filter((e) => e.key.endsWith("state:JPN|state:RUS"))
      .sort((a, b) => a.key.localeCompare(b.key))
      .flatMap((e) => e.attributes.evidence.filter((x) => x.article === "a-2013").map((x) => x.sentence));
    expect(sentences).toEqual(expected);
    await page.locator("#details").screenshot({ path: new URL("relation-history.png", SHOTS).pathname });
  });

  it("dims the periods outside the date window", async () => {
    await open(`?edge=${encodeURIComponent(JPN_RUS_DISPUTE)}&from=2017&to=2017&undated=0`);
    const dimmed = await page
      .locator(".relation-history .history-bar")
      .evaluateAll((bars) => bars.filter((b) => b.classList.contains("dimmed")).map((b) => b.dataset.period));
    expect(dimmed).toEqual(["2013", "2014", "2015", "2016", "undated"]);
  });
});

describe("on the bundled graph", () => {
  it("draws the timeline and Japan–Russia's history (the README's screenshots)", async () => {
    await open("?from=2013-10&to=2014-09", bundled);
    await page.locator("#filters fieldset.time").screenshot({ path: new URL("timeline.png", SHOTS).pathname });
    // The chart of the bundled graph: five dated articles, so five months hold relations.
    const held = await page
      .locator(".timeline-hits rect title")
      .evaluateAll((titles) => titles.filter((t) => !/: 0 relations/.test(t.textContent ?? "")).length);
    expect(held).toBe(5);
    await page.goto(`${base}?edge=${encodeURIComponent(JPN_RUS_DISPUTE)}&from=2013-10&to=2014-09`);
    await waitForExplorer(page);
    // Japan–Russia in the bundled articles: October 2013 to April 2017, by year.
    const periods = await page
      .locator(".relation-history .history-bar")
      .evaluateAll((bars) => bars.map((b) => b.dataset.period));
    expect(periods).toEqual(["2013", "2014", "2015", "2016", "2017"]);
    await page.locator('.history-bar[data-period="2013"]').click();
    // The click scrolled the panel to the sentences; back to the bars for the picture.
    await page.locator(".relation-history").evaluate((section) => section.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: new URL("timeline-page.png", SHOTS).pathname });
  });
});
