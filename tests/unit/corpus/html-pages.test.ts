// Saved web pages as articles: main text, page metadata, encodings, and every kind of page that must be refused.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { admitArticle, admitCorpus, blockText, declaredCharset, pageDate } from "../../../src/corpus/index.ts";
import { pageAsText } from "../../../src/corpus/html/page-as-text.ts";
import { MAX_NESTING_DEPTH } from "../../../src/corpus/html/read-page.ts";
import { readCorpusFolder } from "../../../src/corpus/read-folder.ts";
import { extractGraph } from "../../../src/extract/index.ts";
import { DOMParser } from "linkedom";

const PAGES = new URL("../../fixtures/pages/", import.meta.url);
const page = (name: string) => readFileSync(new URL(name, PAGES));
const enc = new TextEncoder();

function admitted(file: string, bytes: Uint8Array, entry = undefined as Parameters<typeof admitArticle>[2]) {
  const verdict = admitArticle(file, bytes, entry);
  if (!verdict.ok) throw new Error(`expected "${file}" to be admitted: ${verdict.refusal.reason}`);
  return verdict;
}

function refused(file: string, bytes: Uint8Array, options: Parameters<typeof admitArticle>[3] = {}) {
  const verdict = admitArticle(file, bytes, undefined, options);
  if (verdict.ok) throw new Error(`expected "${file}" to be refused; its text: ${verdict.article.text.slice(0, 80)}`);
  return verdict.refusal;
}

describe("a news page saved from a browser", () => {
  const { article, notices } = admitted("news-article.html", page("news-article.html"));

  it("takes title, outlet, date and canonical URL from the page", () => {
    expect(article.meta).toMatchObject({
      id: "news-article",
      file: "news-article.html",
      title: "Paris et Berlin relancent leur coopération de défense",
      outlet: "Le Courrier du Rhin",
      date: "2024-03-03",
      datePrecision: "day",
      language: "fr",
      url: "https://www.courrier-du-rhin.example/international/2024/03/03/paris-berlin-defense",
    });
    expect(notices).toEqual([]);
  });

  it("keeps the article's paragraphs, separated by blank lines, and none of the page around them", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Le président français Emmanuel Macron a reçu dimanche/);
    expect(paragraphs[3]).toMatch(/hors du cadre de l'Otan\.$/);
    for (const chrome of [
      "cookies",
      "Tout accepter",
      "Politique",
      "Partager",
      "Lire aussi",
      "Sur le même sujet",
      "jeanmi67",
      "Commentaires",
      "Mentions légales",
      "Accueil",
    ]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it("never runs the page's scripts nor keeps what they would write", () => {
    expect(article.text).not.toContain("TEXTE ÉCRIT PAR UN SCRIPT");
    expect(article.text).not.toContain("dataLayer");
    expect((globalThis as { __ententeHostile?: unknown }).__ententeHostile).toBeUndefined();
  });

  it("gives evidence whose offsets point into the extracted text", () => {
    const graph = extractGraph([article]);
    let evidence = 0;
    graph.forEachEdge((_, attributes) => {
      for (const e of attributes.evidence) {
        expect(article.text.slice(e.start, e.end)).toBe(e.sentence);
        evidence++;
      }
    });
    expect(evidence).toBeGreaterThan(0);
    expect(graph.hasNode("state:FRA") || graph.nodes().some((n) => n.includes("FRA"))).toBe(true);
  });

  it("lets the manifest win field by field, null included", () => {
    const verdict = admitted("news-article.html", page("news-article.html"), {
      title: "Titre choisi",
      outlet: null,
      date: "2024-03",
    });
    expect(verdict.article.meta).toMatchObject({
      title: "Titre choisi",
      outlet: null,
      date: "2024-03",
      datePrecision: "month",
      url: "https://www.courrier-du-rhin.example/international/2024/03/03/paris-berlin-defense",
    });
  });
});

describe("page metadata from other places", () => {
  it("reads the date of a <time> element, the outlet from JSON-LD @graph, the title from <title> without the site", () => {
    const { article, notices } = admitted("time-element-only.html", page("time-element-only.html"));
    expect(article.meta).toMatchObject({
      title: "Tokyo et Séoul resserrent les rangs face à Pyongyang",
      outlet: "La Gazette du Pacifique",
      date: "2023-08-15",
      url: null,
    });
    // <html lang="en-GB"> is a hint: the text is French, so the detector admits it, and says so.
    expect(notices).toEqual([
      'corpus: "time-element-only.html" declares the language "en" in <html lang>, but its text reads as French; admitted as French.',
    ]);
  });

  it("reads the calendar date as the page writes it, and nothing that is not an ISO date", () => {
    expect(pageDate("2024-03-03T23:30:00-05:00")).toBe("2024-03-03");
    expect(pageDate("2024-03")).toBe("2024-03");
    expect(pageDate("2024-02-30")).toBeNull();
    expect(pageDate("3 mars 2024")).toBeNull();
    expect(pageDate("2024-03-03javascript")).toBeNull();
  });
});

describe("encodings", () => {
  it('decodes a page by its <meta charset="windows-1252">', () => {
    const { article } = admitted("windows-1252.html", page("windows-1252.html"));
    expect(article.text).toContain("consacrée à l’immigration et à l’énergie");
    expect(article.text).toContain("10 milliards d’€");
    expect(article.meta.outlet).toBe("Le Quotidien latin");
  });

  it("finds the charset in <meta charset> and in http-equiv, not in a comment", () => {
    expect(declaredCharset(enc.encode('<meta charset="ISO-8859-15">'))).toBe("ISO-8859-15");
    expect(
      declaredCharset(enc.encode("<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>")),
    ).toBe("windows-1252");
    expect(declaredCharset(enc.encode('<!-- <meta charset="koi8-r"> --><p>x</p>'))).toBeNull();
  });

  it("refuses an unknown charset label, naming it", () => {
    const bytes = enc.encode(page("news-article.html").toString().replace('charset="utf-8"', 'charset="klingon-8"'));
    const refusal = refused("klingon.html", bytes);
    expect(refusal.code).toBe("encoding");
    expect(refusal.reason).toMatch(
      /^corpus: "klingon\.html" declares the character encoding "klingon-8", which is not a known encoding/,
    );
  });

  it("refuses bytes that are not what the page declares", () => {
    const latin = Buffer.from(page("windows-1252.html").toString("latin1").replace("windows-1252", "utf-8"), "latin1");
    const refusal = refused("liar.html", latin);
    expect(refusal.code).toBe("encoding");
    expect(refusal.reason).toMatch(/is not valid utf-8 \(first invalid byte at \d+\)/);
  });

  it("reads a UTF-8 page with a byte-order mark and no declaration", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...page("broken-markup.html")]);
    expect(admitted("bom.html", bytes).article.text).toMatch(/^Le président russe Vladimir Poutine/);
  });
});

