/**
 * Browser stages in headless Debian chromium: time from navigation to the first frame with the graph drawn, and
 * time from a mouse move onto a node to the next frame (hover highlight), for the explorer (`vite build` of the app,
 * loading the graph by its `?graph=` parameter) against a bare page drawing the same file with plain sigma
 * (`bench/pages/`). Both pages get the same init script, which records the frame times in the page itself.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { median } from "../lib/measure.ts";
import { costRow, rateRow, type Row } from "../lib/report.ts";
import type { BenchContext } from "./context.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Runs in both pages before their own code: on every animation frame, checks whether the graph is drawn (the
 * explorer marks its root `data-ready`, the bare page sets `__bench.ready`) and records when first; on a mouse move,
 * records its time and the next frame's.
 */
const INIT_SCRIPT = `
(() => {
  const marks = { firstFrame: null, hovers: [] };
  window.__marks = marks;
  const ready = () => document.getElementById("app")?.dataset.ready === "true" || window.__bench?.ready === true;
  const failed = () => document.getElementById("app")?.dataset.error === "true" || typeof window.__bench?.error === "string";
  const poll = () => {
    if (failed()) { marks.firstFrame = -1; return; }
    if (ready()) { marks.firstFrame = performance.now(); return; }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  window.addEventListener("mousemove", () => {
    const start = performance.now();
    requestAnimationFrame(() => marks.hovers.push(performance.now() - start));
  }, { capture: true });
})();
`;

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** A static server: `/app/` the explorer build, `/bare/` the baseline page, `/graphs/` the graph files. */
export function serve(mounts: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]!);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    let file = mount === undefined ? null : join(mounts[mount]!, normalize(path.slice(mount.length)));
    if (file !== null && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (file === null || !existsSync(file)) {
      response.statusCode = 404;
      response.end("not found");
      return;
    }
    // No caching: every load pays for the graph file, like a first visit.
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        server,
        origin: `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`,
      });
    }),
  );
}

export async function buildPages(tmp: string): Promise<{ app: string; bare: string }> {
  const app = join(tmp, "app");
  const bare = join(tmp, "bare");
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    build: { outDir: app, emptyOutDir: true },
  });
  await build({
    root: join(ROOT, "bench/pages"),
    configFile: false,
    base: "./",
    logLevel: "error",
    build: {
      outDir: bare,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: {
        input: { bare: join(ROOT, "bench/pages/bare.html"), layout: join(ROOT, "bench/pages/layout.html") },
      },
    },
    worker: { format: "es" },
  });
  return { app, bare };
}

export async function firstFrame(browser: Browser, url: string): Promise<{ ms: number; page: Page }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () => (window as unknown as { __marks: { firstFrame: number | null } }).__marks.firstFrame !== null,
    null,
    { timeout: 180_000, polling: 100 },
  );
  const ms = await page.evaluate(() => (window as unknown as { __marks: { firstFrame: number } }).__marks.firstFrame);
  if (ms < 0)
    throw new Error(
      `bench: the page ${url} reported an error: ${await page.evaluate(() => document.body.innerText.slice(0, 500))}`,
    );
  return { ms, page };
}

/** Positions (in page pixels) of a few nodes to hover, and a way to read which node the page thinks is hovered. */
async function hoverTargets(page: Page, explorer: boolean, keys: string[]): Promise<{ x: number; y: number }[]> {
  return page.evaluate(
    ({ explorer, keys }) => {
      const w = window as unknown as {
        __entente?: { nodeViewportPosition(k: string): { x: number; y: number } | null };
        __bench?: { position(k: string): { x: number; y: number } | null };
      };
      const stage = document.getElementById("stage")!.getBoundingClientRect();
      return keys
        .map((k) => (explorer ? w.__entente?.nodeViewportPosition(k) : w.__bench?.position(k)) ?? null)
        .filter((p): p is { x: number; y: number } => p !== null)
        .map((p) => ({ x: p.x + stage.left, y: p.y + stage.top }));
    },
    { explorer, keys },
  );
}

/** Hovers each target in turn (leaving to an empty corner in between) and returns the median move-to-frame time. */
async function hoverTimes(page: Page, targets: { x: number; y: number }[]): Promise<{ ms: number; hits: number }> {
  await page.evaluate(() => ((window as unknown as { __marks: { hovers: number[] } }).__marks.hovers = []));
  let hits = 0;
  for (const target of targets) {
    await page.mouse.move(target.x, target.y);
    await page.waitForTimeout(400);
    // Counts the moves that really hovered a node, so a miss (nothing to redraw) cannot pass for a fast hover.
    const hovered = await page.evaluate(() => {
      const w = window as unknown as {
        __entente?: { state(): { hoveredNode: string | null } };
        __bench?: { hovered: string | null };
      };
      return (w.__entente?.state().hoveredNode ?? w.__bench?.hovered ?? null) !== null;
    });
    if (hovered) hits++;
    await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
    await page.waitForTimeout(400);
  }
  const all = await page.evaluate(() => (window as unknown as { __marks: { hovers: number[] } }).__marks.hovers);
  // Only the moves onto nodes (even positions); the moves away are the reverse transition.
  return { ms: median(all.filter((_, i) => i % 2 === 0)), hits };
}

