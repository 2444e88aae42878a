/** `entente calibrate` end to end: it writes a valid, deterministic table and prints what the README promises. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileRulePrecisionTable } from "../../../src/extract/resolve/rule-precision.ts";
import { runCli } from "../cli/run-cli.ts";
import { DEVSET, HAVE_DEVSET } from "../eval/devset.ts";

const work = mkdtempSync(join(tmpdir(), "entente-calibrate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!HAVE_DEVSET)("entente calibrate", { timeout: 180_000 }, () => {
  it("writes the same valid table twice, and prints per-rule counts, reliability and the checks", () => {
    const out = join(work, "table.json");
    const first = runCli(["calibrate", "--devset", DEVSET, "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    const table = compileRulePrecisionTable(JSON.parse(text), out);
    // The dev set, the bundled corpus, then each held-out fixture in dev-set format, by folder name.
    const names = table.sets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["dev set", "bundled"]);
    expect(names.slice(2)).toEqual(names.slice(2).sort());
    expect(names.slice(2).every((n) => n.startsWith("held-out "))).toBe(true);
    expect(Object.keys(table.rules)).toEqual(Object.keys(table.rules).sort());
    expect(Object.keys(table.rules).length).toBeGreaterThan(3);
    expect(first.stdout).toMatch(/^pair\.entre +\d+ +\d+ +\d+ +0\.\d{3}$/m);
    expect(first.stdout).toMatch(/^ {2}\[0\.95, 1\.00\] +\d+ +\d+ +(\d\.\d{3}|—)$/m);
    expect(first.stdout).toMatch(
      /^check on the dev set \(fitted on all sets\): confidence ≥ 0\.8: \d+\/\d+ right or allowed/m,
    );
    expect(first.stdout).toMatch(/^check, 5-fold cross-validated on the dev set: /m);
    const second = runCli(["calibrate", "--devset", DEVSET, "--out", out]);
    expect(second.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(text);
  });

  it("with --readme rewrites only the calibration block of a README, with the figures of the table it wrote", () => {
    const out = join(work, "table-readme.json");
    const readme = join(work, "README.md");
    writeFileSync(
      readme,
      "# Title\n\nbefore\n<!-- calibration:start -->\nold figures\n<!-- calibration:end -->\nafter\n",
    );
    const run = runCli(["calibrate", "--devset", DEVSET, "--out", out, "--readme", readme]);
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(readme, "utf8");
    expect(
      text.startsWith("# Title\n\nbefore\n<!-- calibration:start -->\n**The table the confidence came from**"),
    ).toBe(true);
    expect(text.endsWith("<!-- calibration:end -->\nafter\n")).toBe(true);
    expect(text).not.toContain("old figures");
    const table = compileRulePrecisionTable(JSON.parse(readFileSync(out, "utf8")), out);
    const [id, counts] = Object.entries(table.rules)[0]!;
    expect(text).toContain(
      `| \`${id}\` | ${counts.right} | ${counts.allowed} | ${counts.wrong} | ${counts.precision.toFixed(3)} |`,
    );
    // A README without the markers is refused before any work, and nothing is written.
    writeFileSync(readme, "no markers\n");
    const refused = runCli([
      "calibrate",
      "--devset",
      DEVSET,
      "--out",
      join(work, "unwritten.json"),
      "--readme",
      readme,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/README\.md: the README has no "<!-- calibration:start -->"/);
    expect(readFileSync(readme, "utf8")).toBe("no markers\n");
    expect(existsSync(join(work, "unwritten.json"))).toBe(false);
  });

  it("with --dry-run writes nothing; a missing dev set is named, exit code 2", () => {
    const out = join(work, "never.json");
    const dry = runCli(["calibrate", "--devset", DEVSET, "--out", out, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(() => readFileSync(out)).toThrow();
    const missing = runCli(["calibrate", "--devset", join(work, "nowhere"), "--out", out]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^entente calibrate: dev set: .*nowhere/m);
  });
});
