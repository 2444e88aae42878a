import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryPathFor, writeFileAtomic } from "../../../src/files/atomic-write.ts";

const SOURCE = new URL("../../../src/files/atomic-write.ts", import.meta.url).pathname;

describe("atomic output", () => {
  it("replaces the target in one step", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-atomic-"));
    const target = join(dir, "graph.json");
    writeFileSync(target, "old");
    await writeFileAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("creates missing parent folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-atomic-"));
    await writeFileAtomic(join(dir, "a/b/graph.json"), "x");
    expect(readFileSync(join(dir, "a/b/graph.json"), "utf8")).toBe("x");
  });

  it("leaves neither a half-written target nor a temporary file when the write fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-atomic-"));
    const target = join(dir, "graph.json");
    mkdirSync(target); // rename onto a directory fails
    await expect(writeFileAtomic(target, "data")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect(readdirSync(target)).toEqual([]);
  });

  it("names its temporary file unpredictably, beside the target and hidden", () => {
    const names = new Set(Array.from({ length: 100 }, () => temporaryPathFor("/x/graph.json")));
    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(/^\/x\/\.graph\.json\.[0-9a-f]{16}\.tmp$/);
    expect([...names].some((n) => n.includes(String(process.pid)))).toBe(false);
  });

  it("never writes through a link planted where the target's folder is written", async () => {
    // Even a planted link named like a temporary file is harmless: the name is random and the file is created with
    // O_EXCL. Here a link planted *as the target* is replaced by the rename, and its destination is left alone.
    const dir = mkdtempSync(join(tmpdir(), "entente-atomic-"));
    const victim = join(dir, "victim");
    writeFileSync(victim, "precious");
    symlinkSync(victim, join(dir, "graph.json"));
    await writeFileAtomic(join(dir, "graph.json"), "new");
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(join(dir, "graph.json"), "utf8")).toBe("new");
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "removes its temporary file when %s arrives mid-write, and still ends by that signal",
    async (signal) => {
      const dir = mkdtempSync(join(tmpdir(), "entente-atomic-signal-"));
      const target = join(dir, "big.bin");
      // A big buffer, so writing and fsync-ing it leaves time to send the signal while the temporary file exists.
      const code = `import { writeFileAtomic } from ${JSON.stringify(SOURCE)};\nawait writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(128 * 1024 * 1024, 1));\n`;
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
        stdio: "ignore",
      });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
      let sawTemporary = false;
      for (let i = 0; i < 3000 && child.exitCode === null; i++) {
        if (readdirSync(dir).some((f) => f.endsWith(".tmp"))) {
          sawTemporary = true;
          child.kill(signal);
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      const endedBy = await ended;
      if (!sawTemporary) {
        console.info(
          `atomic-write: the ${signal} row saw no temporary file (the write finished first); nothing to check`,
        );
        return;
      }
      expect(endedBy).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(target)).toBe(false);
    },
    60_000,
  );
});
