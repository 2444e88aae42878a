import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCuration } from "../../../src/curation/index.ts";
import { projectFolder } from "../../../src/curation/project.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { RebuildResult } from "../../../src/server/rebuild.ts";
import { createEntenteHandler, startServer, type RunningServer } from "../../../src/server/server.ts";
import { ROOT, runCli } from "./run-cli.ts";

const TOKEN = "test-token-0123456789";
const ARTICLE =
  "Le ministre japonais des Affaires étrangères a rencontré mardi à Tokyo son homologue australien. " +
  "Les deux pays ont signé un accord de coopération sur la sécurité maritime et promis de renforcer leurs échanges.";
const REJECT = {
  version: 1,
  decisions: [{ kind: "reject", edge: "cooperation:state:JPN|state:RUS", at: "2026-11-25T10:00:00Z" }],
};

interface Reply {
  status: number;
  text: string;
  json: Record<string, unknown>;
}

/** A real HTTP request with full control of the headers (fetch would set Origin and Host itself). */
function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
  chunked = false,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (c: string) => (text += c));
        res.on("end", () => {
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // not JSON (static files)
          }
          resolve({ status: res.statusCode ?? 0, text, json });
        });
      },
    );
    req.on("error", reject);
    if (body !== undefined && chunked) {
      // No Content-Length: the cap must hold while reading.
      const part = 64 * 1024;
      for (let i = 0; i < body.length; i += part) req.write(body.slice(i, i + part));
    } else if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A project folder with the bundled articles, and a minimal static site. */
function makeProject(withGraph: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "entente-serve-"));
  mkdirSync(join(dir, "articles"));
  cpSync(join(ROOT, "graph-data/articles"), join(dir, "articles"), { recursive: true });
  if (withGraph) writeFileSync(join(dir, "graph.json"), readFileSync(join(ROOT, "graph-data/graph.json")));
  const site = join(dir, "site");
  mkdirSync(site);
  writeFileSync(join(site, "index.html"), "<!doctype html><title>Entente</title>");
  writeFileSync(join(dir, "secret.txt"), "outside the site");
  return { dir, site, folder: projectFolder(dir) };
}

