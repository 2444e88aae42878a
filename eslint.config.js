// Lint: typescript-eslint's recommended rules, and the architecture's dependency direction as an error.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const NO_RENDERER = {
  group: ["sigma", "sigma/*", "@sigma/*", "**/explorer/**"],
  message: "Pure layers must not import the renderer or the explorer.",
};
const NO_NODE = {
  group: ["node:*", "fs", "path", "os", "child_process"],
  message: "Browser-side code must not import Node modules.",
};
const NO_NODE_ONLY = {
  group: ["**/curation/file.ts", "**/curation/project.ts", "**/server/**", "**/cli/**"],
  message: "Browser-side code must not import Node-only modules.",
};

/** The layers above extraction: extraction and world knowledge never reach up into them. */
const NOT_ABOVE_EXTRACT = {
  group: [
    "**/corpus/**",
    "**/layout/**",
    "**/export/**",
    "**/eval/**",
    "**/cli/**",
    "**/server/**",
    "**/curation/**",
    "**/analysis/**",
    "**/cache/**",
  ],
  message: "extract/ and knowledge/ import only model/, knowledge/ and themselves (README, Architecture).",
};
/** The ground floor: the graph contract imports nothing else of src/. */
const MODEL_GROUND = {
  group: ["../**"],
  message: "model/ is the ground floor: it imports nothing else of src/ (README, Architecture).",
};

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
  // The dependency direction of the README's architecture section, as errors.
  {
    // Layers that run in Node and in the browser alike: no renderer, no explorer, no Node module.
    files: [
      "src/model/**",
      "src/extract/**",
      "src/analysis/**",
      "src/curation/apply.ts",
      "src/curation/edit.ts",
      "src/curation/index.ts",
      "src/curation/schema.ts",
      "src/curation/types.ts",
    ],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_RENDERER, NO_NODE, NO_NODE_ONLY] }] },
  },
  {
    // Extraction and world knowledge sit under every other layer but the model.
    files: ["src/extract/**", "src/knowledge/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [NO_RENDERER, NO_NODE, NO_NODE_ONLY, NOT_ABOVE_EXTRACT] }],
    },
  },
  {
    files: ["src/model/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_RENDERER, NO_NODE, NO_NODE_ONLY, MODEL_GROUND] }] },
  },
  {
    // Node-side layers: no renderer, no explorer.
    files: ["src/export/**/*.ts", "src/cli/**", "src/server/**", "src/curation/file.ts", "src/curation/project.ts"],
    ignores: ["src/export/download.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_RENDERER] }] },
  },
  {
    // The explorer runs in the browser: no Node module, nothing Node-only.
    files: ["src/explorer/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_NODE, NO_NODE_ONLY] }] },
  },
);
