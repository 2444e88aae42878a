/**
 * The HTTP server behind `entente serve`: the explorer's static files, the project folder's graph (rebuilt when
 * stale), and the one writing endpoint (`PUT curation.json`, `POST articles`). Every request passes the `Host`
 * check; every write the origin and token checks (`guard.ts`), a size cap and full validation before anything is
 * written. Node's `http` only: the surface is four routes, and every byte written is ours to check.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname, join } from "node:path";
import { emptyCuration, serializeCuration, CurationFileError, parseCuration } from "../curation/index.ts";
import { readCurationFile, writeCurationFile } from "../curation/file.ts";
import type { ProjectFolder } from "../curation/project.ts";
import { ArticleRefusal, saveArticle } from "./articles.ts";
import { BodyError, readJsonBody } from "./body.ts";
import { checkHost, checkWrite } from "./guard.ts";
import { buildInChildProcess, createGraphKeeper, type Rebuilder } from "./rebuild.ts";
import { staticFile } from "./static-files.ts";

export interface ServerLimits {
  /** Largest `PUT curation.json` body, in bytes. */
  curationBytes: number;
  /** Largest `POST articles` body, in bytes (the article itself is capped by the intake's 5 MiB). */
  articleBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = { curationBytes: 2 * 1024 * 1024, articleBytes: 6 * 1024 * 1024 };
export const SESSION_PATH = "/entente-session.json";

export interface ServeOptions {
  folder: ProjectFolder;
  /** Folder of the explorer's static site (`dist/`). */
  site: string;
  /** Address to listen on; loopback unless the user says otherwise. */
  host: string;
  /** Port; 0 for any free port. */
  port: number;
  /** The writes' secret; a fresh random one by default. */
  token?: string;
  rebuild?: Rebuilder;
  limits?: ServerLimits;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** The page's address, without the token. */
  url: string;
  /** The address to open: the page with the token in its fragment. */
  pageUrl: string;
  token: string;
  port: number;
  /** Stops listening and closes open connections; calling it twice is harmless. */
  close(): Promise<void>;
}

export interface EntenteHandlerOptions {
  folder: ProjectFolder;
  /** Folder of the explorer's static site; without one, unknown paths go to `next` (or 404). */
  site?: string;
  token: string;
  rebuild?: Rebuilder;
  limits?: ServerLimits;
  log?: (line: string) => void;
}

/**
 * The request handler alone, usable as Connect middleware (e.g. in Vite's `configureServer`, so `npm start` can save
 * too): `handler(request, response, next?)`. Paths it does not own go to `next` when given, else to the static site.
 */
export function createEntenteHandler(options: EntenteHandlerOptions) {
  const { token } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const keeper = createGraphKeeper(options.folder, options.rebuild ?? buildInChildProcess, log);

  async function handle(request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void> {
    const hostRefusal = checkHost(request.headers, request.socket.localPort ?? -1);
    if (hostRefusal !== null) return send(response, hostRefusal.status, { error: hostRefusal.error });
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const method = request.method ?? "GET";
    // The evidence shards of a large graph, beside graph.json (only names of the shard pattern: no path escapes).
    const shard = /^\/graph\.evidence\/([0-9]{3,}-[0-9a-f]{12}\.json)$/.exec(path)?.[1];
    const owned =
      path === "/graph.json" ||
      path === "/curation.json" ||
      path === "/articles" ||
      path === SESSION_PATH ||
      shard !== undefined;
    if (!owned && next !== undefined) return next();
    if (method === "PUT" || method === "POST") {
      const refusal = checkWrite(request.headers, token);
      if (refusal !== null) return send(response, refusal.status, { error: refusal.error });
    }
    try {
      if (path === "/curation.json" && method === "PUT") {
        const curation = parseCuration(await readJsonBody(request, limits.curationBytes), "curation.json");
        await writeCurationFile(options.folder.curation, curation);
        log(`serve: saved ${curation.decisions.length} decisions to ${options.folder.curation}`);
        return send(response, 200, { decisions: curation.decisions.length });
      }
      if (path === "/articles" && method === "POST") {
        const saved = await saveArticle(options.folder.articles, await readJsonBody(request, limits.articleBytes));
        log(`serve: saved article ${saved.article.file} to ${options.folder.articles}`);
        return send(response, 201, saved);
      }
      if (method !== "GET" && method !== "HEAD")
        return send(response, 405, { error: `serve: ${method} ${path} is not allowed` });
      if (path === "/graph.json") return await sendGraph(response);
      if (shard !== undefined) {
        const file = join(dirname(options.folder.graph), "graph.evidence", shard);
        if (!existsSync(file)) return send(response, 404, { error: `serve: ${path} not found` });
        return sendRaw(response, 200, "application/json; charset=utf-8", readFileSync(file));
      }
      if (path === "/curation.json") {
        const text = existsSync(options.folder.curation)
          ? serializeCuration(readCurationFile(options.folder.curation))
          : serializeCuration(emptyCuration());
        return sendRaw(response, 200, "application/json; charset=utf-8", text);
      }
      if (path === SESSION_PATH)
        return send(response, 200, { folder: basename(options.folder.dir), writable: true, limits });
      const file = options.site === undefined ? null : staticFile(options.site, path);
      if (file === null) return send(response, 404, { error: `serve: ${path} not found` });
      return sendRaw(response, 200, file.type, file.body);
    } catch (error) {
      if (error instanceof BodyError || error instanceof ArticleRefusal)
        return send(response, error.status, {
          error: error.message,
          ...("code" in error && error.code ? { code: error.code } : {}),
        });
      if (error instanceof CurationFileError) return send(response, 400, { error: error.message });
      throw error;
    }
  }

  async function sendGraph(response: ServerResponse): Promise<void> {
    const result = await keeper.current();
    if (!existsSync(options.folder.graph)) {
      const detail =
        result?.report
          .trim()
          .split("\n")
          .filter((l) => l.startsWith("entente build:") || l.startsWith("skipped:"))
          .join(" ") ?? "";
      return send(response, 500, { error: `serve: the graph could not be built. ${detail}`.trim() });
    }
    return sendRaw(response, 200, "application/json; charset=utf-8", readFileSync(options.folder.graph));
  }

  return (request: IncomingMessage, response: ServerResponse, next?: () => void): void => {
    handle(request, response, next).catch((error: unknown) => {
      log(`serve: ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) send(response, 500, { error: `serve: internal error (${(error as Error).message})` });
      else response.destroy();
    });
  };
}

/** Starts the HTTP server of `entente serve`; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString("base64url");
  const handler = createEntenteHandler({ ...options, token });
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(":")
    ? `[${options.host}]`
    : options.host === "0.0.0.0"
      ? "127.0.0.1"
      : options.host;
  const url = `http://${shownHost}:${port}/`;
  let closing: Promise<void> | null = null;
  return {
    url,
    pageUrl: `${url}#token=${token}`,
    token,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  sendRaw(response, status, "application/json; charset=utf-8", `${JSON.stringify(body)}\n`);
}

function sendRaw(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    // A refused body may still be arriving: close rather than read it.
    ...(status === 413 ? { Connection: "close" } : {}),
  });
  response.end(response.req.method === "HEAD" ? undefined : body);
}