/** FA2 in the live layout's web worker vs synchronous FA2 in the same page, at every size. */
async function workerLayoutRows(
  browser: Browser,
  origin: string,
  sizes: number[],
  context: BenchContext,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of sizes) {
    context.log(`  layout in the worker: ${n / 1000}k nodes…`);
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await page.goto(`${origin}/bare/layout.html?graph=${encodeURIComponent(`/graphs/graph-${n}.json`)}`);
      await page.waitForFunction(() => window.__layoutBench !== undefined, null, { timeout: 120_000, polling: 100 });
      const error = await page.evaluate(() => window.__layoutBench?.error ?? null);
      if (error !== null) throw new Error(`bench: layout page: ${error}`);
      const iterations = n >= 50000 ? 2 : n >= 10000 ? 6 : 60;
      const sync = await page.evaluate((k) => window.__layoutBench!.sync(k), iterations);
      const worker = await page.evaluate((ms) => window.__layoutBench!.worker(ms), n >= 50000 ? 6000 : 3000);
      rows.push(
        rateRow(
          {
            stage: "layout (FA2, worker)",
            size: `${n / 1000}k nodes`,
            metric: "it/s",
            ours: worker.rate,
            baseline: sync,
            note: `createLiveLayout's web worker (one iteration a round trip, positions written back) vs synchronous forceAtlas2() in the same page${worker.running ? "" : "; the layout stopped itself before the end"}`,
          },
          0.9,
        ),
      );
    } finally {
      await page.close();
    }
  }
  return rows;
}

/** Headless Debian chromium with software WebGL, as every browser row uses. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--use-gl=angle",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}

export async function browserStage(context: BenchContext): Promise<Row[]> {
  context.log("  building the explorer and the bare page with vite…");
  const pages = await buildPages(context.tmp);
  const sizes = context.quick ? [1000, 10000] : [1000, 10000, 50000];
  const graphs = join(context.tmp, "graphs");
  mkdirSync(graphs, { recursive: true });
  for (const n of sizes) copyFileSync(context.graphFile(n), join(graphs, `graph-${n}.json`));
  const { server, origin } = await serve({ "/app/": pages.app, "/bare/": pages.bare, "/graphs/": graphs });
  const browser = await launchBenchBrowser();
  const rows: Row[] = [];
  try {
    rows.push(...(await workerLayoutRows(browser, origin, sizes, context)));
    for (const n of sizes) {
      const graphPath = `/graphs/graph-${n}.json`;
      const appUrl = `${origin}/app/?graph=${encodeURIComponent(graphPath)}`;
      const bareUrl = `${origin}/bare/bare.html?graph=${encodeURIComponent(graphPath)}`;
      const reps = n >= 50000 ? 1 : n >= 10000 ? 2 : 3;
      context.log(`  first frame: ${n / 1000}k nodes, ${reps} load(s) each…`);
      const ours: number[] = [];
      const base: number[] = [];
      let hover: { ours: { ms: number; hits: number }; base: { ms: number; hits: number }; tries: number } | null =
        null;
      for (let r = 0; r < reps; r++) {
        const b = await firstFrame(browser, bareUrl);
        base.push(b.ms);
        const a = await firstFrame(browser, appUrl);
        ours.push(a.ms);
        if (r === reps - 1 && n >= 10000) {
          context.log(`  hover: ${n / 1000}k nodes…`);
          // Hover states: they are drawn large enough to hit at every size.
          const graph = context.graph(n);
          const keys = graph.filterNodes((_k, attributes) => attributes.type === "state").slice(0, 5);
          const appTargets = await hoverTargets(a.page, true, keys);
          const bareTargets = await hoverTargets(b.page, false, keys);
          hover = {
            ours: await hoverTimes(a.page, appTargets),
            base: await hoverTimes(b.page, bareTargets),
            tries: keys.length,
          };
        }
        await a.page.close();
        await b.page.close();
      }
      rows.push(
        costRow(
          {
            stage: "first frame",
            size: `${n / 1000}k nodes`,
            metric: "ms",
            ours: median(ours),
            baseline: median(base),
            note: "plain sigma page, same file; navigation → first frame drawn",
          },
          1.3,
        ),
      );
      if (hover !== null)
        rows.push(
          costRow(
            {
              stage: "hover",
              size: `${n / 1000}k nodes`,
              metric: "ms",
              ours: hover.ours.ms,
              baseline: hover.base.ms,
              note: `mouse move onto a node → next frame; plain sigma refresh(); nodes hit ${hover.ours.hits}/${hover.tries} vs ${hover.base.hits}/${hover.tries}`,
            },
            1.5,
          ),
        );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