describe("entente serve: the endpoint", { timeout: 60_000 }, () => {
  const project = makeProject(true);
  const rebuilds: string[] = [];
  let server: RunningServer;
  let write: (method: string, path: string, body: string, extra?: Record<string, string>) => Promise<Reply>;

  beforeAll(async () => {
    // Stands in for `entente build`; the real one is tested below.
    const rebuild = async (): Promise<RebuildResult> => {
      rebuilds.push("build");
      writeFileSync(project.folder.graph, readFileSync(join(ROOT, "graph-data/graph.json")));
      return { status: 0, report: "" };
    };
    server = await startServer({
      folder: project.folder,
      site: project.site,
      host: "127.0.0.1",
      port: 0,
      token: TOKEN,
      rebuild,
      log: () => {},
    });
    const origin = `http://127.0.0.1:${server.port}`;
    write = (method, path, body, extra = {}) =>
      send(
        server.port,
        method,
        path,
        { "content-type": "application/json", origin, "x-entente-token": TOKEN, ...extra },
        body,
      );
  });
  afterAll(async () => {
    await server.close();
    await server.close();
  });

  it("listens on the loopback, on an ephemeral port, and gives the page URL with the token in its fragment", () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.pageUrl).toBe(`${server.url}#token=${TOKEN}`);
  });

  it("serves the page, the session, the folder's graph and an empty curation", async () => {
    expect((await send(server.port, "GET", "/")).text).toContain("<title>Entente</title>");
    expect((await send(server.port, "GET", "/entente-session.json")).json).toMatchObject({
      writable: true,
      limits: { curationBytes: 2097152 },
    });
    const graph = await send(server.port, "GET", "/graph.json");
    expect(graph.status).toBe(200);
    expect(parseGraphFile(graph.text).hasEdge("cooperation:state:JPN|state:RUS")).toBe(true);
    expect((await send(server.port, "GET", "/curation.json")).json).toEqual({ version: 1, decisions: [] });
  });

  it("saves a valid curation file atomically and serves it back", async () => {
    const reply = await write("PUT", "/curation.json", JSON.stringify(REJECT));
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ decisions: 1 });
    expect(parseCuration(readFileSync(project.folder.curation, "utf8"))).toEqual(REJECT);
    expect((await send(server.port, "GET", "/curation.json")).json).toEqual(REJECT);
    expect(readdirSync(project.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("rebuilds the graph once it is older than the curation file", async () => {
    const before = rebuilds.length;
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(project.folder.curation, JSON.stringify(REJECT));
    await send(server.port, "GET", "/graph.json");
    await send(server.port, "GET", "/graph.json");
    expect(rebuilds.length).toBe(before + 1);
  });

  describe("refuses writes that do not come from the served page, and writes nothing", () => {
    const cases: [string, (port: number) => Record<string, string>][] = [
      ["another web site (Origin)", () => ({ origin: "http://evil.example" })],
      ["no Origin (not a browser page)", () => ({ origin: "" })],
      ["a page on another port of this machine", (port) => ({ origin: `http://127.0.0.1:${port + 1}` })],
      ["a cross-site fetch", () => ({ "sec-fetch-site": "cross-site" })],
      ["a wrong token", () => ({ "x-entente-token": "guess" })],
      ["no token", () => ({ "x-entente-token": "" })],
      [
        "a DNS name pointing at the loopback (rebinding)",
        (port) => ({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` }),
      ],
      [
        "a Host with another port",
        (port) => ({ host: `127.0.0.1:${port + 1}`, origin: `http://127.0.0.1:${port + 1}` }),
      ],
    ];
    it.each(cases)("%s → 403", async (_, headers) => {
      const before = readFileSync(project.folder.curation, "utf8");
      const extra = Object.fromEntries(Object.entries(headers(server.port)).filter(([, v]) => v !== ""));
      const drop = Object.entries(headers(server.port))
        .filter(([, v]) => v === "")
        .map(([k]) => k);
      const base: Record<string, string> = {
        "content-type": "application/json",
        origin: `http://127.0.0.1:${server.port}`,
        "x-entente-token": TOKEN,
      };
      for (const k of drop) delete base[k];
      const reply = await send(
        server.port,
        "PUT",
        "/curation.json",
        { ...base, ...extra },
        JSON.stringify({ version: 1, decisions: [] }),
      );
      expect(reply.status).toBe(403);
      expect(reply.json.error).toMatch(/^serve: refused/);
      expect(readFileSync(project.folder.curation, "utf8")).toBe(before);
    });

    it("refuses reads for a foreign Host too", async () => {
      expect((await send(server.port, "GET", "/graph.json", { host: `attacker.example:${server.port}` })).status).toBe(
        403,
      );
    });
  });

  it.each<[string, string, Record<string, string>, number, RegExp]>([
    [
      "a curation file with a bad entry",
      JSON.stringify({ version: 1, decisions: [{ kind: "drop", node: "leader:x", at: "now" }] }),
      {},
      400,
      /decisions\[0\] \(drop "leader:x"\): field at/,
    ],
    ["a body that is not JSON", "{", {}, 400, /not valid JSON/],
    [
      "a body that is not application/json",
      JSON.stringify(REJECT),
      { "content-type": "text/plain" },
      415,
      /application\/json/,
    ],
  ])("refuses %s before writing (%#)", async (_, body, headers, status, message) => {
    const before = readFileSync(project.folder.curation, "utf8");
    const reply = await write("PUT", "/curation.json", body, headers);
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
    expect(readFileSync(project.folder.curation, "utf8")).toBe(before);
  });

  it("refuses oversized bodies, declared or streamed, with 413", async () => {
    const big = JSON.stringify({ version: 1, decisions: [], pad: "x".repeat(3 * 1024 * 1024) });
    expect((await write("PUT", "/curation.json", big)).status).toBe(413);
    const origin = `http://127.0.0.1:${server.port}`;
    const streamed = await send(
      server.port,
      "PUT",
      "/curation.json",
      { "content-type": "application/json", origin, "x-entente-token": TOKEN, "transfer-encoding": "chunked" },
      big,
      true,
    );
    expect(streamed.status).toBe(413);
    expect(parseCuration(readFileSync(project.folder.curation, "utf8"))).toEqual(REJECT);
  });

  it("saves a new article with its metadata into the folder", async () => {
    const reply = await write(
      "POST",
      "/articles",
      JSON.stringify({
        file: "ajout.txt",
        text: ARTICLE,
        title: "Tokyo et Canberra",
        outlet: "Exemple",
        date: "2024-03",
      }),
    );
    expect(reply.status).toBe(201);
    expect(reply.json.article).toMatchObject({
      id: "ajout",
      file: "ajout.txt",
      title: "Tokyo et Canberra",
      date: "2024-03",
      language: "fr",
    });
    expect(readFileSync(join(project.folder.articles, "ajout.txt"), "utf8")).toBe(ARTICLE);
    const manifest = JSON.parse(readFileSync(join(project.folder.articles, "metadata.json"), "utf8"));
    expect(manifest["ajout.txt"]).toEqual({ title: "Tokyo et Canberra", outlet: "Exemple", date: "2024-03" });
    expect(Object.keys(manifest).length).toBeGreaterThan(1); // the other entries are kept
  });

  it.each<[string, unknown, number, RegExp]>([
    ["a path that climbs out", { file: "../evil.txt", text: ARTICLE }, 400, /not a usable file name/],
    ["a path into a sub-folder", { file: "sub/evil.txt", text: ARTICLE }, 400, /not a usable file name/],
    ["an absolute path", { file: "/tmp/evil.txt", text: ARTICLE }, 400, /not a usable file name/],
    ["a hidden file", { file: ".evil.txt", text: ARTICLE }, 400, /not a usable file name/],
    ["an encoded climb", { file: "%2e%2e%2fevil.txt", text: ARTICLE }, 400, /not a usable file name/],
    ["another extension", { file: "evil.html", text: ARTICLE }, 400, /not a usable file name/],
    ["a name already taken", { file: "ajout.txt", text: `${ARTICLE} Encore.` }, 409, /already in the folder/],
    ["the same text under another name", { file: "copie.txt", text: ` ${ARTICLE}\n` }, 409, /same as "ajout.txt"/],
    [
      "a text in English",
      {
        file: "english.txt",
        text: "The Japanese foreign minister met his Australian counterpart in Tokyo on Tuesday, and both countries signed a maritime security agreement.",
      },
      400,
      /French/,
    ],
    ["an impossible date", { file: "date.txt", text: `${ARTICLE} Date.`, date: "2024-13" }, 400, /field "date"/],
    ["an unknown field", { file: "x.txt", text: ARTICLE, titel: "typo" }, 400, /unknown field "titel"/],
    ["no text", { file: "x.txt" }, 400, /field "text"/],
  ])("refuses %s (%#) and writes nothing", async (_, body, status, message) => {
    const before = readdirSync(project.dir, { recursive: true }).sort();
    const manifest = readFileSync(join(project.folder.articles, "metadata.json"), "utf8");
    const reply = await write("POST", "/articles", JSON.stringify(body));
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
    expect(readdirSync(project.dir, { recursive: true }).sort()).toEqual(before);
    expect(readFileSync(join(project.folder.articles, "metadata.json"), "utf8")).toBe(manifest);
    expect(existsSync(join(project.dir, "..", "evil.txt"))).toBe(false);
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/.hidden", "/site/../secret.txt"])(
    "serves nothing outside the site: %s → 404",
    async (path) => {
      const reply = await send(server.port, "GET", path);
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain("outside the site");
    },
  );

  it("allows no other method", async () => {
    expect((await send(server.port, "DELETE", "/curation.json")).status).toBe(405);
  });
});

describe("entente serve: the graph is rebuilt by the real build", { timeout: 120_000 }, () => {
  it("builds a missing graph, and applies a saved decision at the next load", async () => {
    const project = makeProject(false);
    const server = await startServer({
      folder: project.folder,
      site: project.site,
      host: "127.0.0.1",
      port: 0,
      token: TOKEN,
      log: () => {},
    });
    try {
      const first = await send(server.port, "GET", "/graph.json");
      expect(first.status).toBe(200);
      expect(parseGraphFile(first.text).hasEdge("cooperation:state:JPN|state:RUS")).toBe(true);
      const saved = await send(
        server.port,
        "PUT",
        "/curation.json",
        { "content-type": "application/json", origin: `http://127.0.0.1:${server.port}`, "x-entente-token": TOKEN },
        JSON.stringify(REJECT),
      );
      expect(saved.status).toBe(200);
      const second = parseGraphFile((await send(server.port, "GET", "/graph.json")).text);
      expect(second.hasEdge("cooperation:state:JPN|state:RUS")).toBe(false);
    } finally {
      await server.close();
    }
  });
});

describe("entente serve: the command", { timeout: 60_000 }, () => {
  it("documents itself and refuses a folder that does not exist", () => {
    expect(runCli(["serve", "--help"]).stdout).toContain("Usage: entente serve [options] [dir]");
    const missing = runCli(["serve", join(tmpdir(), "entente-no-such-folder")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("does not exist");
    expect(runCli(["serve", "--port", "99999"]).stderr).toContain("must be a port number");
  });
});

describe("entente serve: the handler as middleware", () => {
  it("answers its own routes and passes every other path to the next handler", async () => {
    const project = makeProject(true);
    const handler = createEntenteHandler({ folder: project.folder, token: TOKEN, log: () => {} });
    const server = createServer((req, res) => handler(req, res, () => res.writeHead(299).end("next")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      expect((await send(port, "GET", "/index.html")).status).toBe(299);
      expect((await send(port, "GET", "/src/main.ts")).status).toBe(299);
      expect((await send(port, "GET", "/curation.json")).json).toEqual({ version: 1, decisions: [] });
      expect((await send(port, "PUT", "/curation.json", { "content-type": "application/json" }, "{}")).status).toBe(
        403,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
