/**
 * Evidence on demand in the built site: a sharded graph (summary + `big.evidence/` shards) served by a plain static
 * server from a sub-folder, offline. Opening a relation fetches its shard and shows its sentences; the GEXF download
 * of the whole graph holds every sentence; a missing shard gives a message naming it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEvidence } from "../../src/export/gexf-attributes.ts";
import { parseGraphFile, serializeGraphFiles } from "../../src/model/graph-io.ts";
import { isRelation, type EntenteGraph } from "../../src/model/types.ts";
import { launchBrowser, openDesktopPage, waitForExplorer } from "./browser.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const PREFIX = "/deep/sub/folder/";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

let outDir: string;
let server: Server;
let site: string;
let browser: Browser;
let graph: EntenteGraph;
const requested: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "entente-shards-site-"));
  await build({ configFile: join(ROOT, "vite.config.ts"), root: ROOT, logLevel: "error", build: { outDir } });
  graph = parseGraphFile(readFileSync(join(ROOT, "graph-data/graph.json"), "utf8"));
  // The bundled graph forced into shards (its 21 KB of sentences make one shard: routing among several is unit-tested).
  const files = serializeGraphFiles(graph, "always", "big.evidence");
  mkdirSync(join(outDir, "data/big.evidence"), { recursive: true });
  writeFileSync(join(outDir, "data/big.json"), files.graph);
  for (const shard of files.shards) writeFileSync(join(outDir, "data/big.evidence", shard.file), shard.text);
  server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]!);
    if (!path.startsWith(PREFIX)) return void response.writeHead(404).end();
    requested.push(path.slice(PREFIX.length));
    const relative = normalize(path.slice(PREFIX.length) || "index.html");
    const file = join(outDir, relative === "." ? "index.html" : relative);
    if (!file.startsWith(outDir) || !existsSync(file)) return void response.writeHead(404).end("not found");
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/json" }).end(readFileSync(file));
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

/** The relation with the most sentences: its panel shows some of them. */
function richestRelation(): { key: string; sentences: string[] } {
  let best: { key: string; sentences: string[] } = { key: "", sentences: [] };
  graph.forEachEdge((key, attributes) => {
    if (isRelation(attributes) && attributes.evidence.length > best.sentences.length)
      best = { key, sentences: attributes.evidence.map((e) => e.sentence) };
  });
  return best;
}

describe("a sharded graph in the static site", () => {
  it("draws from the summary, then fetches a relation's shard when it is opened and shows its sentences", async () => {
    const { context, page, log } = await openDesktopPage(browser);
    await page.route("**/*", (route) =>
      route.request().url().startsWith(new URL(site).origin) ? route.continue() : route.abort(),
    );
    const relation = richestRelation();
    requested.length = 0;
    await page.goto(`${site}?graph=data/big.json&edge=${encodeURIComponent(relation.key)}`);
    await waitForExplorer(page);
    expect(await page.locator("#app").getAttribute("data-ready")).toBe("true");
    await page.locator(".evidence-list blockquote").first().waitFor();
    const shown = await page.locator(".evidence-list blockquote").allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const sentence of shown) expect(relation.sentences).toContain(sentence);
    // The summary and shards came by relative URLs under the sub-folder.
    expect(requested).toContain("data/big.json");
    expect(requested.some((p) => /^data\/big\.evidence\/\d{3}-[0-9a-f]{12}\.json$/.test(p))).toBe(true);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("downloads GEXF of the whole graph with every sentence, after fetching every shard", async () => {
    const { context, page } = await openDesktopPage(browser);
    await page.goto(`${site}?graph=data/big.json`);
    await waitForExplorer(page);
    await page.locator(".export-menu summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-export=gexf-all]").click(),
    ]);
    const document = new DOMParser().parseFromString(readFileSync((await download.path())!, "utf8"), "text/xml");
    // Every evidence column value, read back as the GEXF reader does.
    const written: string[] = [];
    const values = document.getElementsByTagName("attvalue");
    for (let i = 0; i < values.length; i++) {
      const value = values.item(i)!.getAttribute("value") ?? "";
      if (value.startsWith('[{"article"')) written.push(...parseEvidence(value).map((e) => e.sentence));
    }
    const expected: string[] = [];
    graph.forEachEdge((_key, attributes) => expected.push(...attributes.evidence.map((e) => e.sentence)));
    expect(expected.length).toBeGreaterThan(50);
    expect(written.sort()).toEqual(expected.sort());
    await context.close();
  });

  it("says which shard is missing when it cannot be fetched", async () => {
    const relation = richestRelation();
    const { context, page } = await openDesktopPage(browser);
    await page.route(/big\.evidence\//, (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(`${site}?graph=data/big.json&edge=${encodeURIComponent(relation.key)}`);
    await waitForExplorer(page);
    const alert = page.locator(".evidence-error");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /The sentences could not be loaded: evidence shard "big\.evidence\/\d{3}-[0-9a-f]{12}\.json" is missing \(HTTP 404\)/,
    );
    await context.close();
  });
});
