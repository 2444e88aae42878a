/**
 * The built site (`vite build`) served by a plain static file server from a sub-folder, with every request to
 * another origin blocked: it must load the bundled graph by a relative URL and work offline. Also smoke-tests
 * the real graph of the corpus when it has been built, and the message for a missing graph file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureConsole, launchBrowser, waitForExplorer } from "./browser.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const GRAPH = join(ROOT, "graph-data/graph.json");
const SHOTS = join(ROOT, "test-results");
const PREFIX = "/some/folder/";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

let outDir: string;
let server: Server;
let site: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "entente-site-"));
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    root: ROOT,
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  // A server that knows nothing of Vite: files under a sub-folder, 404 for anything else.
  server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]!);
    if (!path.startsWith(PREFIX)) return void response.writeHead(404).end();
    const relative = normalize(path.slice(PREFIX.length) || "index.html");
    const file = join(outDir, relative.endsWith("/") || relative === "." ? "index.html" : relative);
    if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end("not found");
    response
      .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A page whose requests to any other origin fail, recording them. */
async function offlinePage(
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; foreign: string[]; log: ReturnType<typeof captureConsole> }> {
  const page = await browser.newPage({ viewport });
  const foreign: string[] = [];
  const origin = new URL(site).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { page, foreign, log: captureConsole(page) };
}

describe("the static site", () => {
  it("uses relative URLs only and ships the graph next to the page", () => {
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
    expect(existsSync(join(outDir, "graph.json"))).toBe(existsSync(GRAPH));
  });

  it.runIf(existsSync(GRAPH))("opens the bundled graph from a sub-folder, offline", async () => {
    const data = JSON.parse(readFileSync(GRAPH, "utf8")) as { nodes: unknown[]; edges: unknown[] };
    const { page, foreign, log } = await offlinePage();
    await page.goto(site);
    await waitForExplorer(page);
    expect(await page.locator("#app").getAttribute("data-ready")).toBe("true");
    const counts = await page.evaluate(() => window.__entente!.visibleCounts!());
    expect(counts).toEqual({ nodes: data.nodes.length, edges: data.edges.length });
    expect(await page.locator("#visible-count").textContent()).toMatch(
      new RegExp(`Showing ${data.nodes.length} of ${data.nodes.length} actors`),
    );
    // The question of the README: who did Russia cooperate with, and which article says so?
    await page.locator("#search").fill("russie");
    await page.locator("#search").press("Enter");
    await expect.poll(() => page.evaluate(() => window.__entente!.state!().selectedNode)).toBe("state:RUS");
    expect(await page.locator("#details .evidence").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "real-desktop.png") });
    expect(foreign).toEqual([]);
    expect(log.errors).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site);
    await waitForExplorer(page);
    await page.screenshot({ path: join(SHOTS, "real-phone.png") });
    await page.close();
  });

  it.runIf(existsSync(GRAPH))(
    "reads an article pasted in the built site offline, in its worker, and keeps review decisions",
    async () => {
      const { page, foreign, log } = await offlinePage();
      await page.goto(site);
      await waitForExplorer(page);
      await page.locator("[data-action=add-article]").click();
      await page
        .locator("#article-text")
        .fill(
          "Berlin et Paris resserrent les liens\n\nLa France et l'Allemagne ont signé mardi un accord de coopération militaire à Berlin, a annoncé le gouvernement.",
        );
      await page.locator("[data-action=submit-article]").click();
      await expect
        .poll(() => page.evaluate(() => window.__entente!.edges!()), { timeout: 30_000 })
        .toContain("cooperation:state:DEU|state:FRA");
      // The live layout settles the new actors among the others.
      await expect
        .poll(() => page.locator("[data-control=layout]").getAttribute("aria-pressed"), {
          timeout: 20_000,
          interval: 250,
        })
        .toBe("false");
      await page.screenshot({ path: join(SHOTS, "real-added.png") });
      await page.keyboard.press("Escape");
      await page.locator("[data-action=review]").click();
      await expect.poll(() => page.locator("#review-counts").textContent()).toMatch(/^0 reviewed · \d+ left$/);
      await page.keyboard.press("a");
      await expect.poll(() => page.locator("#review-counts").textContent()).toMatch(/^1 reviewed/);
      await page.screenshot({ path: join(SHOTS, "real-review.png") });
      expect(foreign).toEqual([]);
      expect(log.errors).toEqual([]);
      await page.close();
    },
  );

  it("names a missing graph file on the page and in the console", async () => {
    const { page, log } = await offlinePage();
    await page.goto(`${site}?graph=nothing-here.json`);
    await waitForExplorer(page);
    const alert = await page.locator("[role=alert]").textContent();
    expect(alert).toContain('"nothing-here.json" is missing');
    expect(alert).toContain("npx entente build");
    expect(log.errors.some((e) => e.includes("nothing-here.json"))).toBe(true);
    await page.screenshot({ path: join(SHOTS, "missing-graph.png") });
    await page.close();
  });

  it("refuses to fetch a graph from another origin named in the URL", async () => {
    const { page, foreign } = await offlinePage();
    await page.goto(`${site}?graph=${encodeURIComponent("https://example.org/graph.json")}`);
    await waitForExplorer(page);
    expect(foreign).toEqual([]);
    if (existsSync(GRAPH))
      expect(await page.locator(".notices").textContent()).toContain("only graph files from this site");
    await page.close();
  });
});
