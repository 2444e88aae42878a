import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RELATION_RULES } from "../../../src/extract/index.ts";
import { MENTION_RULES } from "../../../src/extract/mentions/mention.ts";
import { PAIRING_RULES } from "../../../src/extract/relations/pairing-rules.ts";
import { ROOT } from "../cli/run-cli.ts";

describe("the relation rules", () => {
  it("have unique ids and a one-sentence doc each", () => {
    const ids = RELATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RELATION_RULES) expect(rule.doc.length, rule.id).toBeGreaterThan(20);
  });

  it("are listed in the README in the order they are tried (rewrite it with `npx entente calibrate --readme README.md`)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = readme.slice(readme.indexOf("<!-- rules:start -->"), readme.indexOf("<!-- rules:end -->"));
    const listed = [...block.matchAll(/^\| \d+ \| `([^`]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual(RELATION_RULES.map((r) => r.id));
  });

  it("record their id on every relation they make", async () => {
    const { extractArticle } = await import("../../../src/extract/index.ts");
    const extraction = extractArticle({
      id: "a",
      text: "La Chine et l'Inde ont signé un accord. Le Japon a imposé des sanctions contre la Corée du Nord.",
      date: "2020",
    });
    const known = new Set(RELATION_RULES.map((r) => r.id));
    expect(extraction.relations.length).toBeGreaterThan(0);
    for (const relation of extraction.relations) expect(known.has(relation.rule), relation.rule).toBe(true);
    expect(PAIRING_RULES.length).toBeGreaterThan(10);
  });

  it("record the mention rule that gave each leader's role, in its serves evidence", async () => {
    const { extractGraph } = await import("../../../src/extract/index.ts");
    const text = "Le président ghanéen John Mahama a reçu lundi le président sénégalais Macky Sall.";
    const meta = {
      id: "a",
      file: "a.txt",
      title: "t",
      outlet: null,
      date: "2024",
      datePrecision: "year" as const,
      language: "fr",
      url: null,
      sha256: "0".repeat(64),
    };
    const graph = extractGraph([{ meta, text }]);
    const rules = graph
      .filterEdges((_, a) => a.type === "serves")
      .flatMap((e) => graph.getEdgeAttribute(e, "evidence").map((v) => v.rule));
    expect(rules.length).toBe(2);
    for (const rule of rules) expect(Object.keys(MENTION_RULES)).toContain(rule);
  });
});
