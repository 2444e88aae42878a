// Vite serves and builds the explorer; Vitest runs two projects: fast unit tests and browser end-to-end tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/** The bundled graph, served and shipped as `graph.json` next to `index.html` so the page loads it by a relative URL. */
const GRAPH_FILE = resolve(import.meta.dirname, "graph-data/graph.json");
/** Its evidence shards, when the build wrote it as a summary (`graph.evidence/NNN-<hash>.json`, served beside it). */
const SHARD_FOLDER = resolve(import.meta.dirname, "graph-data/graph.evidence");
const SHARD_PATH = /^\/graph\.evidence\/([0-9]{3,}-[0-9a-f]{12}\.json)$/;

function shardFiles(): string[] {
  return existsSync(SHARD_FOLDER)
    ? readdirSync(SHARD_FOLDER).filter((f) => SHARD_PATH.test(`/graph.evidence/${f}`))
    : [];
}

/**
 * Dev: answers `/graph.json` from `graph-data/graph.json`, or a real 404 when it has not been built yet (instead of
 * Vite's HTML fallback, which the page would report as corrupt JSON). Build: copies it into `dist/`.
 */
function graphData(): Plugin {
  return {
    name: "entente-graph-data",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const shard = SHARD_PATH.exec(request.url?.split("?")[0] ?? "")?.[1];
        if (shard !== undefined && existsSync(resolve(SHARD_FOLDER, shard))) {
          response.setHeader("Content-Type", "application/json; charset=utf-8");
          response.end(readFileSync(resolve(SHARD_FOLDER, shard)));
          return;
        }
        if (request.url?.split("?")[0] !== "/graph.json") return next();
        if (!existsSync(GRAPH_FILE)) {
          response.statusCode = 404;
          response.end("graph-data/graph.json not found: run `npx entente build`");
          return;
        }
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.end(readFileSync(GRAPH_FILE));
      });
    },
    generateBundle() {
      if (!existsSync(GRAPH_FILE)) {
        this.warn(
          'graph-data/graph.json not found: the site will show a "missing graph" message. Run `npx entente build` first.',
        );
        return;
      }
      this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(GRAPH_FILE) });
      for (const file of shardFiles())
        this.emitFile({
          type: "asset",
          fileName: `graph.evidence/${file}`,
          source: readFileSync(resolve(SHARD_FOLDER, file)),
        });
    },
  };
}

export default defineConfig({
  // Relative asset paths so `npm run build` output works from any static server or sub-folder, offline.
  base: "./",
  plugins: [graphData()],
  publicDir: false,
  server: { host: "127.0.0.1", port: 5173 },
  build: { outDir: "dist", target: "es2022", chunkSizeWarningLimit: 1500 },
  worker: { format: "es" },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