describe("pages that are refused, each with a message naming the file", () => {
  it.each([
    ["frameset.html", "not-an-article", /"frameset\.html" is a frameset: its text is in other pages/],
    ["not-an-article.html", "not-an-article", /"not-an-article\.html" is not an article: no main text was found/],
  ])("%s", (file, code, reason) => {
    const refusal = refused(file, page(file));
    expect(refusal).toMatchObject({ file, code });
    expect(refusal.reason).toMatch(reason);
  });

  it("an empty page, and one of whitespace only", () => {
    expect(refused("empty.html", new Uint8Array())).toMatchObject({ code: "empty" });
    expect(refused("blank.html", enc.encode(" \n\t "))).toMatchObject({ code: "empty" });
  });

  it("a page over the size limit, before it is parsed", () => {
    const refusal = refused("big.html", page("news-article.html"), { maxBytes: 1000 });
    expect(refusal.code).toBe("too-large");
    expect(refusal.reason).toMatch(/"big\.html" is .* over the 1000 bytes limit/);
  });

  it("a binary file named .html", () => {
    expect(refused("photo.html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({ code: "binary" });
  });

  it("a page whose body is only a script that would write the text", () => {
    const html = `<html><head><title>Vide</title></head><body><script>document.write("<p>${"Le président français a rencontré le chancelier allemand à Berlin pour parler de défense. ".repeat(5)}</p>")</script></body></html>`;
    expect(refused("scripted.html", enc.encode(html))).toMatchObject({ code: "not-an-article" });
  });
});

describe("pages read safely", () => {
  it("reads broken markup (unclosed paragraphs, stray end tags, a tag cut short)", () => {
    const { article } = admitted("broken-markup.html", page("broken-markup.html"));
    expect(article.meta.title).toBe("Moscou et Pékin affichent leur entente");
    expect(article.text.split("\n\n")).toHaveLength(3);
    expect(article.text).not.toContain("Suite de l'article");
  });

  it("keeps no attribute, hidden, framed or templated text, and no control character in what readers see", () => {
    const { article } = admitted("hostile-attributes.html", page("hostile-attributes.html"));
    for (const hidden of [
      "TEXTE ALT",
      "ATTRIBUT TITLE",
      "TEXTE IFRAME",
      "TEXTE NOSCRIPT",
      "TEXTE TEMPLATE",
      "TEXTE SVG",
      "TEXTE INPUT",
      "alert",
      "javascript",
    ]) {
      expect(article.text).not.toContain(hidden);
    }
    expect(article.text).toMatch(/^Le président turc Recep Tayyip Erdogan/);
    for (const value of [article.meta.title, article.meta.outlet ?? ""]) {
      // eslint-disable-next-line no-control-regex -- control characters are what must be absent
      expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    // A javascript: canonical link is not a URL; the page's og:url is the next candidate.
    expect(article.meta.url).toBe("https://echo-egee.example/ankara-athenes");
    expect((globalThis as { __ententeHostile?: unknown }).__ententeHostile).toBeUndefined();
  });

  it.each([150, 400, 20_000])("reads or refuses a page nested %i levels deep, quickly and without a crash", (depth) => {
    const paragraph =
      "<p>" + "La France et l'Allemagne coopèrent étroitement sur la défense européenne. ".repeat(4) + "</p>";
    const html = `<html><body>${"<div>".repeat(depth)}${paragraph}${"</div>".repeat(depth)}</body></html>`;
    const verdict = admitArticle("deep.html", enc.encode(html), undefined);
    if (depth <= MAX_NESTING_DEPTH) expect(verdict.ok && verdict.article.text).toContain("La France et l'Allemagne");
    else
      expect(!verdict.ok && verdict.refusal.reason).toMatch(
        /^corpus: "deep\.html" (nests its elements more than 200|cannot be parsed)/,
      );
  });
});

describe("block text", () => {
  it("puts a blank line between blocks, a line break for <br>, and collapses HTML whitespace", () => {
    const document = new DOMParser().parseFromString(
      "<div><h2>Titre</h2><p>Un   texte\n  sur <b>deux</b>\tlignes.<br>Suite</p><ul><li>un</li><li>deux</li></ul><p>&nbsp;</p><table><tr><td>a</td><td>b</td></tr></table></div>",
      "text/html",
    ) as unknown as Document;
    expect(blockText(document.querySelector("div")!)).toBe(
      "Titre\n\nUn texte sur deux lignes.\nSuite\n\nun\n\ndeux\n\na b",
    );
  });
});

describe("a corpus mixing .txt and .html", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads both, keeps one article per id, and applies the manifest to pages", () => {
    dir = mkdtempSync(join(tmpdir(), "entente-pages-"));
    writeFileSync(join(dir, "a.html"), page("news-article.html"));
    writeFileSync(
      join(dir, "a.txt"),
      readFileSync(new URL("../../../graph-data/articles/000_3de00a28da66687e.txt", import.meta.url)),
    );
    writeFileSync(join(dir, "b.htm"), page("windows-1252.html"));
    writeFileSync(join(dir, "c.html"), page("frameset.html"));
    writeFileSync(join(dir, "metadata.json"), JSON.stringify({ "b.htm": { outlet: "Autre titre de presse" } }));
    const result = readCorpusFolder(dir);
    expect(result.articles.map((a) => [a.meta.file, a.meta.outlet])).toEqual([
      ["a.html", "Le Courrier du Rhin"],
      ["b.htm", "Autre titre de presse"],
    ]);
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([
      ["a.txt", "duplicate"],
      ["c.html", "not-an-article"],
    ]);
    expect(result.refusals[0]!.reason).toBe(
      'corpus: "a.txt" has the same article id "a" as "a.html"; only "a.html" is read. Rename one of them.',
    );
  });

  it("refuses a 50 MB page by its size, without reading it", () => {
    dir = mkdtempSync(join(tmpdir(), "entente-pages-"));
    writeFileSync(join(dir, "huge.html"), "");
    truncateSync(join(dir, "huge.html"), 50 * 1024 * 1024);
    writeFileSync(join(dir, "a.html"), page("news-article.html"));
    const result = readCorpusFolder(dir);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["a.html"]);
    expect(result.refusals).toEqual([
      {
        file: "huge.html",
        code: "too-large",
        reason:
          'corpus: "huge.html" is 50.0 MiB, over the 5.0 MiB limit for one article. Split it into articles or remove it.',
      },
    ]);
  });

  it("admits pages through admitCorpus with a reader of one's own (as the explorer passes the browser's)", () => {
    const calls: string[] = [];
    const result = admitCorpus([{ file: "p.html", bytes: page("news-article.html") }], undefined, {
      readHtml: (html) => {
        calls.push(html.slice(0, 15));
        return {
          text: "Texte lu par un autre lecteur de pages, en français, assez long pour être jugé.",
          metadata: { title: "T", outlet: null, date: null, dateSource: null, url: null, language: null },
        };
      },
    });
    expect(calls).toEqual(["<!DOCTYPE html>"]);
    expect(result.articles[0]!.meta.title).toBe("T");
  });
});

