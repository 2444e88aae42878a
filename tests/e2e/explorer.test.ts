/**
 * The explorer in a real browser, on the fixture graph served as `graph.json` by a Vite dev server: rendering,
 * hover, search, filters, time slider, URL state, exports, keyboard-only use, untrusted text, broken files.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DIMMED_NODE_COLOR } from "../../src/explorer/reducers.ts";
import {
  callHook,
  closeColor,
  type ConsoleLog,
  FIXTURE_URL,
  hexToRgbTuple,
  nodeOnPage,
  pixelAt,
  useExplorerSuite,
} from "./browser.ts";
import { EDGE_TYPE_LOOKS, NODE_TYPE_LOOKS } from "../fixtures/type-looks.ts";

const fixture = readFileSync(FIXTURE_URL, "utf8");
/** The fixture with a confidence on every relation: Japan–Russia cooperation is the weakest. */
const withConfidences = (() => {
  const data = JSON.parse(fixture) as { edges: { key: string; attributes: { type: string; confidence?: number } }[] };
  for (const edge of data.edges)
    if (edge.attributes.type !== "serves")
      edge.attributes.confidence = edge.key === "cooperation:state:JPN|state:RUS" ? 0.35 : 0.8;
  return JSON.stringify(data);
})();
const SHOTS = new URL("../../test-results/", import.meta.url);

let page: Page;
let log: ConsoleLog;
// Every test runs on the fixture, whatever graph the repository holds; `broken.json` serves a corrupt file.
const suite = useExplorerSuite({
  graph: fixture,
  files: {
    "confident.json": withConfidences,
    "broken.json": '{"nodes": [',
    "invalid.json": JSON.stringify({ ...JSON.parse(fixture), nodes: [{ key: "x", attributes: { type: "planet" } }] }),
  },
  onPage: (opened) => ({ page, log } = opened),
});
const open = (query = "") => suite.open(query);

const debug = <T>(fn: string, ...args: string[]): Promise<T> => callHook<T>(page, fn, ...args);

const nodeDisplay = (key: string) => debug<Record<string, unknown>>("nodeDisplay", key);
const edgeDisplay = (key: string) => debug<Record<string, unknown>>("edgeDisplay", key);
const state = () =>
  debug<{ selectedNode: string | null; hoveredNode: string | null; filter: { edgeTypes: string[] } }>("state");

