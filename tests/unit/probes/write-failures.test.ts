/**
 * Probe: every way an output can fail ends the same way: one plain sentence naming the file and the cause, no stack
 * trace, exit code 2, nothing left behind, the previous file intact. Full disk and read-only folder use small tmpfs
 * mounts where the system allows (root in a container that may mount), and are skipped with a message elsewhere.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runExport } from "../../../src/cli/commands/export.ts";
import { EXIT, exitCodeFor, OutputError, UsageError, writeOutputFile } from "../../../src/cli/output.ts";
import { GraphFileError } from "../../../src/model/graph-io.ts";
import { ROOT, runCli } from "../cli/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "entente-write-"));
const corpus = join(work, "articles");
const mounts: string[] = [];

/** Mounts a tmpfs (read-only or of `size`), or returns null when this system does not let us. */
function mountTmpfs(name: string, options: string): string | null {
  const dir = join(work, name);
  mkdirSync(dir);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" });
    mounts.push(dir);
    return dir;
  } catch {
    return null;
  }
}

beforeAll(() => {
  mkdirSync(corpus);
  copyFileSync(join(ROOT, "graph-data/articles/000_3de00a28da66687e.txt"), join(corpus, "a.txt"));
});
afterAll(() => {
  for (const dir of mounts) spawnSync("umount", [dir]);
  rmSync(work, { recursive: true, force: true });
});

function expectOutputError(result: ReturnType<typeof runCli>, input: string, cause: RegExp): void {
  expect(result.status, `${input}: exit code (stderr: ${result.stderr})`).toBe(2);
  expect(result.stderr, input).toMatch(cause);
  expect(result.stderr, `${input}: no stack trace`).not.toMatch(/\n\s+at /);
}

describe("probe: output write failures, in process", () => {
  it.each<[string, (dir: string) => string, RegExp]>([
    ['an empty path (--out "")', () => "", /--out is empty/],
    ["a folder", (dir) => dir, /is a folder; --out takes a file path/],
    [
      "a path under a file",
      (dir) => (writeFileSync(join(dir, "file"), ""), join(dir, "file/graph.json")),
      /a parent in the path is a file/,
    ],
  ])("writing to %s fails with an OutputError naming the cause, and leaves nothing", async (_input, target, cause) => {
    const dir = mkdtempSync(join(work, "case-"));
    const before = readdirSync(dir);
    const path = target(dir);
    const after = readdirSync(dir);
    await expect(writeOutputFile(path, "data")).rejects.toThrow(cause);
    await expect(writeOutputFile(path, "data")).rejects.toBeInstanceOf(OutputError);
    expect(readdirSync(dir)).toEqual(after.length > before.length ? after : before);
  });

  it("writing to a full disk fails with 'the disk is full', leaves no temporary file and the previous file intact", async (context) => {
    const full = mountTmpfs("full", "size=4k");
    if (full === null) {
      console.info(
        "probe: skipped the full-disk row: cannot mount a tmpfs here (needs root in a container that allows it)",
      );
      context.skip();
    }
    writeFileSync(join(full!, "graph.json"), "previous");
    await expect(writeOutputFile(join(full!, "graph.json"), "x".repeat(64 * 1024))).rejects.toThrow(/the disk is full/);
    expect(readdirSync(full!)).toEqual(["graph.json"]);
    expect(readFileSync(join(full!, "graph.json"), "utf8")).toBe("previous");
  });

  it("writing into a read-only folder fails with 'read-only'", async (context) => {
    const readOnly = mountTmpfs("ro", "ro,size=4k");
    if (readOnly === null) {
      console.info("probe: skipped the read-only row: cannot mount a read-only tmpfs here");
      context.skip();
    }
    await expect(writeOutputFile(join(readOnly!, "graph.json"), "data")).rejects.toThrow(/read-only/);
  });
});

