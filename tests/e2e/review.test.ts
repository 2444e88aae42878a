/**
 * Reviewing in a real browser, on the fixture graph served by a Vite dev server: the review queue with the
 * keyboard, decisions that survive a reload (the browser's storage), undo, corrections of actors from their panel,
 * and the curation file's download.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { callHook, type ConsoleLog, FIXTURE_URL, useExplorerSuite, waitForExplorer } from "./browser.ts";

const fixture = readFileSync(FIXTURE_URL, "utf8");
/** Confidences make the queue's order known: Japan–Russia cooperation first. */
const scored = (() => {
  const data = JSON.parse(fixture) as { edges: { key: string; attributes: { type: string; confidence?: number } }[] };
  const order = ["cooperation:state:JPN|state:RUS", "dispute:state:PRK|state:USA", "alliance:state:JPN|state:USA"];
  for (const edge of data.edges)
    if (edge.attributes.type !== "serves")
      edge.attributes.confidence = order.includes(edge.key) ? 0.2 + 0.1 * order.indexOf(edge.key) : 0.9;
  return JSON.stringify(data);
})();
const SHOTS = new URL("../../test-results/", import.meta.url);
const FIRST = "cooperation:state:JPN|state:RUS";
const SECOND = "dispute:state:PRK|state:USA";

let page: Page;
let log: ConsoleLog;
const suite = useExplorerSuite({ graph: scored, onPage: (opened) => ({ page, log } = opened) });
const open = (query = "") => suite.open(query);

const debug = <T>(fn: string, ...args: string[]): Promise<T> => callHook<T>(page, fn, ...args);

const edgeDisplay = (key: string) => debug<Record<string, unknown> | null>("edgeDisplay", key);