describe("pageAsText (the explorer's reading of a dropped page)", () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, "text/html") as unknown as Document;

  it("gives the text the build reads and the page's metadata as the entry, under a .txt name", () => {
    const converted = pageAsText("news-article.html", page("news-article.html"), parse);
    const built = admitted("news-article.html", page("news-article.html"));
    expect(converted).toEqual({
      file: "news-article.txt",
      text: built.article.text,
      bytes: enc.encode(built.article.text),
      entry: {
        title: "Paris et Berlin relancent leur coopération de défense",
        outlet: "Le Courrier du Rhin",
        date: "2024-03-03",
        url: "https://www.courrier-du-rhin.example/international/2024/03/03/paris-berlin-defense",
      },
    });
  });

  it("refuses as the build does, and leaves other files alone", () => {
    expect(pageAsText("frameset.html", page("frameset.html"), parse)).toEqual({
      refusal: expect.stringMatching(/^corpus: "frameset\.html" is a frameset/),
    });
    expect(pageAsText("big.htm", page("news-article.html"), parse, 100)).toEqual({
      refusal: expect.stringMatching(/^corpus: "big\.htm" is .* over the 100 bytes limit/),
    });
    expect(pageAsText("notes.txt", enc.encode("texte"), parse)).toBeNull();
  });
});