describe("probe: exit codes, in process", () => {
  it("a bad option is a usage error (2), a corrupt graph refused input (1), an unwritable output 2", () => {
    const usage = (() => {
      try {
        runExport({ format: "gexf", graph: join(ROOT, "graph-data/graph.json"), undated: "always", from: "hier" });
      } catch (error) {
        return error as Error;
      }
      return null;
    })();
    expect(usage).toBeInstanceOf(UsageError);
    expect(exitCodeFor(usage!)).toBe(EXIT.usageOrOutput);
    expect(exitCodeFor(new GraphFileError("g.json: not valid JSON"))).toBe(EXIT.inputRefused);
    expect(exitCodeFor(new OutputError("g.json: cannot write"))).toBe(EXIT.usageOrOutput);
  });
});

describe("probe: output write failures through the CLI", { timeout: 120_000 }, () => {
  it('build --out "": exit 2 before any work, with the reason, and no tsx compile cache in the shared temporary folder', () => {
    // Another local user could plant compiled code in os.tmpdir()/tsx-<uid>: the CLI must not use a cache there.
    const temporary = mkdtempSync(join(work, "tmpdir-"));
    const args = [`${ROOT}bin/entente.js`, "build", "--articles", corpus, "--no-layout", "--out", ""];
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, TMPDIR: temporary },
    });
    expectOutputError(
      { status: result.status, stdout: result.stdout, stderr: result.stderr },
      '--out ""',
      /entente build: --out is empty/,
    );
    expect(readdirSync(temporary), "files left in TMPDIR").toEqual([]);
  });

  it("build to a full disk: exit 2, the previous graph intact", (context) => {
    const full = mountTmpfs("full-cli", "size=4k");
    if (full === null) {
      console.info("probe: skipped the full-disk CLI row: cannot mount a tmpfs here");
      context.skip();
    }
    writeFileSync(join(full!, "graph.json"), "previous");
    const result = runCli(["build", "--articles", corpus, "--no-layout", "--out", join(full!, "graph.json")]);
    expectOutputError(result, "a 4 KiB tmpfs", /entente build: .*the disk is full/);
    expect(readdirSync(full!)).toEqual(["graph.json"]);
    expect(readFileSync(join(full!, "graph.json"), "utf8")).toBe("previous");
  });

  it("export to a full stdout (/dev/full): exit 2, says the disk is full", () => {
    const result = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${ROOT}bin/entente.js" export --format gexf > /dev/full`],
      { cwd: ROOT, encoding: "utf8" },
    );
    expectOutputError(
      { status: result.status, stdout: result.stdout, stderr: result.stderr },
      "stdout is /dev/full",
      /stdout: cannot write the output \(the disk is full/,
    );
  });

  it("export piped into a reader that stops early (| head -c 100): exit 0, nothing on stderr", () => {
    const piped = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${ROOT}bin/entente.js" export --format gexf | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(piped.stderr, "nothing on stderr").toBe("");
    expect(piped.stdout.trim(), "entente's exit code").toBe("0");
  });

  it.each<[string, string[]]>([["an unknown option", ["build", "--bogus"]]])(
    "%s is a usage error: exit 2",
    (input, args) => {
      const result = runCli(args);
      expect(result.status, `${input}: ${result.stderr}`).toBe(2);
      expect(result.stderr, input).not.toMatch(/\n\s+at /);
    },
  );

  it("an admitted article that gives no sentence is named in a notice and the summary", () => {
    const silent = join(work, "silent");
    mkdirSync(silent);
    copyFileSync(join(corpus, "a.txt"), join(silent, "a.txt"));
    writeFileSync(join(silent, "chrome.txt"), "Titre\nPartager cet article\nAbonnez-vous\nUne ligne sans fin\n");
    const result = runCli(["build", "--articles", silent, "--no-layout", "--out", join(work, "silent.json")]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/notice: extract: "chrome\.txt" gave no sentence/);
    expect(result.stderr).toMatch(/articles: 2 read, 0 skipped, 1 gave no sentence/);
  });
});
