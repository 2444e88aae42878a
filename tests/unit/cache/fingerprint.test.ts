// The extractor's fingerprint follows the bytes of the code and data extraction reads, and nothing else.
import { cpSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractorFingerprint } from "../../../src/cache/fingerprint.ts";

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "entente-fingerprint-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ version: "1.2.3" }));
  mkdirSync(join(root, "src/extract/text"), { recursive: true });
  mkdirSync(join(root, "graph-data/knowledge"), { recursive: true });
  writeFileSync(join(root, "src/extract/article.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "src/extract/text/normalise.ts"), "export const n = 1;\n");
  writeFileSync(join(root, "graph-data/knowledge/titles.json"), '{"président":"head-of-state"}\n');
  return root;
}

describe("extractorFingerprint", () => {
  it("is the same for the same files, wherever they are and whatever their dates", () => {
    const a = tree();
    const b = join(mkdtempSync(join(tmpdir(), "entente-fingerprint-copy-")), "copy");
    cpSync(a, b, { recursive: true });
    utimesSync(join(b, "src/extract/article.ts"), new Date(0), new Date(0));
    expect(extractorFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(extractorFingerprint(b)).toBe(extractorFingerprint(a));
  });

  it.each([
    ["a source file changes", "src/extract/text/normalise.ts", "export const n = 2;\n"],
    ["a knowledge file changes", "graph-data/knowledge/titles.json", '{"président":"leader"}\n'],
    ["a knowledge file is added", "graph-data/knowledge/cues.json", "{}\n"],
    ["the calibration table appears", "graph-data/calibration/rule-precision.json", "{}\n"],
    ["the package version changes", "package.json", '{"version":"1.2.4"}'],
    ["a dependency changes", "package-lock.json", '{"eld":"2.1.1"}'],
    ["the intake changes", "src/corpus/intake.ts", "export {};\n"],
  ])("changes when %s", (_, file, content) => {
    const root = tree();
    const before = extractorFingerprint(root);
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), content);
    expect(extractorFingerprint(root)).not.toBe(before);
  });

  it("ignores files extraction does not read", () => {
    const root = tree();
    const before = extractorFingerprint(root);
    mkdirSync(join(root, "src/explorer"), { recursive: true });
    writeFileSync(join(root, "src/explorer/panel.ts"), "export {};\n");
    writeFileSync(join(root, "README.md"), "# changed\n");
    expect(extractorFingerprint(root)).toBe(before);
  });
});
