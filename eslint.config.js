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
  group: ["**/curation/file.ts", "**/curation/project.ts", "**/server/**", "**/cli/**", "**/files/**"],
  message: "Browser-side code must not import Node-only modules.",
};
/** The ground floor: the graph contract imports nothing else of src/ (nor graph-data/). */
const MODEL_GROUND = {
  group: ["../**"],
  message: "model/ is the ground floor: it imports nothing else of src/ (README, Architecture).",
};

/**
 * The layers of src/ and, for each, the layers it may import (README, Architecture): a tree whose ground floors are
 * model/ (the graph contract) and files/ (Node file output). A layer imports itself and the layers listed, nothing
 * else of src/.
 */
export const LAYERS = {
  model: [],
  files: [],
  knowledge: ["model"],
  extract: ["model", "knowledge"],
  appearance: ["model"],
  layout: ["model", "appearance"],
  analysis: ["model", "layout"],
  export: ["model", "appearance", "layout", "analysis"],
  corpus: ["model"],
  eval: ["model", "extract"],
  curation: ["model", "files"],
  cache: ["model", "files", "corpus", "extract"],
  server: ["model", "files", "corpus", "curation"],
  cli: [
    "model",
    "files",
    "knowledge",
    "extract",
    "appearance",
    "layout",
    "analysis",
    "export",
    "corpus",
    "eval",
    "curation",
    "cache",
    "server",
  ],
  explorer: ["model", "knowledge", "extract", "appearance", "layout", "analysis", "export", "corpus", "curation"],
};

/**
 * The doors of the modules that have an `index.ts`: from outside such a module, only these files may be imported.
 * The other doors are kept out of `index.ts` so a runtime or a bundle that does not need them never loads them:
 * corpus's folder reader and linkedom page reader (Node) and its Readability page reader (the explorer's lazy chunk),
 * layout's worker supervisor (browser) and seeded random numbers (the analysis worker, without ForceAtlas2),
 * curation's file I/O and project layout (Node).
 * Modules without an `index.ts` (model, files, knowledge, export, cache, server, cli, explorer) are flat folders of
 * independent files, each its own door. A dynamic `import()` (a lazily loaded chunk) is not checked.
 */
export const DOORS = {
  analysis: ["index.ts"],
  appearance: ["index.ts"],
  corpus: ["index.ts", "read-folder.ts", "html/linkedom-reader.ts", "html/page-as-text.ts"],
  curation: ["index.ts", "file.ts", "project.ts"],
  eval: ["index.ts"],
  extract: ["index.ts"],
  layout: ["index.ts", "supervisor.ts", "rng.ts"],
};

/** What each layer may import at run time: nothing Node-side in the browser, no renderer in pure or Node code. */
const PURE = [NO_RENDERER, NO_NODE, NO_NODE_ONLY];
const NODE_SIDE = [NO_RENDERER];
const BROWSER = [NO_NODE, NO_NODE_ONLY];
const RUNTIME = {
  model: [...PURE, MODEL_GROUND],
  files: NODE_SIDE,
  knowledge: PURE,
  extract: PURE,
  appearance: PURE,
  layout: [],
  analysis: PURE,
  export: NODE_SIDE,
  corpus: [],
  eval: NODE_SIDE,
  curation: PURE,
  cache: NODE_SIDE,
  server: NODE_SIDE,
  cli: NODE_SIDE,
  explorer: BROWSER,
};
/** Files that run elsewhere than the rest of their layer. */
const RUNTIME_EXCEPTIONS = [
  { layer: "curation", file: "file.ts", runtime: NODE_SIDE },
  { layer: "curation", file: "project.ts", runtime: NODE_SIDE },
  { layer: "export", file: "download.ts", runtime: [] },
];

/** Deepest folder nesting inside a layer (src/<layer>/a/b/c/file.ts is 4). */
const MAX_DEPTH = 4;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `../` repeated `depth` times: how a file `depth` folders below src/ reaches src/. */
const up = (depth) => `^(?:\\.\\./){${depth}}`;

/** The import patterns that hold the direction for a file of `layer` nested `depth` folders below src/. */
export function directionPatterns(layer, depth) {
  const allowed = LAYERS[layer];
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  const zone =
    forbidden.length === 0
      ? []
      : [
          {
            regex: `${up(depth)}(?:${forbidden.join("|")})(?:/|$)`,
            caseSensitive: true,
            message:
              allowed.length === 0
                ? `${layer}/ is a ground floor: it imports nothing else of src/ (README, Architecture).`
                : `${layer}/ imports only ${allowed.map((l) => `${l}/`).join(", ")} and itself (README, Architecture).`,
          },
        ];
  const doors = Object.entries(DOORS)
    .filter(([module]) => module !== layer)
    .map(([module, files]) => ({
      regex: `${up(depth)}${module}/(?!(?:${files.map(escape).join("|")})$)`,
      caseSensitive: true,
      message: `Import ${module}/ through its door (${files.map((f) => `${module}/${f}`).join(", ")}), not past it.`,
    }));
  return [...zone, ...doors];
}

function restrict(patterns) {
  return { "no-restricted-imports": ["error", { patterns }] };
}

/** One block per layer and nesting depth (the same `../` means another folder at another depth), then exceptions. */
const directionBlocks = Object.keys(LAYERS).flatMap((layer) =>
  Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((depth) => ({
    files: [`src/${layer}/${"*/".repeat(depth - 1)}*.ts`],
    ignores: RUNTIME_EXCEPTIONS.filter((e) => e.layer === layer).map((e) => `src/${layer}/${e.file}`),
    rules: restrict([...RUNTIME[layer], ...directionPatterns(layer, depth)]),
  })),
);
const exceptionBlocks = RUNTIME_EXCEPTIONS.map(({ layer, file, runtime }) => ({
  files: [`src/${layer}/${file}`],
  rules: restrict([...runtime, ...directionPatterns(layer, file.split("/").length)]),
}));

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
  ...directionBlocks,
  ...exceptionBlocks,
);
