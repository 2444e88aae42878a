import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseCuration } from "../../../src/curation/index.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import type { LeaderAttributes, RelationAttributes } from "../../../src/model/types.ts";
import { ROOT, runCli } from "./run-cli.ts";

const committedText = readFileSync(join(ROOT, "graph-data/graph.json"), "utf8");
const committed = parseGraphFile(committedText);
const disputeRusUkr = committed.getEdgeAttributes("dispute:state:RUS|state:UKR");

/** A project folder of one's own: the bundled articles in DIR/articles and their built graph in DIR/graph.json. */
function projectFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-curate-"));
  mkdirSync(join(dir, "articles"));
  cpSync(join(ROOT, "graph-data/articles"), join(dir, "articles"), { recursive: true });
  writeFileSync(join(dir, "graph.json"), committedText);
  return dir;
}

describe("entente curate", { timeout: 120_000 }, () => {
  let dir: string;
  let graph: string;
  const curate = (...args: string[]) => runCli(["curate", ...args, "--graph", graph]);
  const decisions = () => parseCuration(readFileSync(join(dir, "curation.json"), "utf8")).decisions;
  beforeEach(() => {
    dir = projectFolder();
    graph = join(dir, "graph.json");
  });

  it("records decisions in curation.json beside the graph, with the date and the note", () => {
    const result = curate("reject", "dispute:state:RUS|state:UKR", "--note", "the article says the opposite");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("recorded decision 0: reject dispute:state:RUS|state:UKR");
    const [decision] = decisions();
    expect(decision).toMatchObject({
      kind: "reject",
      edge: "dispute:state:RUS|state:UKR",
      note: "the article says the opposite",
    });
    expect(Date.parse(decision!.at)).toBeGreaterThan(Date.parse("2026-01-01"));
  });

  it("refuses a target that is not in the graph, says what is there, and records nothing", () => {
    const relation = curate("reject", "cooperation:state:RUS|state:UKR");
    expect(relation.status).toBe(1);
    expect(relation.stderr).toContain(
      'no relation "cooperation:state:RUS|state:UKR" in the graph (between these actors: dispute:state:RUS|state:UKR)',
    );
    const actor = curate("merge", "leader:serguei-lavrov", "leader:poutine");
    expect(actor.status).toBe(1);
    expect(actor.stderr).toContain("did you mean leader:vladimir-poutine?");
    const mixed = curate("merge", "state:RUS", "leader:vladimir-poutine");
    expect(mixed.status).toBe(1);
    expect(curate("retype", "dispute:state:RUS|state:UKR", "war").status).toBe(1);
    expect(existsSync(join(dir, "curation.json"))).toBe(false);
  });

  it("a later verdict on the same relation replaces the earlier; list and undo", () => {
    curate("accept", "dispute:state:RUS|state:UKR");
    curate("rename", "leader:vladimir-poutine", "Vladimir V. Poutine");
    expect(curate("retype", "dispute:state:RUS|state:UKR", "alliance").stdout).toContain("(replacing 1 earlier)");
    expect(decisions().map((d) => d.kind)).toEqual(["rename", "retype"]);
    const list = curate("list");
    expect(list.stdout).toMatch(/0 {2}\S+ {2}rename leader:vladimir-poutine → "Vladimir V. Poutine"/);
    expect(list.stdout).toMatch(/1 {2}\S+ {2}retype dispute:state:RUS\|state:UKR → alliance/);
    expect(curate("undo").stdout).toContain("removed decision 1: retype");
    expect(decisions().map((d) => d.kind)).toEqual(["rename"]);
    expect(curate("undo", "4").status).toBe(1);
  });

  it("build applies the decisions, says how many, and the corrections are in graph.json with their marks", () => {
    const cited = disputeRusUkr.evidence[0]!;
    expect(curate("reject", "cooperation:state:JPN|state:RUS").status).toBe(0);
    expect(curate("merge", "leader:serguei-lavrov", "leader:serguei-choigou").status).toBe(0);
    expect(
      curate(
        "add",
        "alliance",
        "state:UKR",
        "state:RUS",
        "--article",
        cited.article,
        "--sentence",
        cited.sentence,
        "--note",
        "test",
      ).status,
    ).toBe(0);
    expect(curate("accept", "alliance:state:JPN|state:USA").status).toBe(0);
    const disputeJpnRus = committed.getEdgeAttributes("dispute:state:JPN|state:RUS");
    const dropped = disputeJpnRus.evidence.at(-1)!;
    expect(
      curate(
        "reject-evidence",
        "dispute:state:JPN|state:RUS",
        "--article",
        dropped.article,
        "--start",
        String(dropped.start),
      ).status,
    ).toBe(0);
    expect(curate("set-state", "leader:kim-jong-un", "RUS").status).toBe(0);
    // A decision about something the articles no longer give: stale, reported, not fatal.
    const file = JSON.parse(readFileSync(join(dir, "curation.json"), "utf8"));
    file.decisions.push({ kind: "drop", node: "leader:nobody", at: "2026-11-25T10:00:00Z" });
    writeFileSync(join(dir, "curation.json"), JSON.stringify(file));

    const build = runCli(["build", "--articles", join(dir, "articles"), "--out", graph, "--no-layout"]);
    expect(build.status).toBe(0);
    expect(build.stderr).toContain(`curation: 6 of 7 decisions applied, 1 stale (${join(dir, "curation.json")})`);
    expect(build.stderr).toContain('stale decisions[6] drop leader:nobody: actor "leader:nobody" is not in the graph');

    const curated = parseGraphFile(readFileSync(graph, "utf8"));
    expect(curated.hasEdge("cooperation:state:JPN|state:RUS")).toBe(false);
    expect(curated.hasNode("leader:serguei-choigou")).toBe(false);
    expect((curated.getNodeAttributes("leader:serguei-lavrov") as LeaderAttributes).aliases).toContain(
      "Sergueï Choïgou",
    );
    expect(curated.getNodeAttribute("leader:serguei-lavrov", "curation")).toEqual([
      { action: "merged", at: expect.any(String) },
    ]);
    const added = curated.getEdgeAttributes("alliance:state:RUS|state:UKR") as RelationAttributes;
    expect(added.evidence).toEqual([{ ...cited, rule: "curation.added" }]);
    expect(added).toMatchObject({
      confidence: 1,
      rules: ["curation.added"],
      curation: [{ action: "added", note: "test" }],
    });
    expect(curated.getEdgeAttribute("alliance:state:JPN|state:USA", "curation")).toEqual([
      { action: "accepted", at: expect.any(String) },
    ]);

    const jpnRus = curated.getEdgeAttributes("dispute:state:JPN|state:RUS");
    expect(jpnRus.weight).toBe(disputeJpnRus.weight - 1);
    expect(jpnRus.evidence).not.toContainEqual(dropped);
    expect(jpnRus.curation).toEqual([{ action: "evidence-rejected", at: expect.any(String) }]);
    expect((curated.getNodeAttributes("leader:kim-jong-un") as LeaderAttributes).state).toBe("state:RUS");
    expect(curated.hasEdge("serves:leader:kim-jong-un|state:RUS")).toBe(true);

    // --no-curation: the graph as extracted.
    const raw = runCli(["build", "--articles", join(dir, "articles"), "--out", join(dir, "raw.json"), "--no-curation"]);
    expect(raw.status).toBe(0);
    expect(raw.stderr).not.toContain("curation:");
    expect(parseGraphFile(readFileSync(join(dir, "raw.json"), "utf8")).hasEdge("cooperation:state:JPN|state:RUS")).toBe(
      true,
    );
  });

  it("build refuses an invalid curation file, naming the entry, and writes nothing", () => {
    writeFileSync(
      join(dir, "curation.json"),
      JSON.stringify({
        version: 1,
        decisions: [{ kind: "reject", edge: "cooperation:state:JPN|state:RUS", at: "yesterday" }],
      }),
    );
    const out = join(dir, "new.json");
    const result = runCli([
      "build",
      "--articles",
      join(dir, "articles"),
      "--out",
      out,
      "--curation",
      join(dir, "curation.json"),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'decisions[0] (reject "cooperation:state:JPN|state:RUS"): field at "yesterday" does not have the expected form',
    );
    expect(existsSync(out)).toBe(false);
    const missing = runCli([
      "build",
      "--articles",
      join(dir, "articles"),
      "--out",
      out,
      "--curation",
      join(dir, "nope.json"),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.json: no such curation file");
  });

  it("refuses to cite a sentence that is not in the article", () => {
    const result = curate(
      "add",
      "alliance",
      "state:UKR",
      "state:RUS",
      "--article",
      disputeRusUkr.evidence[0]!.article,
      "--sentence",
      "Une phrase inventée.",
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is not in article");
  });

  it("reports an invalid curation file with exit code 2 and leaves it untouched", () => {
    writeFileSync(join(dir, "curation.json"), "{ not json");
    const result = curate("drop", "leader:vladimir-poutine");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("not valid JSON");
    expect(readFileSync(join(dir, "curation.json"), "utf8")).toBe("{ not json");
  });

  it("documents every sub-command in --help", () => {
    const result = runCli(["curate", "--help"]);
    expect(result.status).toBe(0);
    for (const sub of [
      "accept",
      "reject",
      "retype",
      "reject-evidence",
      "merge",
      "rename",
      "drop",
      "set-state",
      "add",
      "list",
      "undo",
    ])
      expect(result.stdout).toContain(sub);
  });
});

describe("entente eval --curation", { timeout: 120_000 }, () => {
  it("scores the graph with and without the review decisions", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-eval-curation-"));
    const file = join(dir, "curation.json");
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        decisions: [{ kind: "reject", edge: "cooperation:state:JPN|state:RUS", at: "2026-11-25T10:00:00Z" }],
      }),
    );
    const score = (...args: string[]) =>
      JSON.parse(runCli(["eval", "--json", ...args]).stdout) as { relations: { recall: number; missing: unknown[] } };
    const without = score();
    const withDecisions = runCli(["eval", "--json", "--curation", file]);
    expect(withDecisions.stderr).toContain(`1 decisions of ${file} applied, 0 stale`);
    const curated = JSON.parse(withDecisions.stdout) as typeof without;
    expect(curated.relations.recall).toBeLessThan(without.relations.recall);
    expect(curated.relations.missing.length).toBe(without.relations.missing.length + 1);
    expect(runCli(["eval", "--curation", join(dir, "nope.json")]).status).toBe(2);
  });
});
