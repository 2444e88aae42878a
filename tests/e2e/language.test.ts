/**
 * The explorer's language in a real browser: chosen by `lang=` or the browser, switched from the header without
 * fetching the graph again, kept in the URL with the rest of the view.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FIXTURE_URL, launchBrowser, startExplorerServer, waitForExplorer } from "./browser.ts";

const fixture = readFileSync(FIXTURE_URL, "utf8");
const SHOTS = new URL("../../test-results/", import.meta.url);

let server: ViteDevServer;
let browser: Browser;
let base: string;
let context: BrowserContext;
let page: Page;
let graphRequests: number;

beforeAll(async () => {
  ({ server, base } = await startExplorerServer());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openIn(locale: string, query: string): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  page = await context.newPage();
  graphRequests = 0;
  await page.route("**/graph.json", (route) => {
    graphRequests++;
    return route.fulfill({ status: 200, contentType: "application/json", body: fixture });
  });
  await page.goto(`${base}${query}`);
  await waitForExplorer(page);
}

beforeEach(() => {
  graphRequests = 0;
});
afterEach(async () => {
  await context?.close();
});

const stageLabel = () => page.locator("#stage").getAttribute("aria-label");
const lang = () => new URL(page.url()).searchParams.get("lang");

describe("the interface's language", () => {
  it("opens in English with lang=en, even in a French browser, and says so to screen readers", async () => {
    await openIn("fr-FR", "?lang=en");
    expect(await stageLabel()).toMatch(/^Graph of \d+ actors/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("select[data-language]").inputValue()).toBe("en");
    await page.screenshot({ path: new URL("language-en.png", SHOTS).pathname });
  });

  it("follows the browser's language without lang=, and French when the browser speaks neither", async () => {
    await openIn("en-US", "");
    expect(await stageLabel()).toMatch(/^Graph of/);
    expect(lang()).toBeNull();
    await context.close();
    await openIn("de-DE", "");
    expect(await stageLabel()).toMatch(/^Graphe de/);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  });

  it("switches to French and back from the header, keeping the view and the graph already loaded", async () => {
    await openIn("en-GB", "?lang=en&view=table");
    await page.locator("select[data-language]").selectOption("fr");
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    await waitForExplorer(page);
    expect(await stageLabel()).toMatch(/^Graphe de \d+ acteurs/);
    expect(lang()).toBe("fr");
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    expect(await page.locator("select[data-language]").inputValue()).toBe("fr");

    await page.locator("select[data-language]").selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await waitForExplorer(page);
    expect(await stageLabel()).toMatch(/^Graph of/);
    expect(lang()).toBe("en");
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    expect(graphRequests).toBe(1);
  });
});
