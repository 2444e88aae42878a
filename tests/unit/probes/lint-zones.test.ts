/**
 * The dependency direction the README states is enforced by ESLint (`eslint.config.js`), not by vigilance: an import
 * against it fails `npm test`. Lints imagined files at real paths with the project's own configuration, and checks
 * that the configuration, the folders of `src/` and the README's architecture tree say the same thing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../../", import.meta.url);
const eslint = new ESLint({ cwd: ROOT.pathname });
// The configuration is plain JavaScript: its exports are read at run time and typed here.
const config = (await import(new URL("eslint.config.js", ROOT).href)) as {
  LAYERS: Record<string, string[]>;
  DOORS: Record<string, string[]>;
};

async function importErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the architecture's dependency direction", () => {
  it.each([
    ["extract/ reaching up into layout/", "src/extract/probe.ts", 'import { settle } from "../layout/index.ts";'],
    ["extract/ reaching into eval/", "src/extract/relations/probe.ts", 'import "../../eval/index.ts";'],
    ["knowledge/ reaching into corpus/", "src/knowledge/probe.ts", 'import "../corpus/index.ts";'],
    ["model/ importing anything else of src/", "src/model/probe.ts", 'import "../extract/index.ts";'],
    ["files/ importing the model", "src/files/probe.ts", 'import "../model/types.ts";'],
    ["a pure layer importing Node", "src/extract/probe.ts", 'import { readFileSync } from "node:fs";'],
    ["the explorer importing a Node-only module", "src/explorer/probe.ts", 'import "../cli/output.ts";'],
    ["appearance/ reaching up into layout/", "src/appearance/probe.ts", 'import "../layout/index.ts";'],
    ["appearance/ importing the renderer", "src/appearance/probe.ts", 'import Sigma from "sigma";'],
    ["layout/ reaching up into export/", "src/layout/probe.ts", 'import "../export/gexf.ts";'],
    ["analysis/ reaching up into export/", "src/analysis/probe.ts", 'import "../export/csv.ts";'],
    ["export/ reaching into the explorer", "src/export/probe.ts", 'import "../explorer/appearance.ts";'],
    ["export/ reaching into corpus/", "src/export/probe.ts", 'import "../corpus/index.ts";'],
    ["eval/ reaching into corpus/", "src/eval/probe.ts", 'import "../corpus/index.ts";'],
    ["curation/ reaching up into cli/", "src/curation/probe.ts", 'import "../cli/output.ts";'],
    ["corpus/ reaching into extract/", "src/corpus/html/probe.ts", 'import "../../extract/index.ts";'],
    ["cache/ reaching up into server/", "src/cache/probe.ts", 'import "../server/server.ts";'],
    ["server/ reaching up into cli/", "src/server/probe.ts", 'import "../cli/output.ts";'],
    ["cli/ importing the explorer", "src/cli/commands/probe.ts", 'import "../../explorer/app.ts";'],
    ["the explorer reaching into eval/", "src/explorer/probe.ts", 'import "../eval/index.ts";'],
    ["the explorer reaching into cache/", "src/explorer/probe.ts", 'import "../cache/store.ts";'],
  ])("refuses %s", async (_what, path, source) => {
    expect(await importErrors(path, source)).not.toEqual([]);
  });

  it.each([
    ["eval/ past extract's door", "src/eval/probe.ts", 'import "../extract/lexicon/lexicon.ts";'],
    ["cli/ past extract's door", "src/cli/commands/probe.ts", 'import "../../extract/resolve/rule-precision.ts";'],
    ["export/ past analysis's door", "src/export/probe.ts", 'import "../analysis/measures.ts";'],
    ["the explorer past corpus's door", "src/explorer/probe.ts", 'import "../corpus/intake.ts";'],
    ["the explorer past appearance's door", "src/explorer/probe.ts", 'import "../appearance/palette.ts";'],
    ["server/ past curation's door", "src/server/probe.ts", 'import "../curation/edit.ts";'],
    [
      "the layout past appearance's door",
      "src/layout/probe.ts",
      'import type { Rgb } from "../appearance/palette.ts";',
    ],
  ])("refuses an import of %s", async (_what, path, source) => {
    expect(await importErrors(path, source)).toEqual([expect.stringContaining("through its door")]);
  });

  it("lets each layer import what is below it, through its doors", async () => {
    const allowed: [string, string][] = [
      ["src/extract/probe.ts", 'import "../model/types.ts";'],
      ["src/extract/probe.ts", 'import "../knowledge/leaders.ts";'],
      ["src/cli/probe.ts", 'import "../extract/index.ts";'],
      ["src/cli/commands/probe.ts", 'import "../../corpus/read-folder.ts";'],
      ["src/layout/probe.ts", 'import "../appearance/index.ts";'],
      ["src/export/probe.ts", 'import "../analysis/index.ts";'],
      ["src/eval/probe.ts", 'import "../extract/index.ts";'],
      ["src/curation/file.ts", 'import "../files/atomic-write.ts";'],
      ["src/server/probe.ts", 'import "../curation/project.ts";'],
      ["src/explorer/probe.ts", 'import "../layout/supervisor.ts";'],
      ["src/explorer/probe.ts", 'import "../corpus/html/page-as-text.ts";'],
      // Inside a module, files reach each other freely: `../text/` from extract/mentions/ is extract's own text/.
      ["src/extract/mentions/probe.ts", 'import "../text/normalise.ts";\nimport "../lexicon/lexicon.ts";'],
    ];
    for (const [path, source] of allowed) expect([path, await importErrors(path, source)]).toEqual([path, []]);
  });
});

describe("the configuration", () => {
  const folders = readdirSync(new URL("src/", ROOT), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it("zones every folder of src/, each importing only other layers, without a cycle", () => {
    expect(Object.keys(config.LAYERS).sort()).toEqual(folders);
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (layer: string, path: string[]): void => {
      if (done.has(layer)) return;
      if (visiting.has(layer)) throw new Error(`cycle: ${[...path, layer].join(" → ")}`);
      visiting.add(layer);
      for (const below of config.LAYERS[layer]!) {
        expect(folders).toContain(below);
        visit(below, [...path, layer]);
      }
      visiting.delete(layer);
      done.add(layer);
    };
    for (const layer of folders) visit(layer, []);
  });

  it("holds the direction in every file of src/, however deep (the entry main.ts aside)", async () => {
    const files = (readdirSync(new URL("src/", ROOT), { recursive: true }) as string[])
      .filter((file) => file.endsWith(".ts") && file !== "main.ts")
      .map((file) => `src/${file}`);
    const unzoned: string[] = [];
    for (const file of files) {
      const fileConfig = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
      if (fileConfig.rules?.["no-restricted-imports"] === undefined) unzoned.push(file);
    }
    expect(unzoned).toEqual([]);
  });

  it("gives a door to every module with an index.ts, and every door exists", () => {
    const withIndex = folders.filter((folder) => existsSync(new URL(`src/${folder}/index.ts`, ROOT)));
    expect(Object.keys(config.DOORS).sort()).toEqual(withIndex);
    for (const [module, doors] of Object.entries(config.DOORS))
      for (const door of doors)
        expect(existsSync(new URL(`src/${module}/${door}`, ROOT)), `${module}/${door}`).toBe(true);
  });

  it("matches the README's architecture tree", () => {
    const readme = readFileSync(new URL("README.md", ROOT), "utf8");
    const section = readme.slice(readme.indexOf("## Architecture"), readme.indexOf("## Dependencies and why"));
    const drawn = Object.fromEntries(
      [...section.matchAll(/^ {2}([a-z-]+)\/\s+\[([a-z -]*)\]/gm)].map(([, layer, below]) => [
        layer,
        below!.split(" ").filter(Boolean),
      ]),
    );
    expect(drawn).toEqual(config.LAYERS);
  });
});
