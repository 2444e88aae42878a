// Vite serves and builds the explorer; Vitest runs two projects: fast unit tests and browser end-to-end tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative asset paths so `npm run build` output works from any static server or sub-folder, offline.
  base: "./",
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
