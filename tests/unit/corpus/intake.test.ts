// The pure intake: verdicts on bytes, in-memory corpora, and properties that must hold for any input.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  admitArticle,
  admitCorpus,
  compareCodePoints,
  firstInvalidUtf8,
  resolveIntakeOptions,
  titleFromText,
  type LanguageDetector,
} from "../../../src/corpus/intake.ts";
import { parseManifest } from "../../../src/corpus/manifest.ts";
import { sha256Hex } from "../../../src/corpus/sha256.ts";

const enc = new TextEncoder();
const FRENCH = readFileSync(new URL("../../../graph-data/articles/000_3de00a28da66687e.txt", import.meta.url));

describe("admitArticle", () => {
  it("admits a French article with the id, title and hash derived from the file", () => {
    const verdict = admitArticle("000.txt", FRENCH, undefined);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.notices).toEqual([]);
    expect(verdict.article.meta).toEqual({
      id: "000",
      file: "000.txt",
      title: "Les relations russo-japonaises se réchauffent",
      outlet: null,
      date: null,
      datePrecision: null,
      language: "fr",
      url: null,
      sha256: createHash("sha256").update(FRENCH).digest("hex"),
    });
  });

  it("strips a UTF-8 BOM from the text but hashes the bytes as they are", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...FRENCH]);
    const verdict = admitArticle("bom.txt", bytes, undefined);
    if (!verdict.ok) throw new Error(verdict.refusal.reason);
    expect(verdict.article.text).toBe(FRENCH.toString("utf8"));
    expect(verdict.article.meta.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("takes every field of a manifest entry, and the precision from the date", () => {
    const entry = { title: "T", outlet: "Le Monde", date: "2013", url: "https://example.org/a", language: "fr" };
    const verdict = admitArticle("a.txt", FRENCH, entry);
    if (!verdict.ok) throw new Error(verdict.refusal.reason);
    expect(verdict.article.meta).toMatchObject({ ...entry, datePrecision: "year" });
  });

  it("trusts a declared French language over the detector", () => {
    const english: LanguageDetector = () => ({ language: "en", reliable: true, scores: { en: 1 } });
    expect(admitArticle("a.txt", FRENCH, undefined, { detectLanguage: english }).ok).toBe(false);
    expect(admitArticle("a.txt", FRENCH, { language: "fr" }, { detectLanguage: english }).ok).toBe(true);
  });

  it("admits when the detector's non-French guess is unreliable or French is close behind", () => {
    const unsure: LanguageDetector = () => ({ language: "ca", reliable: false, scores: { ca: 0.7, fr: 0.5 } });
    const close: LanguageDetector = () => ({ language: "ca", reliable: true, scores: { ca: 0.7, fr: 0.68 } });
    for (const detectLanguage of [unsure, close]) {
      const verdict = admitArticle("a.txt", FRENCH, undefined, { detectLanguage });
      expect(verdict.ok && verdict.notices[0]).toMatch(/"a\.txt" has an uncertain language .*"ca"/);
    }
  });

  it("refuses a date that bypassed the manifest's validation", () => {
    const verdict = admitArticle("a.txt", FRENCH, { date: "2013-02-30" });
    expect(verdict.ok ? null : verdict.refusal).toMatchObject({ code: "metadata", file: "a.txt" });
  });

  it("refuses by byte count when the bytes exceed maxBytes", () => {
    const verdict = admitArticle("a.txt", FRENCH, undefined, { maxBytes: 100 });
    expect(verdict.ok ? null : verdict.refusal.reason).toMatch(/"a\.txt" is 2\.5 KiB, over the 100 bytes limit/);
  });

  it.each([
    ["truncated sequence at the end", [0x61, 0xc3], 1],
    ["overlong encoding", [0x61, 0xc0, 0xaf], 1],
    ["UTF-16 surrogate", [0xed, 0xa0, 0x80], 0],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["lone continuation byte", [0x41, 0x42, 0x80], 2],
  ])("refuses invalid UTF-8 (%s) and says where", (_label, bytes, offset) => {
    const verdict = admitArticle("x.txt", Uint8Array.from(bytes), undefined);
    expect(verdict.ok ? null : verdict.refusal).toMatchObject({ code: "encoding" });
    expect(verdict.ok ? "" : verdict.refusal.reason).toContain(`at byte ${offset}`);
  });
});