describe("the explorer", () => {
  it("renders the graph: nodes drawn in their type colour, legend counts, visible count", async () => {
    await open();
    expect(await page.locator("#stage canvas").count()).toBeGreaterThan(1);
    const russia = await nodeOnPage(page, "state:RUS");
    expect(closeColor(await pixelAt(page, russia.x, russia.y), hexToRgbTuple(NODE_TYPE_LOOKS.state.color))).toBe(true);
    const putin = await nodeOnPage(page, "leader:vladimir-poutine");
    expect(closeColor(await pixelAt(page, putin.x, putin.y), hexToRgbTuple(NODE_TYPE_LOOKS.leader.color))).toBe(true);
    const legend = page.locator(".filters");
    await expect.poll(() => legend.locator("label:has([data-edge-type=cooperation]) .count").textContent()).toBe("4");
    expect(await legend.locator("label:has([data-edge-type=dispute]) .count").textContent()).toBe("2");
    expect(await legend.locator("label:has([data-node-type=leader]) .count").textContent()).toBe("4");
    expect(await page.locator("#visible-count").textContent()).toBe("Showing 8 of 8 actors and 7 of 7 relations");
    // Parallel relations Japan–Russia are drawn as two distinct curves.
    const [coop, dispute] = await Promise.all([
      edgeDisplay("cooperation:state:JPN|state:RUS"),
      edgeDisplay("dispute:state:JPN|state:RUS"),
    ]);
    expect(coop.type).toBe("curved");
    expect(Math.sign(coop.curvature as number)).toBe(-Math.sign(dispute.curvature as number));
    await page.screenshot({ path: new URL("desktop.png", SHOTS).pathname });
    expect(log.errors).toEqual([]);
  });

  it("hovering an actor keeps its neighbours vivid and dims the others", async () => {
    await open();
    const japan = await nodeOnPage(page, "state:JPN");
    const korea = await nodeOnPage(page, "state:PRK");
    await page.mouse.move(japan.x, japan.y);
    await expect.poll(async () => (await state()).hoveredNode).toBe("state:JPN");
    expect((await nodeDisplay("state:RUS")).color).toBe(NODE_TYPE_LOOKS.state.color);
    expect((await nodeDisplay("state:PRK")).color).toBe(DIMMED_NODE_COLOR);
    expect((await nodeDisplay("state:PRK")).label).toBeNull();
    // The screen agrees with the reducers: North Korea is now drawn in the dimmed colour.
    await expect
      .poll(async () => closeColor(await pixelAt(page, korea.x, korea.y), hexToRgbTuple(DIMMED_NODE_COLOR)))
      .toBe(true);
    await page.mouse.move(5, 790);
    await expect.poll(async () => (await nodeDisplay("state:PRK")).color).toBe(NODE_TYPE_LOOKS.state.color);
  });

  it("clicking an actor selects it; a click on the empty stage or Escape clears it", async () => {
    await open();
    const korea = await nodeOnPage(page, "state:PRK");
    await page.mouse.click(korea.x, korea.y);
    await expect.poll(async () => (await state()).selectedNode).toBe("state:PRK");
    expect(await page.locator("#details-title").textContent()).toBe("Corée du Nord");
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await state()).selectedNode).toBeNull();
    expect(await page.locator("#details").isHidden()).toBe(true);
    await page.mouse.click(korea.x, korea.y);
    await expect.poll(async () => (await state()).selectedNode).toBe("state:PRK");
    const stage = (await page.locator("#stage").boundingBox())!;
    // Sigma reads two clicks within 300 ms as one double click (which zooms); a user's separate clicks are slower.
    await page.waitForTimeout(350);
    await page.mouse.click(stage.x + 8, stage.y + 8);
    await expect.poll(async () => (await state()).selectedNode).toBeNull();
  });

  it("hovering a relation shows what it is; clicking it opens its evidence", async () => {
    await open();
    const japan = await nodeOnPage(page, "state:JPN");
    const usa = await nodeOnPage(page, "state:USA");
    await page.mouse.move((japan.x + usa.x) / 2, (japan.y + usa.y) / 2);
    const tooltip = page.locator(".tooltip");
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain("Alliance");
    expect(await tooltip.textContent()).toContain("Japon — États-Unis");
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Alliance");
    expect(await page.locator("#details").textContent()).toContain("Le Japon et son allié les États-Unis.");
    expect(new URL(page.url()).searchParams.get("edge")).toBe("alliance:state:JPN|state:USA");
  });

  it("a search for an alias selects the actor and opens its panel with evidence", async () => {
    await open();
    await page.locator("#search").fill("Putin");
    const option = page.locator("#search-suggestions [role=option]").first();
    expect(await option.textContent()).toContain("Vladimir Poutine");
    expect(await option.textContent()).toContain("(Putin)");
    await page.locator("#search").press("Enter");
    await expect.poll(async () => (await state()).selectedNode).toBe("leader:vladimir-poutine");
    const details = page.locator("#details");
    expect(await details.isVisible()).toBe(true);
    const text = await details.textContent();
    expect(text).toContain("Vladimir Poutine a adressé un message au dirigeant nord-coréen Kim Jong Un.");
    expect(text).toContain("Les relations se réchauffent");
    expect(text).toContain("Agence Fictive");
    expect(new URL(page.url()).searchParams.get("node")).toBe("leader:vladimir-poutine");

    for (const [query, node] of [
      ["choigou", "leader:serguei-choigou"],
      ["pyongyang", "state:PRK"],
      ["poutine", "leader:vladimir-poutine"],
    ]) {
      await page.locator("#search").fill(query!);
      await page.locator("#search").press("Enter");
      await expect.poll(async () => (await state()).selectedNode).toBe(node);
    }
  });

  it("toggling a relation type hides those edges everywhere", async () => {
    await open();
    expect((await edgeDisplay("dispute:state:JPN|state:RUS")).color).toBe(EDGE_TYPE_LOOKS.dispute.color);
    await page.locator("[data-edge-type=dispute]").uncheck();
    await expect.poll(async () => (await edgeDisplay("dispute:state:JPN|state:RUS")).hidden).toBe(true);
    expect((await edgeDisplay("cooperation:state:JPN|state:RUS")).hidden).toBe(false);
    expect(await page.locator("label:has([data-edge-type=dispute]) .count").textContent()).toBe("0 / 2");
    expect(await page.locator("#visible-count").textContent()).toBe("Showing 8 of 8 actors and 5 of 7 relations");
    expect(new URL(page.url()).searchParams.get("rel")).toBe("cooperation,alliance,serves");
    // The table shares the filter.
    await page.locator("[data-view=table]").click();
    expect(await page.locator(".relations-table tbody tr").count()).toBe(5);
    expect(await page.locator(".relations-table").textContent()).not.toContain("Dispute");
  });

  it("the minimum weight hides relations with fewer sentences, not membership links", async () => {
    await open();
    await page.locator("#min-weight").focus();
    await page.keyboard.press("ArrowUp");
    await expect.poll(async () => (await edgeDisplay("cooperation:state:PRK|state:RUS")).hidden).toBe(true);
    expect((await edgeDisplay("cooperation:state:JPN|state:RUS")).hidden).toBe(false);
    expect((await edgeDisplay("serves:leader:kim-jong-un|state:PRK")).hidden).toBe(false);
    expect(new URL(page.url()).searchParams.get("min")).toBe("2");
  });

  it("the minimum-confidence slider hides low-confidence relations, keeps membership links, and goes in the URL", async () => {
    await open("?graph=confident.json");
    const slider = page.locator("#min-confidence");
    expect(await page.locator(".min-confidence output").textContent()).toBe("Any");
    await slider.focus();
    // Arrow keys move the slider in 5 % steps: eight steps reach 40 %.
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await edgeDisplay("cooperation:state:JPN|state:RUS")).hidden).toBe(true);
    expect((await edgeDisplay("dispute:state:JPN|state:RUS")).hidden).toBe(false);
    expect((await edgeDisplay("serves:leader:vladimir-poutine|state:RUS")).hidden).toBe(false);
    expect(await page.locator(".min-confidence output").textContent()).toBe("≥ 40 %");
    expect(await page.locator("#visible-count").textContent()).toBe("Showing 8 of 8 actors and 6 of 7 relations");
    expect(new URL(page.url()).searchParams.get("conf")).toBe("0.4");
    await page.screenshot({ path: new URL("min-confidence.png", SHOTS).pathname });
    await page.locator(".filters > button").click();
    await expect.poll(async () => (await edgeDisplay("cooperation:state:JPN|state:RUS")).hidden).toBe(false);
  });

  it("the time slider hides relations outside the range", async () => {
    await open();
    const setSlider = (id: string, month: string) =>
      page.evaluate(
        ([inputId, value]) => {
          const input = document.getElementById(inputId!) as HTMLInputElement;
          const months: string[] = [];
          for (let y = 2013, m = 11; `${y}-${String(m).padStart(2, "0")}` <= "2023-12"; m === 12 ? ((m = 1), y++) : m++)
            months.push(`${y}-${String(m).padStart(2, "0")}`);
          input.value = String(months.indexOf(value!));
          input.dispatchEvent(new Event("input", { bubbles: true }));
        },
        [id, month],
      );
    await setSlider("time-from", "2023-01");
    await expect.poll(async () => (await edgeDisplay("cooperation:state:JPN|state:RUS")).hidden).toBe(true);
    expect((await edgeDisplay("cooperation:state:PRK|state:RUS")).hidden).toBe(false);
    // Undated evidence still counts until "include undated" is unticked.
    expect((await edgeDisplay("alliance:state:JPN|state:USA")).hidden).toBe(false);
    await page.locator("#include-undated").uncheck();
    await expect.poll(async () => (await edgeDisplay("alliance:state:JPN|state:USA")).hidden).toBe(true);
    expect(await page.locator(".time output").textContent()).toBe("Jan 2023 – Dec 2023");
    const params = new URL(page.url()).searchParams;
    expect(params.get("from")).toBe("2023-01");
    expect(params.get("undated")).toBe("0");
  });

  it("the URL restores a view, and unknown values are ignored with a notice", async () => {
    await open("?node=state:JPN&rel=cooperation,serves,friendship&from=2017&to=2017&min=1");
    expect((await state()).selectedNode).toBe("state:JPN");
    expect(await page.locator("#details-title").textContent()).toBe("Japon");
    expect(await page.locator("[data-edge-type=dispute]").isChecked()).toBe(false);
    expect(await page.locator(".time output").textContent()).toBe("Jan 2017 – Dec 2017");
    expect((await edgeDisplay("cooperation:state:JPN|state:RUS")).hidden).toBe(false);
    expect((await edgeDisplay("dispute:state:JPN|state:RUS")).hidden).toBe(true);
    expect(await page.locator(".notices").textContent()).toContain('Ignored unknown relation type "friendship"');
    // The Japan panel shows only the evidence inside 2017.
    const details = await page.locator("#details").textContent();
    expect(details).toContain("M. Abe a salué le développement des relations entre les deux pays.");
    expect(details).not.toContain("Tokyo et Moscou sont convenus");
  });

  it("downloads GEXF of the filtered view and of the whole graph, and a PNG", async () => {
    await open("?rel=cooperation,serves");
    const download = async (which: string) => {
      await page.locator(".export-menu summary").click();
      const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-export=${which}]`).click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    const view = await download("gexf-view");
    expect(view.name).toMatch(/\.gexf$/);
    const viewText = view.bytes.toString("utf8");
    expect(viewText).toContain("<gexf");
    expect(viewText).toContain("cooperation:state:JPN|state:RUS");
    expect(viewText).not.toContain("dispute:state:JPN|state:RUS");
    const whole = (await download("gexf-all")).bytes.toString("utf8");
    expect(whole).toContain("dispute:state:JPN|state:RUS");
    const png = await download("png");
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.length).toBeGreaterThan(1000);
  });

  it("works with the keyboard alone", async () => {
    await open();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("pyong");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selectedNode).toBe("state:PRK");
    // Focus lands on the panel; Tab reaches the actor links and Enter follows one.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("details-title");
    let focused = "";
    for (let i = 0; i < 10 && focused !== "leader:kim-jong-un"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.node ?? "");
    }
    expect(focused).toBe("leader:kim-jong-un");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selectedNode).toBe("leader:kim-jong-un");
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await state()).selectedNode).toBeNull();
    // Filters are plain form controls: Space toggles a relation type.
    await page.locator("[data-edge-type=alliance]").focus();
    await page.keyboard.press("Space");
    await expect.poll(async () => (await edgeDisplay("alliance:state:JPN|state:USA")).hidden).toBe(true);
    // The table view is one Tab stop away from the view switch.
    await page.locator("[data-view=table]").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".relations-table").isVisible()).toBe(true);
    // Back to the graph; zoom shortcuts and buttons move the camera.
    await page.locator("[data-view=graph]").focus();
    await page.keyboard.press("Enter");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("+");
    await expect.poll(() => debug<number>("cameraRatio")).toBeLessThan(0.9);
    await page.locator("[data-control=fit]").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => debug<number>("cameraRatio")).toBe(1);
  });

  it("runs the live layout in a worker and stops it by itself, positions still finite", async () => {
    await open();
    const button = page.locator("[data-control=layout]");
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    // Auto-stop: settled or the 10 s budget, whichever comes first.
    await expect.poll(() => button.getAttribute("aria-pressed"), { timeout: 20_000, interval: 250 }).toBe("false");
    expect(await button.getAttribute("aria-label")).toBe("Run layout");
    for (const node of ["state:RUS", "state:USA", "leader:kim-jong-un"]) {
      const position = await debug<{ x: number; y: number } | null>("nodeViewportPosition", node);
      expect(Number.isFinite(position!.x) && Number.isFinite(position!.y)).toBe(true);
    }
    expect(log.errors).toEqual([]);
  });

  it("shows untrusted text as text and runs nothing", async () => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await open("?node=state:JPN");
    const details = page.locator("#details");
    expect(await details.textContent()).toContain(
      "Un conflit territorial <img src=x onerror=alert(1)> empoisonne les relations.",
    );
    await page.locator("#search").fill("coree");
    await page.locator("#search").press("Enter");
    expect(await details.textContent()).toContain("Un titre <img src=x onerror=alert(1)>");
    expect(await page.locator("#app img").count()).toBe(0);
    await page.locator("[data-view=table]").click();
    expect(await page.locator(".relations-table").textContent()).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator("#app img").count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it("says clearly when the graph file is corrupt or invalid, on the page and in the console", async () => {
    await open("?graph=broken.json");
    const alert = page.locator("[role=alert]");
    expect(await alert.textContent()).toMatch(/broken\.json.*not valid JSON/);
    expect(log.errors.some((e) => e.includes("broken.json") && e.includes("not valid JSON"))).toBe(true);

    await open("?graph=invalid.json");
    expect(await page.locator("[role=alert]").textContent()).toContain("invalid.json");
  });

  it("is usable on a phone: filters in a drawer, details in a bottom sheet", async () => {
    // A touch phone of its own, replacing the desktop page of this test.
    await suite.reopen({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    await open("?node=leader:vladimir-poutine");
    const sheet = (await page.locator("#details").boundingBox())!;
    expect(sheet.width).toBeGreaterThan(380);
    expect(sheet.y).toBeGreaterThan(300);
    await page.screenshot({ path: new URL("phone-details.png", SHOTS).pathname });
    expect(await page.locator("#filters").isVisible()).toBe(true);
    const hidden = (await page.locator("#filters").boundingBox())!;
    expect(hidden.x + hidden.width).toBeLessThanOrEqual(0);
    await page.locator(".filters-toggle").tap();
    await expect.poll(async () => (await page.locator("#filters").boundingBox())!.x).toBe(0);
    await page.screenshot({ path: new URL("phone-filters.png", SHOTS).pathname });
    await page.locator(".filters-toggle").tap();
    await expect
      .poll(async () => {
        const box = (await page.locator("#filters").boundingBox())!;
        return box.x + box.width;
      })
      .toBeLessThanOrEqual(0);
    await page.locator("#details .close").tap();
    await expect.poll(async () => (await state()).selectedNode).toBeNull();
    // A tap on an actor selects it, like a click.
    const korea = await nodeOnPage(page, "state:PRK");
    await page.touchscreen.tap(korea.x, korea.y);
    await expect.poll(async () => (await state()).selectedNode).toBe("state:PRK");
    // The camera brings the tapped actor above the sheet that now covers the bottom of the stage.
    await expect
      .poll(
        async () => (await nodeOnPage(page, "state:PRK")).y < (await page.locator("#details").boundingBox())!.y - 20,
      )
      .toBe(true);
    await page.screenshot({ path: new URL("phone.png", SHOTS).pathname });
  });
});
