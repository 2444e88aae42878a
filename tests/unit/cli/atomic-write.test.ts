import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../../src/cli/atomic-write.ts";

describe("atomic output", () => {
  it("replaces the target in one step", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-atomic-"));
    const target = join(dir, "graph.json");
    writeFileSync(target, "old");
    writeFileAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("leaves neither a half-written target nor a temporary file when the write fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-atomic-"));
    const target = join(dir, "graph.json");
    mkdirSync(target); // rename onto a directory fails
    expect(() => writeFileAtomic(target, "data")).toThrow();
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect(readdirSync(target)).toEqual([]);
  });
});