describe("titleFromText", () => {
  it("takes the first non-empty line, with whitespace collapsed", () => {
    expect(titleFromText("\r\n \u00a0\n  Poutine   et\u00a0Abe \nsuite")).toBe("Poutine et Abe");
  });

  it("cuts a very long first line at a word, under 200 characters", () => {
    const title = titleFromText("mot ".repeat(500));
    expect([...title].length).toBeLessThanOrEqual(200);
    expect(title).toMatch(/^mot( mot)+…$/);
  });
});

describe("admitCorpus", () => {
  const files = [
    { file: "b.txt", bytes: FRENCH },
    { file: "notes.md", bytes: enc.encode("x") },
    { file: "a.txt", bytes: new Uint8Array() },
    { file: "c.txt", bytes: enc.encode(` ${FRENCH.toString("utf8")}\n\n`) },
  ];

  it("sorts, filters, refuses and de-duplicates an in-memory corpus, as the browser would hand it", () => {
    const result = admitCorpus(files, parseManifest('{"b.txt": {"date": "2017-04"}}'));
    expect(result.articles.map((a) => [a.meta.file, a.meta.date])).toEqual([["b.txt", "2017-04"]]);
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([
      ["a.txt", "empty"],
      ["c.txt", "duplicate"],
    ]);
    expect(result.notices).toEqual(["corpus: ignored 1 file(s) that are not articles (.txt, .html, .htm): notes.md."]);
  });

  it("gives the same result whatever the input order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (shuffled) => {
        expect(admitCorpus(shuffled)).toEqual(admitCorpus(files));
      }),
      { numRuns: 20 },
    );
  });

  it("keeps the first copy of a duplicate even when its metadata is what is wrong", () => {
    const manifest = parseManifest('{"b.txt": {"date": "2017-13"}}');
    const result = admitCorpus(files, manifest);
    expect(result.articles.map((a) => a.meta.file)).toEqual([]);
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([
      ["a.txt", "empty"],
      ["b.txt", "metadata"],
      ["c.txt", "duplicate"],
    ]);
  });

  it("passes through refusals the reader decided, and reports a file given twice", () => {
    const tooBig = { file: "z.txt", refusal: { file: "z.txt", code: "too-large" as const, reason: "big" } };
    const result = admitCorpus([tooBig, { file: "b.txt", bytes: FRENCH }, { file: "b.txt", bytes: FRENCH }]);
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([
      ["b.txt", "duplicate"],
      ["z.txt", "too-large"],
    ]);
    expect(result.articles).toHaveLength(1);
  });

  it("notes the manifest problems of a file refused for its content", () => {
    const result = admitCorpus(
      [{ file: "a.txt", bytes: new Uint8Array() }],
      parseManifest('{"a.txt": {"url": "ftp:x"}}'),
    );
    expect(result.refusals.map((r) => r.code)).toEqual(["empty"]);
    expect(result.notices).toEqual([expect.stringMatching(/entry "a\.txt": field "url" is "ftp:x"/)]);
  });
});

describe("options", () => {
  it.each([
    [{ maxBytes: 0 }, /maxBytes/],
    [{ minLetters: -1 }, /minLetters/],
    [{ frenchScoreRatio: 1.5 }, /frenchScoreRatio/],
  ])("rejects %o naming the field", (partial, message) => {
    expect(() => resolveIntakeOptions(partial)).toThrow(message);
  });
});

