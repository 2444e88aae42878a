/**
 * The explorer's static files (the Vite build in `dist/`), served read-only. A request path is decoded, normalised
 * and resolved inside the site folder; anything that would leave it, hidden files and folders are not found.
 */
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8",
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** The file a URL path names in `root` (`/` is `index.html`), or null when there is none or the path leaves the folder. */
export function staticFile(root: string, pathname: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.split("/").some((part) => part.startsWith("."))) return null;
  const base = resolve(root);
  const path = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (path !== base && !path.startsWith(base + sep)) return null;
  const file = decoded.endsWith("/") || path === base ? join(path, "index.html") : path;
  try {
    if (!statSync(file).isFile()) return null;
    return { body: readFileSync(file), type: TYPES[extname(file)] ?? "application/octet-stream" };
  } catch {
    return null;
  }
}
