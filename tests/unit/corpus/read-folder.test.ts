// Reading corpus folders: the bundled corpus, a corpus without metadata, and one folder per kind of bad input,
// each proving the message names the file and the problem and that the good articles are still read.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusFolderError, readCorpusFolder } from "../../../src/corpus/read-folder.ts";

const BUNDLED = new URL("../../../graph-data/articles/", import.meta.url).pathname;
const bundledFiles = readdirSync(BUNDLED)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const A = bundledFiles[0]!; // 000_… "Les relations russo-japonaises se réchauffent"
const B = bundledFiles[3]!; // 003_… "noscript" first line, AlAhed article
const bundledBytes = (file: string) => readFileSync(join(BUNDLED, file));

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary corpus with two good French articles (renamed a.txt, b.txt) plus the given files. */
function corpus(extra: Record<string, string | Uint8Array> = {}, withGood = true): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-corpus-"));
  dirs.push(dir);
  if (withGood) {
    writeFileSync(join(dir, "a.txt"), bundledBytes(A));
    writeFileSync(join(dir, "b.txt"), bundledBytes(B));
  }
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const ENGLISH =
  "The Japanese prime minister met the Russian president in Moscow on Thursday to discuss a peace treaty and the " +
  "disputed Kuril islands. Both leaders agreed to expand economic cooperation and to hold further talks later this " +
  "year, officials said after the meeting in the Kremlin.\n";
const RUSSIAN =
  "Премьер-министр Японии встретился в четверг в Москве с президентом России, чтобы обсудить мирный договор и " +
  "спорные Курильские острова. Оба лидера договорились расширить экономическое сотрудничество.\n";