describe("building blocks", () => {
  it("sha256Hex matches node:crypto on any bytes, padding boundaries included", () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
      }),
    );
  });

  it("firstInvalidUtf8 agrees with the fatal TextDecoder on any bytes", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const bytesLikeText = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 40 }).map((s) => enc.encode(s)),
      fc
        .tuple(fc.string({ unit: "binary", maxLength: 20 }), fc.uint8Array({ minLength: 1, maxLength: 3 }))
        .map(([s, tail]) => new Uint8Array([...enc.encode(s), ...tail])),
      // Lead and continuation bytes where UTF-8's ranges change: overlongs, surrogates, the U+10FFFF ceiling.
      fc
        .tuple(
          fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5),
          fc.array(fc.constantFrom(0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf), { maxLength: 3 }),
        )
        .map(([lead, rest]) => Uint8Array.from([0x61, lead, ...rest])),
    );
    fc.assert(
      fc.property(bytesLikeText, (bytes) => {
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("compares names by code point, unlike the default sort", () => {
    const names = ["\u{1F600}.txt", "\uFF5E.txt", "a.txt", "Z.txt"];
    expect([...names].sort(compareCodePoints)).toEqual(["Z.txt", "a.txt", "\uFF5E.txt", "\u{1F600}.txt"]);
    expect([...names].sort()).not.toEqual([...names].sort(compareCodePoints));
  });
});

describe("admitArticle never throws", () => {
  const hostileText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 2000 }),
    fc.string({ unit: "grapheme", maxLength: 500 }),
    fc
      .array(
        fc.constantFrom(
          "Le ",
          "Poutine ",
          "Москва ",
          "東京 ",
          "\u0000",
          "\uFEFF",
          "\n",
          "\r",
          "\u202e",
          "A".repeat(300),
        ),
        {
          maxLength: 200,
        },
      )
      .map((parts) => parts.join("")),
  );

  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.uint8Array({ maxLength: 4000 }), (file, bytes) => {
        const verdict = admitArticle(file, bytes, undefined);
        expect(typeof verdict.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("on random and adversarial text, and any verdict names the file", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const verdict = admitArticle("f.txt", enc.encode(text), undefined);
        if (verdict.ok) expect(verdict.article.text).toBe(text.replace(/^\uFEFF/, ""));
        else expect(verdict.refusal.reason).toContain('"f.txt"');
      }),
      { numRuns: 500 },
    );
  });

  it("nor does admitCorpus, on random folders and random manifests; every input file is accounted for", () => {
    const names = fc.oneof(
      fc.constantFrom("a.txt", "b.txt", "A.txt", "metadata.json", ".txt", "x.md"),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ file: names, bytes: fc.uint8Array({ maxLength: 300 }) }), { maxLength: 6 }),
        fc.oneof(fc.string(), fc.json()),
        (files, manifestText) => {
          const result = admitCorpus(files, parseManifest(manifestText));
          const articleNames = files.filter(
            (f) => f.file.endsWith(".txt") && f.file.length > 4 && !f.file.startsWith("."),
          );
          // A manifest that cannot be used is refused under its own name, on top of the files.
          const refusedFiles = result.refusals.filter((r) => r.file !== "metadata.json");
          expect(result.articles.length + refusedFiles.length).toBe(articleNames.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on a long single line of capitalised words, quickly", () => {
    const text = "Le Président Vladimir Poutine ".repeat(150_000); // ~4.5 MB, under the limit
    const started = performance.now();
    const verdict = admitArticle("long.txt", enc.encode(text), undefined);
    expect(verdict.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("the language threshold documented in the README", () => {
  const paragraphs: Record<string, string> = {
    en: "The Japanese prime minister met the Russian president in Moscow on Thursday to discuss a peace treaty and the disputed Kuril islands.",
    es: "El primer ministro japonés se reunió el jueves en Moscú con el presidente ruso para discutir un tratado de paz y las islas Kuriles en disputa.",
    de: "Der japanische Ministerpräsident traf am Donnerstag in Moskau den russischen Präsidenten, um über einen Friedensvertrag und die umstrittenen Kurilen zu sprechen.",
    ca: "El primer ministre japonès es va reunir dijous a Moscou amb el president rus per parlar d'un tractat de pau i de les illes Kurils en disputa.",
    ru: "Премьер-министр Японии встретился в четверг в Москве с президентом России, чтобы обсудить мирный договор и спорные Курильские острова.",
    ar: "التقى رئيس الوزراء الياباني يوم الخميس في موسكو بالرئيس الروسي لمناقشة معاهدة سلام وجزر الكوريل المتنازع عليها واتفق الزعيمان على توسيع التعاون",
  };

  it.each(Object.entries(paragraphs))("refuses a %s paragraph of 160 characters", (_code, text) => {
    const verdict = admitArticle("p.txt", enc.encode(text.slice(0, 160)), undefined);
    expect(verdict.ok ? verdict.notices : verdict.refusal.code).toBe("language");
  });

  it("admits every 100-character window of the bundled articles", () => {
    const dir = new URL("../../../graph-data/articles/", import.meta.url);
    for (const name of [
      "000_3de00a28da66687e",
      "001_a79dc9bca6619a96",
      "002_2c25a1791533c941",
      "003_65c4bf68423a7321",
      "004_9d56675e7e922787",
    ]) {
      const text = readFileSync(new URL(`${name}.txt`, dir), "utf8");
      for (let i = 0; i + 100 < text.length; i += 25) {
        const verdict = admitArticle("w.txt", enc.encode(text.slice(i, i + 100)), undefined, { minLetters: 60 });
        expect(verdict.ok ? "admitted" : `${verdict.refusal.reason} ${JSON.stringify(text.slice(i, i + 100))}`).toBe(
          "admitted",
        );
      }
    }
  });
});
