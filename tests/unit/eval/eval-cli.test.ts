/** `entente eval` as a user runs it: the report, `--json`, `--by-rule`, floors and their exit codes, bad input. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serializeGraph } from "../../../src/model/graph-io.ts";
import { runCli } from "../cli/run-cli.ts";
import { SMALL_GOLD, smallGraph } from "./small.ts";

const work = mkdtempSync(join(tmpdir(), "entente-eval-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const graphFile = join(work, "graph.json");
const goldFile = join(work, "gold.json");
const articles = join(work, "articles");
writeFileSync(graphFile, serializeGraph(smallGraph()));
writeFileSync(goldFile, JSON.stringify(SMALL_GOLD));
mkdirSync(articles);
writeFileSync(
  join(articles, "a-2013.txt"),
  "Titre\nTokyo et Moscou sont convenus de mener des exercices conjoints de sauvetage en mer.\n",
);
const base = ["eval", "--graph", graphFile, "--gold", goldFile, "--articles", articles];

describe("entente eval", { timeout: 120_000 }, () => {
  it("prints relations overall and per type, entities, memberships, chrome, forbidden names, duplicates, and the errors", () => {
    const run = runCli(base);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "relations (pair, type)   P 0.333  R 0.500  F1 0.400   right 2, allowed 1, wrong 4; found 2 of 4 required",
    );
    expect(run.stdout).toMatch(/^ {2}cooperation +P 0\.500 {2}R 0\.500/m);
    expect(run.stdout).toMatch(/^leader → state links +2 of 3$/m);
    expect(run.stdout).toMatch(/^evidence from chrome +1$/m);
    expect(run.stdout).toContain("missing relations (2):\n  - PRK~RUS:dispute\n  - CHN~RUS:cooperation");
    expect(run.stdout).toContain("  - abe~poutine|cooperation");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "entF1=0.67 relP=0.33 relR=0.50 relF1=0.40 prov=1/2 members=2/3 dupes=1 forbidden=1 boilerEv=1",
    );
  });

  it("prints precision per rule with --by-rule, and everything as JSON with --json", () => {
    expect(runCli([...base, "--by-rule"]).stdout).toMatch(/^pair\.closed-group +2 +1 +1 +0 +1\.00 +4$/m);
    const json = JSON.parse(runCli([...base, "--by-rule", "--json"]).stdout);
    expect(json.relations.truePositives).toBe(2);
    expect(json.byRule.map((r: { rule: string }) => r.rule)).toEqual([
      "pair.agent-target",
      "pair.closed-group",
      "pair.entre",
      "pair.nearest",
    ]);
  });

  it("exits 1 and names the measure when a floor is missed, 0 when every floor holds", () => {
    const missed = runCli([...base, "--min-rel-p", "0.9", "--min-ent-f1", "0.5"]);
    expect(missed.status).toBe(1);
    expect(missed.stderr).toBe("entente eval: relation precision 0.333 is below the floor 0.9\n");
    expect(
      runCli([...base, "--min-rel-p", "0.3", "--min-rel-r", "0.5", "--min-rel-f1", "0.4", "--min-ent-f1", "0.6"])
        .status,
    ).toBe(0);
    const bad = runCli([...base, "--min-rel-p", "high"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('expected a number from 0 to 1, got "high"');
  });

  it("exits 2 with a message naming the file when the gold or the graph cannot be used", () => {
    writeFileSync(join(work, "bad.gold.json"), JSON.stringify({ ...SMALL_GOLD, memberships_required: ["nobody"] }));
    const bad = runCli(["eval", "--graph", graphFile, "--gold", join(work, "bad.gold.json"), "--articles", articles]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.gold\.json: \/memberships_required "nobody" is not a leader with a state/);
    const missing = runCli(["eval", "--graph", join(work, "none.json"), "--gold", goldFile, "--articles", articles]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("none.json");
  });

  it("builds the graph from --articles when no --graph is given, and reports refused articles with exit 1", () => {
    const corpus = join(work, "corpus");
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, "a.txt"),
      "Le Japon et la Russie ont signé jeudi un accord de coopération sur la pêche.\n",
    );
    writeFileSync(join(corpus, "b.txt"), "");
    const gold = {
      articles: { a: {} },
      entities: { JPN: { type: "state", names: ["JPN"] }, RUS: { type: "state", names: ["RUS"] } },
      relations: [{ a: "JPN", b: "RUS", types: ["cooperation"], required: true, sources: ["a"] }],
    };
    writeFileSync(join(work, "ab.gold.json"), JSON.stringify(gold));
    const run = runCli(["eval", "--gold", join(work, "ab.gold.json"), "--articles", corpus]);
    expect(run.stderr).toMatch(/^skipped: .*b\.txt/m);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("entF1=1.00 relP=1.00 relR=1.00 relF1=1.00 prov=1/1");
  });
});