describe("the bundled corpus", () => {
  const result = readCorpusFolder(BUNDLED);

  it("admits all five articles with no refusal and no notice", () => {
    expect(result.articles.map((a) => a.meta.file)).toEqual(bundledFiles);
    expect(result.refusals).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it("applies metadata.json: headlines, outlets, dates with their precision", () => {
    const byId = new Map(result.articles.map((a) => [a.meta.id, a.meta]));
    expect(byId.get("000_3de00a28da66687e")).toMatchObject({
      title: "Les relations russo-japonaises se réchauffent",
      outlet: "Euronews",
      date: "2017-04-27",
      datePrecision: "day",
      language: "fr",
      url: null,
    });
    expect(byId.get("001_a79dc9bca6619a96")).toMatchObject({ outlet: null, date: "2013-10", datePrecision: "month" });
    expect(byId.get("002_2c25a1791533c941")?.title).toBe(
      "Japon et Russie coopérereront dans l'antiterrorisme et l'antipiraterie",
    );
    expect(byId.get("003_65c4bf68423a7321")).toMatchObject({ outlet: "AlAhed", date: "2023-08-15" });
    expect(byId.get("004_9d56675e7e922787")).toMatchObject({ date: "2024-11-16", datePrecision: "day" });
  });

  it("keeps each text exactly as the file and hashes the file's bytes", () => {
    for (const article of result.articles) {
      const bytes = bundledBytes(article.meta.file);
      expect(article.text).toBe(bytes.toString("utf8"));
      expect(article.meta.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });
});

describe("a folder without metadata", () => {
  it("admits every article, titled by its first non-empty line, with outlet unknown and dates from the text only", () => {
    const files = Object.fromEntries(bundledFiles.map((f) => [f, bundledBytes(f)]));
    const result = readCorpusFolder(corpus(files, false));
    expect(result.refusals).toEqual([]);
    // Every bundled article (one has a Russian line) is confidently French: the one notice is the date read from the
    // text of the one article whose first paragraph dates it (the date its manifest entry gives too).
    expect(result.notices).toEqual([
      `corpus: "${bundledFiles[2]}" has no date in metadata.json; dated 2013-11-02 from a date in its first paragraph ("2 novembre 2013").`,
    ]);
    expect(result.articles.map((a) => a.meta.date)).toEqual([null, null, "2013-11-02", null, null]);
    expect(result.articles.map((a) => a.meta.title)).toEqual([
      "Les relations russo-japonaises se réchauffent",
      'Russie-Japon: première rencontre au format "2+2"',
      "En direct",
      "noscript",
      "Le Japon et la Corée du Sud expriment de sérieuses inquiétudes quant à la coopération entre la Corée du Nord et la Russie",
    ]);
    for (const { meta } of result.articles) {
      expect(meta).toMatchObject({ outlet: null, url: null, language: "fr" });
    }
  });

  it("reads the same folder to the same result every time, in code-point order of file names", () => {
    const dir = corpus({ "Z.txt": bundledBytes(bundledFiles[1]!), "é.txt": bundledBytes(bundledFiles[2]!) });
    const first = readCorpusFolder(dir);
    expect(first.articles.map((a) => a.meta.file)).toEqual(["Z.txt", "a.txt", "b.txt", "é.txt"]);
    expect(readCorpusFolder(dir)).toEqual(first);
  });
});

describe("bad input is refused by name, and the good articles are still read", () => {
  const cases: [string, string, RegExp, string | Uint8Array][] = [
    ["empty.txt", "empty", /"empty\.txt" is empty/, ""],
    ["blank.txt", "empty", /"blank\.txt" contains only whitespace/, " \n\t\u00a0\r\n  \n"],
    ["nul.txt", "binary", /"nul\.txt" contains a NUL byte/, Uint8Array.from([0x4c, 0x65, 0x00, 0x20, 0x4a, 0x61])],
    [
      "ctrl.txt",
      "binary",
      /"ctrl\.txt" is \d+% control characters/,
      "\x01\x02\x03\x04 Le Japon \x05\x06\x07\x08\x0e\x0f",
    ],
    ["scan.txt", "binary", /"scan\.txt" is a PDF document/, "%PDF-1.7\n1 0 obj\n"],
    [
      "latin1.txt",
      "encoding",
      /"latin1\.txt" is not valid UTF-8: invalid byte sequence at byte 5 \(line 1: e9 73 69 64\).*Windows-1252/,
      latin1("Le président japonais a rencontré son homologue russe à Moscou.\n"),
    ],
    [
      "utf16.txt",
      "encoding",
      /"utf16\.txt" is encoded in UTF-16/,
      Uint8Array.from([0xff, 0xfe, 0x4c, 0x00, 0x65, 0x00]),
    ],
    ["english.txt", "language", /"english\.txt" is not in French: its language was detected as "en"/, ENGLISH],
    [
      "russian.txt",
      "language",
      /"russian\.txt" is not in French: most of its letters are not in the Latin alphabet \(detected: ru\)/,
      RUSSIAN,
    ],
    [
      "zz-copy.txt",
      "duplicate",
      /"zz-copy\.txt" has the same text as "a\.txt"/,
      bundledBytes(A).toString("utf8").replace(/\n/g, "\r\n  "),
    ],
  ];

  it.each(cases)("%s is refused as %s", (name, code, message, content) => {
    const result = readCorpusFolder(corpus({ [name]: content }));
    expect(result.refusals).toHaveLength(1);
    expect(result.refusals[0]).toMatchObject({ file: name, code });
    expect(result.refusals[0]!.reason).toMatch(message);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["a.txt", "b.txt"]);
  });

  it("refuses every bad file of one folder at once, in name order", () => {
    const result = readCorpusFolder(corpus(Object.fromEntries(cases.map(([name, , , content]) => [name, content]))));
    expect(result.articles.map((a) => a.meta.file)).toEqual(["a.txt", "b.txt"]);
    expect(result.refusals.map((r) => r.file)).toEqual(cases.map(([name]) => name).sort());
  });

  it("refuses a file over the size limit from its size, with the limit in the message", () => {
    const dir = corpus();
    writeFileSync(join(dir, "huge.txt"), "");
    truncateSync(join(dir, "huge.txt"), 6 * 1024 * 1024); // sparse: costs no disk
    const result = readCorpusFolder(dir);
    expect(result.refusals).toEqual([
      {
        file: "huge.txt",
        code: "too-large",
        reason: expect.stringMatching(/"huge\.txt" is 6\.0 MiB, over the 5\.0 MiB limit/),
      },
    ]);
    expect(result.articles).toHaveLength(2);
  });

  it("honours a smaller size limit passed as an option", () => {
    const result = readCorpusFolder(corpus(), { maxBytes: 2400 });
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([["a.txt", "too-large"]]);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["b.txt"]);
  });

  it("admits a French article that carries one line in Russian", () => {
    const text = bundledBytes(A).toString("utf8").replace("\n\n", `\n\n${RUSSIAN}\n`);
    const result = readCorpusFolder(corpus({ "c.txt": text }));
    expect(result.refusals).toEqual([]);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["a.txt", "b.txt", "c.txt"]);
  });

  it("admits a text too short to judge, with a notice naming it", () => {
    const result = readCorpusFolder(corpus({ "short.txt": "Good morning, Mr Abe.\n" }));
    expect(result.refusals).toEqual([]);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["a.txt", "b.txt", "short.txt"]);
    expect(result.notices).toEqual([
      expect.stringMatching(/"short\.txt" has only 16 letters, too few to check its language/),
    ]);
  });

  it("lists files that are not .txt articles in a notice and reads the rest", () => {
    const dir = corpus({ "notes.md": "# notes", "photo.jpg": "x", ".hidden.txt": "x", "UPPER.TXT": "x" });
    mkdirSync(join(dir, "sub.txt"));
    const result = readCorpusFolder(dir);
    expect(result.articles).toHaveLength(2);
    expect(result.refusals).toEqual([]);
    expect(result.notices).toEqual([
      "corpus: ignored 5 file(s) that are not articles (.txt, .html, .htm): .hidden.txt, UPPER.TXT, notes.md, photo.jpg, sub.txt/.",
    ]);
  });

  it("throws a clear error for a missing folder or a file given as the folder", () => {
    expect(() => readCorpusFolder("/no/such/folder")).toThrow(CorpusFolderError);
    expect(() => readCorpusFolder("/no/such/folder")).toThrow(/folder "\/no\/such\/folder" does not exist/);
    const dir = corpus();
    expect(() => readCorpusFolder(join(dir, "a.txt"))).toThrow(/a\.txt" is not a folder/);
  });
});

describe("metadata.json problems", () => {
  it("invalid JSON: says so, applies no metadata, still reads every article", () => {
    const result = readCorpusFolder(corpus({ "metadata.json": '{ "a.txt": { "title": "T", } ' }));
    expect(result.refusals).toHaveLength(1);
    expect(result.refusals[0]).toMatchObject({ file: "metadata.json", code: "metadata" });
    expect(result.refusals[0]!.reason).toMatch(/metadata\.json is not valid JSON .*No metadata was applied/);
    expect(result.articles.map((a) => a.meta.title)).toEqual([
      "Les relations russo-japonaises se réchauffent",
      "noscript",
    ]);
  });

  it("a manifest that is not an object is refused the same way", () => {
    const result = readCorpusFolder(corpus({ "metadata.json": '["a.txt"]' }));
    expect(result.refusals).toEqual([
      {
        file: "metadata.json",
        code: "metadata",
        reason: expect.stringMatching(/must be a JSON object .* found an array/),
      },
    ]);
    expect(result.articles).toHaveLength(2);
  });

  it("an impossible date refuses that article, naming the file, the field and the value", () => {
    const manifest = { "a.txt": { date: "2013-13" }, "b.txt": { date: "2013-10", title: "Titre B" } };
    const result = readCorpusFolder(corpus({ "metadata.json": JSON.stringify(manifest) }));
    expect(result.refusals).toHaveLength(1);
    expect(result.refusals[0]).toMatchObject({ file: "a.txt", code: "metadata" });
    expect(result.refusals[0]!.reason).toMatch(/entry "a\.txt": field "date" is "2013-13", not a real date/);
    expect(result.articles.map((a) => a.meta)).toEqual([
      expect.objectContaining({ file: "b.txt", title: "Titre B", date: "2013-10", datePrecision: "month" }),
    ]);
  });

  it("an unknown field refuses that article, naming the field", () => {
    const result = readCorpusFolder(corpus({ "metadata.json": JSON.stringify({ "b.txt": { titel: "x" } }) }));
    expect(result.refusals.map((r) => [r.file, r.code])).toEqual([["b.txt", "metadata"]]);
    expect(result.refusals[0]!.reason).toMatch(/entry "b\.txt": unknown field "titel"/);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["a.txt"]);
  });

  it("an entry for a file that does not exist is a notice, with a hint for a near miss", () => {
    const manifest = { "A.txt": { title: "x" }, "gone.txt": { date: "2020" }, "b.txt": { outlet: "Le Monde" } };
    const result = readCorpusFolder(corpus({ "metadata.json": JSON.stringify(manifest) }));
    expect(result.refusals).toEqual([]);
    expect(result.articles.map((a) => a.meta.outlet)).toEqual([null, "Le Monde"]);
    expect(result.notices).toEqual([
      'corpus: metadata.json has an entry for "A.txt", but the corpus has no such article file; the entry is ignored. Did you mean "a.txt"?',
      'corpus: metadata.json has an entry for "gone.txt", but the corpus has no such article file; the entry is ignored.',
    ]);
  });

  it("a declared language other than French refuses the article", () => {
    const result = readCorpusFolder(corpus({ "metadata.json": JSON.stringify({ "a.txt": { language: "en" } }) }));
    expect(result.refusals).toEqual([
      { file: "a.txt", code: "language", reason: expect.stringMatching(/"a\.txt" is declared "en" in metadata\.json/) },
    ]);
    expect(result.articles.map((a) => a.meta.file)).toEqual(["b.txt"]);
  });

  it("a manifest that is not UTF-8 is refused as a whole", () => {
    const result = readCorpusFolder(corpus({ "metadata.json": latin1('{"a.txt": {"title": "Étude"}}') }));
    expect(result.refusals).toEqual([
      { file: "metadata.json", code: "metadata", reason: expect.stringMatching(/metadata\.json is not valid UTF-8/) },
    ]);
    expect(result.articles).toHaveLength(2);
  });
});
