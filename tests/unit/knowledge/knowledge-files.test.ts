import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compileInstitutions } from "../../../src/knowledge/institutions.ts";
import { compileKnownLeaders } from "../../../src/knowledge/leaders.ts";
import { compileNameVariants } from "../../../src/knowledge/name-variants.ts";
import { compileOutlets } from "../../../src/knowledge/outlets.ts";
import { compilePageChrome } from "../../../src/knowledge/page-chrome.ts";
import { compileRelationCues } from "../../../src/knowledge/relation-cues.ts";
import { compileStateGroups, compileStates, loadNonStateForms } from "../../../src/knowledge/states.ts";
import { compileTitles } from "../../../src/knowledge/titles.ts";
import { compileVerbForms } from "../../../src/knowledge/verb-forms.ts";

const ROOT = join(import.meta.dirname, "../../..");
const KNOWLEDGE = join(ROOT, "graph-data/knowledge");

/** Every knowledge file's check, by file name: a file without one here fails the first test. */
const CHECKS: Record<string, (file: unknown) => unknown> = {
  "institutions.json": compileInstitutions,
  "leaders.json": compileKnownLeaders,
  "name-variants.json": compileNameVariants,
  "outlets.json": compileOutlets,
  "page-chrome.json": compilePageChrome,
  "relation-cues.json": compileRelationCues,
  "states.json": (file) => compileStateGroups(file, compileStates(file)),
  "titles.json": compileTitles,
  "verb-forms.json": compileVerbForms,
};

function readKnowledge(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(KNOWLEDGE, name), "utf8")) as Record<string, unknown>;
}

describe("graph-data/knowledge through one door", () => {
  it("has a schema check in src/knowledge for every file", () => {
    const files = readdirSync(KNOWLEDGE).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(Object.keys(CHECKS))("%s validates against its schema", (name) => {
    expect(() => CHECKS[name]!(readKnowledge(name))).not.toThrow();
  });

  it("reads the non-state forms through the same check", () => {
    expect(loadNonStateForms().length).toBeGreaterThan(0);
  });

  // Each corruption of a real file, and what the message must name: the file, the entry (index and name, or key).
  const CORRUPTIONS: [string, (file: Record<string, unknown>) => void, RegExp][] = [
    [
      "titles.json",
      (f) => ((f.heads as { class: string }[])[1]!.class = "roi"),
      /titles\.json heads\[1\] \("chef de l'État"\) field class must be equal to one of the allowed values: "head-of-state"/,
    ],
    [
      "titles.json",
      (f) => ((f.roleClasses as Record<string, string>)["chancelier"] = "chef"),
      /titles\.json roleClasses\["chancelier"\] \("chef"\) must be equal to one of the allowed values/,
    ],
    ["titles.json", (f) => (f.extra = []), /titles\.json must NOT have additional properties \("extra"\)/],
    [
      "institutions.json",
      (f) => ((f.seats as Record<string, string>)["Kremlin"] = "RU"),
      /institutions\.json seats\["Kremlin"\] \("RU"\) must match pattern/,
    ],
    [
      "relation-cues.json",
      (f) => ((f.cooperation as string[])[2] = " "),
      /relation-cues\.json cooperation\[2\] \(" "\) must match pattern/,
    ],
    ["relation-cues.json", (f) => delete f.visits, /relation-cues\.json must have required property 'visits'/],
    [
      "name-variants.json",
      (f) => ((f.groups as string[][])[0] = ["Boris Eltsine"]),
      /name-variants\.json groups\[0\] \("Boris Eltsine"\) must NOT have fewer than 2 items/,
    ],
    [
      "page-chrome.json",
      (f) => ((f.lineStarts as unknown[])[0] = 3),
      /page-chrome\.json lineStarts\[0\] must be string/,
    ],
    [
      "verb-forms.json",
      (f) => ((f.verbs as Record<string, { forms: string[] }>)["rendre"]!.forms = []),
      /verb-forms\.json verbs\["rendre"\] field forms must NOT have fewer than 1 items/,
    ],
    [
      "outlets.json",
      (f) => ((f.outlets as { state: string }[])[0]!.state = "fr"),
      /outlets\.json outlets\[0\] field state must match pattern/,
    ],
    [
      "leaders.json",
      (f) => ((f.leaders as { state: string }[])[0]!.state = "fr"),
      /leaders\.json leaders\[0\] \(".+"\) field state must match pattern/,
    ],
    [
      "states.json",
      (f) => ((f.states as { status: string }[])[5]!.status = "colony"),
      /states\.json states\[5\] \("[A-Z]{3}"\) field status must be equal to one of the allowed values/,
    ],
  ];

  it.each(CORRUPTIONS)("refuses a corrupt %s entry, naming the file and the entry (%#)", (name, corrupt, message) => {
    const file = readKnowledge(name);
    corrupt(file);
    expect(() => CHECKS[name]!(file)).toThrow(message);
  });
});

describe("no raw knowledge import past src/knowledge", () => {
  const RAW_IMPORT = /(?:from\s*|import\s*\(\s*)["'][^"']*graph-data\/knowledge\/[^"']*["']/;

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
    });
  }

  it("finds every import of graph-data/knowledge in src/ and bench/ inside src/knowledge", () => {
    const offenders = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "bench"))]
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith("src/knowledge/"))
      .filter((path) => RAW_IMPORT.test(readFileSync(join(ROOT, path), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("would see one (the probe matches the import form the knowledge modules use)", () => {
    expect(RAW_IMPORT.test(readFileSync(join(ROOT, "src/knowledge/titles.ts"), "utf8"))).toBe(true);
  });
});
