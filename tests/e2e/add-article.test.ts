/**
 * Adding an article in the browser, on the fixture graph served by a Vite dev server: paste → the extraction
 * worker → the graph grows in place with the new relation and its evidence; untrusted text stays text; bad input
 * is refused with the CLI's messages; dropped .txt files and saved web pages; kept in the browser across a reload
 * until removed.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type ConsoleLog, FIXTURE_URL, nodeOnPage, useExplorerSuite } from "./browser.ts";

const fixture = readFileSync(FIXTURE_URL, "utf8");
const PAGES = new URL("../fixtures/pages/", import.meta.url);
const SHOTS = new URL("../../test-results/", import.meta.url);
const ARTICLE = `Paris et Berlin renforcent leur coopération <img src=x onerror=alert(1)>

La France et l'Allemagne ont signé mardi un accord de coopération militaire à Berlin <img src=x onerror=alert(1)>.
Le président Emmanuel Macron a salué « une étape historique » dans les relations entre les deux pays, tandis que le chancelier allemand a rappelé les liens anciens qui unissent les deux nations.`;
const RELATION = "cooperation:state:DEU|state:FRA";

let page: Page;
let log: ConsoleLog;
let dialogs: number;
const suite = useExplorerSuite({
  graph: fixture,
  onPage: (opened) => {
    ({ page, log } = opened);
    dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
  },
});

async function open(): Promise<void> {
  await suite.open();
  await page.waitForFunction(() => document.getElementById("app")?.dataset.restored === "true");
}

const edges = () => page.evaluate(() => window.__entente?.edges?.() ?? []);

async function paste(text: string, fields: { title?: string; outlet?: string; date?: string } = {}): Promise<void> {
  await page.locator("[data-action=add-article]").click();
  await page.locator("#article-text").fill(text);
  if (fields.title) await page.locator("#article-title").fill(fields.title);
  if (fields.outlet) await page.locator("#article-outlet").fill(fields.outlet);
  if (fields.date) await page.locator("#article-date").fill(fields.date);
  await page.locator("[data-action=submit-article]").click();
}

describe("adding an article", () => {
  it("by paste: the graph grows in place and the new relation opens with its evidence, shown as text", async () => {
    await open();
    await paste(ARTICLE, { outlet: "Le Test", date: "2024-03-05" });
    await expect.poll(edges, { timeout: 20_000 }).toContain(RELATION);
    expect(await page.locator("#add-article").isVisible()).toBe(false);
    const details = page.locator("#details");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Cooperation");
    expect(await details.textContent()).toContain(
      "La France et l'Allemagne ont signé mardi un accord de coopération militaire à Berlin <img src=x onerror=alert(1)>.",
    );
    expect(await details.textContent()).toContain(
      "Paris et Berlin renforcent leur coopération <img src=x onerror=alert(1)>",
    );
    expect(await details.textContent()).toContain("Le Test · 5 Mar 2024");
    expect(await page.locator("#app img").count()).toBe(0);
    // The new actors got a position, and the live layout settles them among the others.
    const france = await nodeOnPage(page, "state:FRA");
    expect(Number.isFinite(france.x) && Number.isFinite(france.y)).toBe(true);
    await expect
      .poll(() => page.locator("[data-control=layout]").getAttribute("aria-pressed"), {
        timeout: 20_000,
        interval: 250,
      })
      .toBe("false");
    // France, Germany and Emmanuel Macron join; so does Olaf Scholz, the nameless "chancelier allemand" of 2024.
    expect(await page.locator("#visible-count").textContent()).toBe("Showing 12 of 12 actors and 8 of 8 relations");
    await page.screenshot({ path: new URL("add-article.png", SHOTS).pathname });
    expect(dialogs).toBe(0);
    expect(log.errors).toEqual([]);

    // Kept in this browser: a reload reads it again; removing it takes its relation away.
    await page.reload();
    await open();
    expect(await edges()).toContain(RELATION);
    await page.locator("[data-action=add-article]").click();
    await page.screenshot({ path: new URL("add-article-dialog.png", SHOTS).pathname });
    // The added articles download as a corpus: a tar of the .txt and its metadata.json.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-action=download-corpus]").click(),
    ]);
    expect(download.suggestedFilename()).toBe("entente-articles.tar");
    const tar = readFileSync((await download.path())!).toString("utf8");
    expect(tar).toContain("entente-articles/metadata.json");
    expect(tar).toContain("ustar");
    expect(tar).toContain("La France et l'Allemagne ont signé mardi");
    expect(tar).toContain('"outlet": "Le Test"');
    await page.locator("[data-remove-article]").click();
    await expect.poll(edges).not.toContain(RELATION);
    await page.reload();
    await open();
    expect(await edges()).not.toContain(RELATION);
    expect(dialogs).toBe(0);
  });

  it("refuses bad input with the CLI's messages, shown in the page", async () => {
    await open();
    await paste(
      "The United States and the United Kingdom signed a new defence agreement on Tuesday in London, officials said. The deal covers intelligence sharing and joint exercises for years.",
    );
    const status = page.locator("#add-article-status");
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toMatch(/is not in French: its language was detected as "en"/);
    expect(await page.locator("#add-article").isVisible()).toBe(true);
    await page.locator("#article-text").fill(ARTICLE);
    await page.locator("#article-date").fill("2024-13-45");
    await page.locator("[data-action=submit-article]").click();
    await expect.poll(() => status.textContent()).toMatch(/"2024-13-45" is not a date/);
    expect(await edges()).not.toContain(RELATION);
    await page.screenshot({ path: new URL("add-article-refused.png", SHOTS).pathname });
  });

  it("by dropping .txt files: each is read, and one already in the graph is refused", async () => {
    await open();
    const drop = (files: { name: string; text: string }[]) =>
      page.evaluate((list) => {
        const transfer = new DataTransfer();
        for (const f of list) transfer.items.add(new File([f.text], f.name, { type: "text/plain" }));
        document.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        document.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, files);
    await drop([{ name: "paris-berlin.txt", text: ARTICLE }]);
    await expect.poll(edges, { timeout: 20_000 }).toContain(RELATION);
    await drop([{ name: "paris-berlin.txt", text: ARTICLE }]);
    await expect
      .poll(() => page.locator(".notices").textContent())
      .toContain('corpus: "paris-berlin.txt" is already in the corpus');
  });

  it("by dropping a saved web page: its main text and metadata, read with the browser's DOMParser; scripts never run", async () => {
    await open();
    const dropPage = (name: string) =>
      page.evaluate(
        ({ name, bytes }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "text/html" }));
          document.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        { name, bytes: [...readFileSync(new URL(name, PAGES))] },
      );
    await dropPage("news-article.html");
    await expect.poll(edges, { timeout: 20_000 }).toContain(RELATION);
    const details = page.locator("#details");
    await expect.poll(() => details.textContent()).toContain("Le Courrier du Rhin · 3 Mar 2024");
    expect(await details.textContent()).toContain("Paris et Berlin relancent leur coopération de défense");
    expect(await details.textContent()).not.toContain("TEXTE ÉCRIT PAR UN SCRIPT");
    expect(await page.evaluate(() => (globalThis as { __ententeHostile?: unknown }).__ententeHostile)).toBeUndefined();

    await dropPage("frameset.html");
    await expect
      .poll(() => page.locator(".notices").textContent())
      .toContain('corpus: "frameset.html" is a frameset: its text is in other pages');
    expect(dialogs).toBe(0);
    expect(log.errors).toEqual([]);
  });
});
