/**
 * Shared set-up of the browser end-to-end tests: Debian's chromium through playwright-core, the explorer served by
 * Vite with a graph of the test's choosing (`useExplorerSuite`), console capture, and reading the rendered colour of a
 * pixel (the WebGL canvas cannot be read back directly).
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";

export const FIXTURE_URL = new URL("../fixtures/small-graph.json", import.meta.url);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** The explorer served by Vite's dev server on an ephemeral loopback port, and its base URL. */
export async function startExplorerServer(): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({
    configFile: new URL("../../vite.config.ts", import.meta.url).pathname,
    server: { port: 0, host: "127.0.0.1" },
    logLevel: "error",
  });
  await server.listen();
  return { server, base: `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/` };
}

/**
 * The desktop every test starts on: 1280×800, downloads accepted, and an English browser whatever the machine's
 * locale (tests that read interface text read the English catalogue).
 */
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
  locale: "en-GB",
};

/** A fresh desktop context and page, with its console captured. */
export async function openDesktopPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; log: ReturnType<typeof captureConsole> }> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  return { context, page, log: captureConsole(page) };
}

/** A page of one test, in its own browser context, with its console captured. */
export interface ExplorerPage {
  context: BrowserContext;
  page: Page;
  log: ConsoleLog;
}

export interface ExplorerSuiteOptions {
  /** Served whenever the page asks for `graph.json` (default: the fixture graph), whatever the repository holds. */
  graph?: string;
  /** More JSON files served by name, e.g. `{ "broken.json": '{"nodes": [' }` for `?graph=broken.json`. */
  files?: Readonly<Record<string, string>>;
  /** Fails every test whose page logged an error or threw. */
  failOnConsoleErrors?: boolean;
  /** Called with each test's fresh page, before the test: keep it in the file's variables, add listeners. */
  onPage?: (opened: ExplorerPage) => void;
}

export interface ExplorerSuite {
  /** The explorer's base URL on the dev server. */
  readonly base: string;
  readonly browser: Browser;
  /** Goes to the explorer (with `query`, e.g. `?node=state:RUS`) and waits until it has mounted or failed. */
  open(query?: string): Promise<void>;
  /** Replaces the test's page by one in a new context of `options` (a phone…), serving the same files. */
  reopen(options: BrowserContextOptions): Promise<void>;
}

/**
 * The set-up the explorer's suites share: one Vite dev server and one browser for the file, a fresh desktop page for
 * each test serving `options.graph` as `graph.json` (and `options.files`), closed after it.
 */
export function useExplorerSuite(options: ExplorerSuiteOptions = {}): ExplorerSuite {
  const files = { "graph.json": options.graph ?? readFileSync(FIXTURE_URL, "utf8"), ...options.files };
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  let base = "";
  let current: ExplorerPage | undefined;

  async function start(contextOptions: BrowserContextOptions): Promise<void> {
    const context = await browser!.newContext(contextOptions);
    const page = await context.newPage();
    current = { context, page, log: captureConsole(page) };
    for (const [name, body] of Object.entries(files))
      await page.route(`**/${name}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    options.onPage?.(current);
  }

  beforeAll(async () => {
    ({ server, base } = await startExplorerServer());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => start(DESKTOP));
  afterEach(async () => {
    const ended = current;
    current = undefined;
    try {
      if (options.failOnConsoleErrors) expect(ended?.log.errors).toEqual([]);
    } finally {
      await ended?.context.close();
    }
  });

  return {
    get base() {
      return base;
    },
    get browser() {
      return browser!;
    },
    async open(query = "") {
      await current!.page.goto(`${base}${query}`);
      await waitForExplorer(current!.page);
    },
    async reopen(contextOptions) {
      await current?.context.close();
      await start(contextOptions);
    },
  };
}

/** Calls a function of the explorer's read-only test hook (`window.__entente`) by name. */
export function callHook<T>(page: Page, fn: string, ...args: string[]): Promise<T> {
  return page.evaluate(
    ([name, ...rest]) => {
      const hook = window.__entente as unknown as Record<string, (...a: string[]) => unknown>;
      return hook[name!]!(...rest);
    },
    [fn, ...args],
  ) as Promise<T>;
}

/** Console messages and uncaught errors of a page. */
export interface ConsoleLog {
  errors: string[];
  messages: string[];
}

/** Console messages and uncaught errors of a page, for assertions and for failure output. */
export function captureConsole(page: Page): ConsoleLog {
  const log: ConsoleLog = { errors: [], messages: [] };
  page.on("console", (message) => {
    log.messages.push(`${message.type()}: ${message.text()}`);
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.errors.push(`pageerror: ${error.message}`));
  return log;
}

/** Waits until the explorer has mounted (or failed). */
export async function waitForExplorer(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getElementById("app")?.dataset.ready === "true" ||
      document.getElementById("app")?.dataset.error === "true",
  );
}

/** The RGB colour drawn at a point of the page, read from a 1×1 screenshot decoded by the browser itself. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext("2d")!;
    context.drawImage(bitmap, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, png.toString("base64"));
}

export function hexToRgbTuple(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Whether two colours are within `tolerance` per channel (anti-aliasing and blending shift them a little). */
export function closeColor(a: readonly number[], b: readonly number[], tolerance = 24): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
}

/** A node's position on the page (the debug hook gives it relative to the stage). */
export async function nodeOnPage(page: Page, node: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((key) => window.__entente?.nodeViewportPosition?.(key) ?? null, node);
  if (position === null) throw new Error(`node ${node} has no position`);
  const box = (await page.locator("#stage").boundingBox())!;
  return { x: box.x + position.x, y: box.y + position.y };
}
