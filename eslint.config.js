// Lint: typescript-eslint's recommended rules, and the architecture's dependency direction as an error.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "bench/out/**", "graph-data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure layers never touch the DOM or sigma: they run in Node (CLI, tests) and in the browser alike.
    files: ["src/model/**", "src/extract/**", "src/export/**/*.ts", "src/cli/**"],
    ignores: ["src/export/download.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["sigma", "sigma/*", "@sigma/*", "**/explorer/**"], message: "Pure layers must not import the renderer or the explorer." }] },
      ],
    },
  },
);
