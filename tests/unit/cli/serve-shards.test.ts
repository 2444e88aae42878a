import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGraphFiles } from "../../../src/cli/graph-files.ts";
import { projectFolder } from "../../../src/curation/project.ts";
import { parseGraphFile, serializeGraphFiles } from "../../../src/model/graph-io.ts";
import { startServer, type RunningServer } from "../../../src/server/server.ts";
import { ROOT } from "./run-cli.ts";

function get(port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, headers: { host: `127.0.0.1:${port}` } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    })
      .on("error", reject)
      .end();
  });
}

describe("entente serve: a sharded graph", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-serve-shards-"));
  const folder = projectFolder(dir);
  const files = serializeGraphFiles(
    parseGraphFile(readFileSync(join(ROOT, "graph-data/graph.json"), "utf8")),
    "always",
    "graph.evidence",
  );
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(dir, "articles"));
    cpSync(join(ROOT, "graph-data/articles"), join(dir, "articles"), { recursive: true });
    await writeGraphFiles(folder.graph, files);
    const site = join(dir, "site");
    mkdirSync(site);
    server = await startServer({
      folder,
      site,
      host: "127.0.0.1",
      port: 0,
      token: "test-token-0123456789",
      rebuild: async () => ({ status: 0, report: "" }),
      log: () => {},
    });
  });
  afterAll(async () => server?.close());

  it("serves the summary and its shards beside it, and nothing else of the folder", async () => {
    expect((await get(server.port, "/graph.json")).text).toBe(files.graph);
    const shard = files.shards[0]!;
    expect(await get(server.port, `/graph.evidence/${shard.file}`)).toEqual({ status: 200, text: shard.text });
    expect((await get(server.port, "/graph.evidence/999-000000000000.json")).status).toBe(404);
    expect((await get(server.port, "/graph.evidence/..%2Fgraph.json")).status).toBe(404);
  });
});
