import { mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { ROOT, runCli } from "./run-cli.ts";

const committed = readFileSync(join(ROOT, "graph-data/graph.json"), "utf8");

describe("entente build", { timeout: 180_000 }, () => {
  it("rebuilds the committed graph of the bundled corpus byte for byte, twice", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-build-"));
    const first = runCli(["build", "--out", join(dir, "a.json")]);
    const second = runCli(["build", "--out", join(dir, "b.json"), "--quiet"]);
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(committed);
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe(committed);
    expect(first.stderr).toMatch(/articles: 5 read, 0 skipped/);
    expect(first.stderr).toMatch(/nodes: state \d+, leader \d+/);
    expect(first.stderr).toMatch(/edges: cooperation \d+, dispute \d+, alliance \d+, serves \d+/);
  });

  it("skips bad articles with a reason naming each file, keeps the good ones, and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-bad-"));
    const corpus = join(dir, "articles");
    mkdirSync(corpus);
    copyFileSync(join(ROOT, "graph-data/articles/003_65c4bf68423a7321.txt"), join(corpus, "good.txt"));
    copyFileSync(join(ROOT, "graph-data/articles/003_65c4bf68423a7321.txt"), join(corpus, "copy.txt"));
    writeFileSync(join(corpus, "empty.txt"), "");
    writeFileSync(join(corpus, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    writeFileSync(
      join(corpus, "latin1.txt"),
      Buffer.from("Le pr\xe9sident russe a rencontr\xe9 son homologue.", "latin1"),
    );
    writeFileSync(
      join(corpus, "english.txt"),
      "The Russian president met his Japanese counterpart on Thursday in Moscow to discuss the territorial dispute over the Kuril islands and economic cooperation.\n".repeat(
        3,
      ),
    );
    const out = join(dir, "graph.json");
    const result = runCli(["build", "--articles", corpus, "--out", out]);
    expect(result.status).toBe(1);
    for (const file of ["empty.txt", "binary.txt", "latin1.txt", "english.txt"])
      expect(result.stderr).toContain(`"${file}"`);
    expect(result.stderr).toMatch(/"good.txt"|"copy.txt"/);
    expect(result.stderr).toMatch(/duplicate/i);
    const graph = parseGraphFile(readFileSync(out, "utf8"));
    expect(graph.getAttribute("articles")).toHaveLength(1);
    expect(graph.hasNode("leader:vladimir-poutine")).toBe(true);
  });

  it("says clearly when the corpus folder does not exist, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-missing-"));
    const result = runCli(["build", "--articles", join(dir, "nope"), "--out", join(dir, "g.json")]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("nope");
    expect(existsSync(join(dir, "g.json"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(["build", "eval", "export"])("documents `%s` in --help", (command) => {
    const result = runCli([command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: entente ${command}`);
  });
});
