/**
 * Shared set-up of the browser end-to-end tests: Debian's chromium through playwright-core, console capture, and
 * reading the rendered colour of a pixel (the WebGL canvas cannot be read back directly).
 */
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";

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

/** A fresh desktop context and page (1280×800, downloads accepted), with its console captured. */
export async function openDesktopPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; log: ReturnType<typeof captureConsole> }> {
  // An English browser, whatever the machine's locale: tests that read interface text read the English catalogue.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    locale: "en-GB",
  });
  const page = await context.newPage();
  return { context, page, log: captureConsole(page) };
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

/** Console messages and uncaught errors of a page, for assertions and for failure output. */
export function captureConsole(page: Page): { errors: string[]; messages: string[] } {
  const log = { errors: [] as string[], messages: [] as string[] };
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
