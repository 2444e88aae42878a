import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeGexf } from "../../../src/export/gexf.ts";
import {
  allReferenceProblems,
  GOLDEN_DIR,
  loadFixture,
  referenceProblems,
  validateAllWithSchemas,
  validateWithSchemas,
  type SchemaResults,
} from "./helpers.ts";
import { exportVariant, variants } from "./variants.ts";

/** Schema results and reference problems of `texts`, computed once per suite (the validators are slow to start). */
function checkAll(texts: string[]): { schemas: SchemaResults[]; problems: string[][] } {
  const checked: { schemas: SchemaResults[]; problems: string[][] } = { schemas: [], problems: [] };
  beforeAll(() => {
    checked.schemas = validateAllWithSchemas(texts);
    checked.problems = allReferenceProblems(texts);
  }, 120_000);
  return checked;
}

describe("every export is valid GEXF 1.3 and passes the checks schemas cannot make", () => {
  const all = variants();
  const texts = all.map(exportVariant);
  const checked = checkAll(texts);

  it.each(all.map((v, i) => [v.name, i] as const))("%s", (_name, i) => {
    const { xmllint, jing } = checked.schemas[i]!;
    expect(xmllint.output).toMatch(/validates$/);
    expect(xmllint.ok).toBe(true);
    expect(jing).toEqual({ ok: true, output: "" });
    expect(checked.problems[i]).toEqual([]);
  });
});

describe("the committed golden files are valid too", () => {
  const goldens = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith(".gexf"));
  const texts = goldens.map((name) => readFileSync(join(GOLDEN_DIR, name), "utf8"));
  const checked = checkAll(texts);

  it("there are golden files to check", () => {
    expect(goldens.length).toBeGreaterThanOrEqual(4);
  });

  it.each(goldens.map((name, i) => [name, i] as const))("%s", (_name, i) => {
    expect([checked.schemas[i]!.xmllint.ok, checked.schemas[i]!.jing.ok]).toEqual([true, true]);
    expect(checked.problems[i]).toEqual([]);
  });
});

describe("the validators themselves catch broken files", { timeout: 30_000 }, () => {
  const text = writeGexf(loadFixture());

  it("the schemas reject a misnamed viz attribute, in a batch or alone", () => {
    const broken = text.replace('<viz:size value="', '<viz:size size="');
    const [good, bad] = validateAllWithSchemas([text, broken]);
    expect([good!.xmllint.ok, good!.jing.ok]).toEqual([true, true]);
    expect([bad!.xmllint.ok, bad!.jing.ok]).toEqual([false, false]);
    expect(bad!.jing.output).toMatch(/size/);
    const alone = validateWithSchemas(broken);
    expect([alone.xmllint.ok, alone.jing.ok]).toEqual([false, false]);
  });

  it.each([
    [
      "two edges of one kind between one pair",
      (t: string) =>
        t.replace('kind="dispute" label="dispute" weight="3"', 'kind="cooperation" label="dispute" weight="3"'),
      /Gephi would merge them/,
    ],
    [
      "an undeclared attribute",
      (t: string) => t.replace('for="relation"', 'for="relationType"'),
      /undeclared edge attribute 'relationType'/,
    ],
    [
      "an impossible date",
      (t: string) => t.replace('start="2023-01-01" end="2023-12-31"', 'start="2023-02-30" end="2023-12-31"'),
      /not a YYYY-MM-DD date/,
    ],
    [
      "an edge to a missing node",
      (t: string) => t.replace('target="state:USA"', 'target="state:XXX"'),
      /endpoint 'state:XXX' is not a node/,
    ],
    ["a zero weight", (t: string) => t.replace('weight="3"', 'weight="0"'), /Gephi deletes the edge/],
    [
      "an edge outliving its endpoint",
      (t: string) =>
        t.replace(
          '<node id="leader:shinzo-abe" label="Shinzo Abe" start="2017-04-27" end="2017-04-27">',
          '<node id="leader:shinzo-abe" label="Shinzo Abe" start="2016-01-01" end="2016-01-02">',
        ),
      /present when endpoint 'leader:shinzo-abe' is not/,
    ],
  ])("the reference checker flags %s", (_name, edit, message) => {
    const broken = edit(text);
    expect(broken).not.toBe(text);
    expect(referenceProblems(broken).join("\n")).toMatch(message);
  });
});