describe("review", () => {
  it("rejects a relation with the keyboard in the review queue: gone from the canvas and the table, still gone after a reload", async () => {
    await open();
    await page.keyboard.press("q");
    const panel = page.locator("#details");
    await expect.poll(() => panel.locator(".review").getAttribute("data-reviewing")).toBe(FIRST);
    // The evidence is shown in full, with its source.
    expect(await panel.textContent()).toContain("Tokyo et Moscou sont convenus");
    expect(await panel.locator("#review-counts").textContent()).toBe("0 reviewed · 7 left");
    await page.screenshot({ path: new URL("review-queue.png", SHOTS).pathname });
    await page.keyboard.press("r");
    await expect.poll(() => edgeDisplay(FIRST)).toBeNull();
    expect(await debug<string[]>("edges")).not.toContain(FIRST);
    // The queue moved on to the next least confident relation.
    await expect.poll(() => panel.locator(".review").getAttribute("data-reviewing")).toBe(SECOND);
    expect(await panel.locator("#review-counts").textContent()).toBe("1 reviewed · 6 left");
    await page.keyboard.press("Escape");
    await page.locator("[data-view=table]").click();
    expect(await page.locator(`.relations-table tr[data-edge="${FIRST}"]`).count()).toBe(0);
    expect(await page.locator(`.relations-table tr[data-edge="${SECOND}"]`).count()).toBe(1);

    await page.reload();
    await waitForExplorer(page);
    expect(await debug<string[]>("edges")).not.toContain(FIRST);
    expect(await edgeDisplay(FIRST)).toBeNull();
    expect(await page.locator(`.relations-table tr[data-edge="${FIRST}"]`).count()).toBe(0);
    const saved = JSON.parse(await debug<string>("curation")) as { decisions: { kind: string; edge: string }[] };
    expect(saved.decisions).toMatchObject([{ kind: "reject", edge: FIRST }]);
    expect(log.errors).toEqual([]);
  });

  it("accepts, retypes and passes over with the keyboard; undo takes a decision back", async () => {
    await open();
    await page.locator("[data-action=review]").click();
    const reviewing = () => page.locator("#details .review").getAttribute("data-reviewing");
    await expect.poll(reviewing).toBe(FIRST);
    await page.keyboard.press("a");
    await expect.poll(reviewing).toBe(SECOND);
    expect((await debug<string[]>("edges")).includes(FIRST)).toBe(true);
    // Retype: T, then 1 for cooperation.
    await page.keyboard.press("t");
    await expect.poll(() => page.locator("[data-retype]").count()).toBe(3);
    await page.keyboard.press("1");
    await expect.poll(() => debug<string[]>("edges")).toContain("cooperation:state:PRK|state:USA");
    expect(await debug<string[]>("edges")).not.toContain(SECOND);
    await page.keyboard.press("n");
    expect(await page.locator("#review-counts").textContent()).toBe("2 reviewed · 5 left");
    await page.keyboard.press("u");
    await expect.poll(() => debug<string[]>("edges")).toContain(SECOND);
    expect(await page.locator("#review-counts").textContent()).toBe("1 reviewed · 6 left");
    // The reviewed filter shows only the accepted relation.
    await page.keyboard.press("Escape");
    await page.locator("[data-review-filter=reviewed]").check();
    await expect.poll(async () => (await edgeDisplay(FIRST))?.hidden).toBe(false);
    expect((await edgeDisplay(SECOND))?.hidden).toBe(true);
    await page.screenshot({ path: new URL("review-reviewed-filter.png", SHOTS).pathname });
  });

  it("merges two actors from the actor panel, renames one, and drops a non-actor", async () => {
    await open("?node=leader:vladimir-poutine");
    const panel = page.locator("#details");
    await panel.locator("[data-curate=merge]").click();
    await page.locator("[data-curate=merge-search]").fill("choig");
    await panel.locator('[data-merge="leader:serguei-choigou"]').click();
    await expect.poll(() => debug<string[]>("edges")).not.toContain("serves:leader:serguei-choigou|state:RUS");
    expect(await page.evaluate(() => window.__entente?.nodeDisplay?.("leader:serguei-choigou") ?? null)).toBeNull();
    await expect.poll(() => panel.textContent()).toContain("Sergueï Choïgou");
    expect(await page.locator("#details-title").textContent()).toBe("Vladimir Poutine");
    await page.screenshot({ path: new URL("review-merged.png", SHOTS).pathname });

    await panel.locator("[data-curate=rename]").click();
    await page.locator("[data-curate=rename-input]").fill("Vladimir V. Poutine");
    await page.locator("[data-curate=rename-input]").press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Vladimir V. Poutine");

    // A leader's state corrected: Poutine serves Japan now (a wrong decision, undone at once).
    await panel.locator("[data-curate=set-state]").click();
    await page.locator("[data-curate=set-state-select]").selectOption("state:JPN");
    await page.locator("[data-curate=set-state-save]").click();
    await expect.poll(() => debug<string[]>("edges")).toContain("serves:leader:vladimir-poutine|state:JPN");
    await page.locator("[data-action=undo]").click();
    await expect.poll(() => debug<string[]>("edges")).toContain("serves:leader:vladimir-poutine|state:RUS");

    await page.locator("#search").fill("kim jong");
    await page.locator("#search").press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Kim Jong Un");
    await panel.locator("[data-curate=drop]").click();
    await expect
      .poll(() => page.evaluate(() => window.__entente?.nodeDisplay?.("leader:kim-jong-un") ?? null))
      .toBeNull();
    expect(await panel.isHidden()).toBe(true);

    const saved = JSON.parse(await debug<string>("curation")) as { decisions: { kind: string }[] };
    expect(saved.decisions.map((d) => d.kind)).toEqual(["merge", "rename", "drop"]);
    await page.reload();
    await waitForExplorer(page);
    expect(await page.evaluate(() => window.__entente?.nodeDisplay?.("leader:serguei-choigou") ?? null)).toBeNull();
    expect(log.errors).toEqual([]);
  });

  it("rejects one sentence of a relation, and downloads the curation file", async () => {
    await open(`?edge=${encodeURIComponent(FIRST)}`);
    const panel = page.locator("#details");
    const before = await panel.locator(".evidence").count();
    expect(before).toBeGreaterThan(1);
    await panel.locator("[data-curate=reject-evidence]").first().click();
    await expect.poll(() => panel.locator(".evidence").count()).toBe(before - 1);
    await page.locator(".curation-menu summary").click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-action=download-curation]").click(),
    ]);
    expect(file.suggestedFilename()).toBe("curation.json");
    const text = readFileSync((await file.path())!, "utf8");
    expect(JSON.parse(text)).toMatchObject({ version: 1, decisions: [{ kind: "reject-evidence", edge: FIRST }] });
  });
});
