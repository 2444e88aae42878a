/**
 * The dependency direction the README states is enforced by ESLint (`eslint.config.js`), not by vigilance: an import
 * against it fails `npm test`. Lints imagined files at real paths with the project's own configuration.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: new URL("../../..", import.meta.url).pathname });

async function importErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the architecture's dependency direction", () => {
  it.each([
    ["extract/ reaching up into layout/", "src/extract/probe.ts", 'import { settle } from "../layout/index.ts";'],
    ["extract/ reaching into eval/", "src/extract/relations/probe.ts", 'import "../../eval/index.ts";'],
    ["knowledge/ reaching into corpus/", "src/knowledge/probe.ts", 'import "../corpus/index.ts";'],
    ["model/ importing anything else of src/", "src/model/probe.ts", 'import "../extract/index.ts";'],
    ["a pure layer importing Node", "src/extract/probe.ts", 'import { readFileSync } from "node:fs";'],
    ["the explorer importing a Node-only module", "src/explorer/probe.ts", 'import "../cli/output.ts";'],
  ])("refuses %s", async (_what, path, source) => {
    expect(await importErrors(path, `${source}\nexport {};\n`)).not.toEqual([]);
  });

  it("lets each layer import what is below it", async () => {
    expect(await importErrors("src/extract/probe.ts", 'import "../model/types.ts";\nexport {};\n')).toEqual([]);
    expect(await importErrors("src/extract/probe.ts", 'import "../knowledge/leaders.ts";\nexport {};\n')).toEqual([]);
    expect(await importErrors("src/cli/probe.ts", 'import "../extract/index.ts";\nexport {};\n')).toEqual([]);
  });
});
