/**
 * The explorer under `entente serve`, in a real browser: the built site served by the real server on a project
 * folder, opened with the URL it prints (token in the fragment). Review decisions and added articles must land in
 * the folder; a page opened without the token is a static page and writes nothing there.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectFolder, type ProjectFolder } from "../../src/curation/project.ts";
import type { RebuildResult } from "../../src/server/rebuild.ts";
import { startServer, type RunningServer } from "../../src/server/server.ts";
import { captureConsole, FIXTURE_URL, launchBrowser, waitForExplorer } from "./browser.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const SHOTS = join(ROOT, "test-results");
const FIRST = "alliance:state:JPN|state:USA";
const ARTICLE = `Paris et Berlin resserrent les liens

La France et l'Allemagne ont signé mardi un accord de coopération militaire à Berlin, a annoncé le gouvernement.`;

let site: string;
let dir: string;
let folder: ProjectFolder;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "entente-serve-site-"));
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    root: ROOT,
    logLevel: "error",
    build: { outDir: site, emptyOutDir: true },
  });
  dir = mkdtempSync(join(tmpdir(), "entente-serve-project-"));
  mkdirSync(join(dir, "articles"));
  folder = projectFolder(dir);
  // Stands in for `entente build` (tested with the CLI): the folder's graph is the fixture.
  const rebuild = (): Promise<RebuildResult> => {
    writeFileSync(folder.graph, readFileSync(FIXTURE_URL));
    return Promise.resolve({ status: 0, report: "" });
  };
  server = await startServer({ folder, site, host: "127.0.0.1", port: 0, rebuild, log: () => {} });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const path of [site, dir]) if (path) rmSync(path, { recursive: true, force: true });
});

describe("the explorer under entente serve", () => {
  it("saves review decisions and added articles into the project folder", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const log = captureConsole(page);
    await page.goto(server.pageUrl);
    await waitForExplorer(page);
    // The token leaves the address bar (it stays with the tab).
    expect(page.url()).not.toContain("token");
    await page.locator(".curation-menu summary").click();
    expect(await page.locator("#curation-status").textContent()).toBe("0 decisions · saved in the project folder");
    await page.keyboard.press("Escape");

    await page.keyboard.press("q");
    await expect.poll(() => page.locator("#details .review").getAttribute("data-reviewing")).toBe(FIRST);
    await page.keyboard.press("r");
    await expect
      .poll(() => (existsSync(folder.curation) ? readFileSync(folder.curation, "utf8") : ""), { timeout: 10_000 })
      .toContain(`"edge": "${FIRST}"`);
    expect(JSON.parse(readFileSync(folder.curation, "utf8"))).toMatchObject({
      version: 1,
      decisions: [{ kind: "reject", edge: FIRST }],
    });
    await page.keyboard.press("Escape");

    await page.locator("[data-action=add-article]").click();
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-outlet").fill("Le Test");
    await page.locator("#article-date").fill("2024-03-05");
    await page.locator("[data-action=submit-article]").click();
    await expect
      .poll(() => page.evaluate(() => window.__entente!.edges!()), { timeout: 30_000 })
      .toContain("cooperation:state:DEU|state:FRA");
    const file = join(folder.articles, "paris-et-berlin-resserrent-les-liens.txt");
    expect(readFileSync(file, "utf8")).toBe(ARTICLE);
    expect(JSON.parse(readFileSync(join(folder.articles, "metadata.json"), "utf8"))).toEqual({
      "paris-et-berlin-resserrent-les-liens.txt": { outlet: "Le Test", date: "2024-03-05" },
    });

    // The same text again is refused by the folder, with its reason, and nothing is written.
    await page.locator("[data-action=add-article]").click();
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-title").fill("Encore");
    await page.locator("[data-action=submit-article]").click();
    await expect
      .poll(() => page.locator("#add-article-status").textContent(), { timeout: 20_000 })
      .toMatch(/same text/);
    expect(existsSync(join(folder.articles, "encore.txt"))).toBe(false);
    await page.screenshot({ path: join(SHOTS, "serve-refused.png") });

    // A reload keeps saving: the token stayed with the tab.
    await page.reload();
    await waitForExplorer(page);
    await page.locator(".curation-menu summary").click();
    expect(await page.locator("#curation-status").textContent()).toBe("1 decision · saved in the project folder");
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("without the token, is a static page: decisions stay in the browser and nothing is written to the folder", async () => {
    const before = readFileSync(folder.curation, "utf8");
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const log = captureConsole(page);
    await page.goto(server.url);
    await waitForExplorer(page);
    await page.locator(".curation-menu summary").click();
    expect(await page.locator("#curation-status").textContent()).toBe("0 decisions · saved in this browser");
    await page.keyboard.press("Escape");
    await page.locator("[data-action=review]").click();
    await page.keyboard.press("a");
    await expect.poll(() => page.locator("#review-counts").textContent()).toMatch(/^1 reviewed/);
    expect(readFileSync(folder.curation, "utf8")).toBe(before);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
