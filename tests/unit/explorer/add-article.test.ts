import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileNameFor, intakeArticle, safeFileName, type KnownArticles } from "../../../src/explorer/article-intake.ts";
import { tarArchive } from "../../../src/explorer/article-storage.ts";
import { mergeArticleGraph } from "../../../src/explorer/merge-graph.ts";
import { importGraph, parseGraphFile } from "../../../src/model/graph-io.ts";
import { setLocale } from "../../../src/explorer/i18n/index.ts";

// The assertions read the English catalogue (whose refusals are worded as the CLI words them).
setLocale("en");

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));
const NONE: KnownArticles = { ids: [], sha256: [], texts: [] };
const bytes = (text: string) => new TextEncoder().encode(text);
const ARTICLE = `Tokyo et Moscou se rapprochent

Le Japon et la Russie ont signé mardi un accord de coopération économique. La France et l'Allemagne ont signé mardi un accord de coopération militaire, a rappelé le ministre.`;

describe("intake of an article added in the page", () => {
  it("admits a French text and extracts its relations with their evidence", () => {
    const result = intakeArticle(
      { file: "rapprochement.txt", bytes: bytes(ARTICLE), entry: { date: "2024-03-05", outlet: "Le Test" } },
      NONE,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.meta).toMatchObject({
      id: "rapprochement",
      title: "Tokyo et Moscou se rapprochent",
      outlet: "Le Test",
      date: "2024-03-05",
    });
    const keys = result.graph.edges!.map((e) => e.key);
    expect(keys).toContain("cooperation:state:DEU|state:FRA");
    expect(keys).toContain("cooperation:state:JPN|state:RUS");
  });

  it.each<[string, Parameters<typeof intakeArticle>[0], KnownArticles, RegExp]>([
    [
      "a text in English",
      {
        file: "en.txt",
        bytes: bytes(
          "The United States and the United Kingdom signed a new defence agreement on Tuesday in London, officials said. The deal covers intelligence sharing and joint exercises.",
        ),
        entry: {},
      },
      NONE,
      /corpus: "en.txt" is not in French/,
    ],
    [
      "an empty text",
      { file: "vide.txt", bytes: bytes("  \n "), entry: {} },
      NONE,
      /corpus: "vide.txt" contains only whitespace/,
    ],
    [
      "a PDF dropped as .txt",
      { file: "doc.txt", bytes: bytes("%PDF-1.7 binary"), entry: {} },
      NONE,
      /is a PDF document, not plain text/,
    ],
    [
      "Latin-1 bytes",
      { file: "latin.txt", bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]), entry: {} },
      NONE,
      /not valid UTF-8.*Latin-1/,
    ],
    [
      "a file that is not .txt",
      { file: "notes.docx", bytes: bytes(ARTICLE), entry: {} },
      NONE,
      /"notes.docx" is not an article file/,
    ],
    [
      "an id already in the graph",
      { file: "a-2013.txt", bytes: bytes(ARTICLE), entry: {} },
      { ...NONE, ids: ["a-2013"] },
      /already in the corpus/,
    ],
    [
      "a bad date in the form",
      { file: "x.txt", bytes: bytes(ARTICLE), entry: { date: "2024-02-30" } },
      NONE,
      /refused because its metadata is invalid: the form, entry "x.txt": field "date"/,
    ],
    [
      "the same text as an article added before",
      { file: "twin.txt", bytes: bytes(`${ARTICLE}  `), entry: {} },
      { ...NONE, texts: [{ id: "first", text: ARTICLE }] },
      /same text as "first.txt"/,
    ],
  ])("refuses %s with the CLI's message", (_name, submission, known, message) => {
    const result = intakeArticle(submission, known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(message);
  });

  it("refuses a text whose bytes the graph already holds", () => {
    const first = intakeArticle({ file: "one.txt", bytes: bytes(ARTICLE), entry: {} }, NONE);
    if (!first.ok) throw new Error(first.reason);
    const again = intakeArticle(
      { file: "two.txt", bytes: bytes(ARTICLE), entry: {} },
      { ...NONE, sha256: [first.article.meta.sha256] },
    );
    expect(again).toMatchObject({ ok: false });
  });

  it.each([
    ["paris-berlin.txt", "paris-berlin.txt"],
    ["Le Monde – 5 mars.txt", "le-monde-5-mars.txt"],
    ["../../etc/passwd.txt", "etc-passwd.txt"],
    [".cache.txt", "cache.txt"],
    ["notes.docx", "notes.docx"],
  ])("makes the dropped file name %s plain: %s", (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it("names a pasted text after its title, uniquely", () => {
    expect(fileNameFor("Tokyo et Moscou se rapprochent", "", [])).toBe("tokyo-et-moscou-se-rapprochent.txt");
    expect(fileNameFor("", "\n  Première ligne !\nsuite", ["premiere-ligne"])).toBe("premiere-ligne-2.txt");
    expect(fileNameFor("", "« »", [])).toBe("article.txt");
  });
});

describe("mergeArticleGraph", () => {
  const added = (() => {
    const result = intakeArticle(
      { file: "rapprochement.txt", bytes: bytes(ARTICLE), entry: { date: "2024-03-05" } },
      NONE,
    );
    if (!result.ok) throw new Error(result.reason);
    return importGraph(result.graph);
  })();
  const merged = mergeArticleGraph(graph, added);

  it("adds the new actors and relations and the article", () => {
    expect(merged.hasNode("state:FRA")).toBe(true);
    expect(merged.hasEdge("cooperation:state:DEU|state:FRA")).toBe(true);
    expect(merged.getAttribute("articles").map((a) => a.id)).toContain("rapprochement");
    expect(merged.order).toBe(graph.order + 2);
  });

  it("adds the new sentence to a relation it already had, re-summarising weight, dates and sources", () => {
    const key = "cooperation:state:JPN|state:RUS";
    const before = graph.getEdgeAttributes(key);
    const after = merged.getEdgeAttributes(key);
    expect(after.weight).toBe(before.weight + 1);
    expect(after.evidence.map((e) => e.article)).toContain("rapprochement");
    expect(after.articles).toEqual([...before.articles, "rapprochement"].sort());
    expect(after.lastDate).toBe("2024-03-05");
    expect(merged.getNodeAttribute("state:JPN", "articles")).toContain("rapprochement");
    expect(merged.getNodeAttribute("state:JPN", "mentions")).toBeGreaterThan(
      graph.getNodeAttribute("state:JPN", "mentions"),
    );
  });

  it("leaves both inputs untouched and is deterministic", () => {
    expect(graph.hasNode("state:FRA")).toBe(false);
    expect(JSON.stringify(mergeArticleGraph(graph, added).export())).toBe(JSON.stringify(merged.export()));
  });
});

describe("tarArchive", () => {
  it("writes ustar headers with checksums, padded bodies and the end blocks", () => {
    const tar = tarArchive([{ name: "corpus/a.txt", text: "Bonjour é" }], new Date("2026-11-25T00:00:00Z"));
    expect(tar.length).toBe(512 + 512 + 1024);
    const text = new TextDecoder().decode(tar.subarray(0, 512));
    expect(text.startsWith("corpus/a.txt\0")).toBe(true);
    expect(text.slice(257, 263)).toBe("ustar\0");
    expect(parseInt(text.slice(124, 135), 8)).toBe(10);
    const stored = parseInt(text.slice(148, 154), 8);
    const header = tar.slice(0, 512);
    header.fill(0x20, 148, 156);
    expect(header.reduce((n, b) => n + b, 0)).toBe(stored);
    expect(new TextDecoder().decode(tar.subarray(512, 522))).toBe("Bonjour é");
  });
});
