// metadata.json parsing: what is accepted, how each problem is named, and that no input makes it throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseManifest } from "../../../src/corpus/manifest.ts";

describe("parseManifest", () => {
  it("accepts the documented fields, nulls for unknowns, and dates of every precision", () => {
    const manifest = parseManifest(
      JSON.stringify({
        "a.txt": { title: "T", outlet: null, date: "2013-10", url: null, language: "fr", note: "n" },
        "b.txt": { date: "2024-02-29" },
        "c.txt": { date: "2013" },
        "d.txt": {},
      }),
    );
    expect(manifest.fatal).toBeNull();
    expect(manifest.invalid.size).toBe(0);
    expect([...manifest.entries.keys()]).toEqual(["a.txt", "b.txt", "c.txt", "d.txt"]);
    expect(manifest.entries.get("a.txt")).toMatchObject({ outlet: null, date: "2013-10" });
  });

  it("tolerates a UTF-8 BOM before the JSON", () => {
    expect(parseManifest('\uFEFF{"a.txt": {"date": "2020"}}').entries.get("a.txt")).toEqual({ date: "2020" });
  });

  it.each([
    ["2013-13", "month 13"],
    ["2023-02-29", "not a leap year"],
    ["2013-1-05", "unpadded month"],
    ["13/10/2013", "French order"],
  ])("refuses the date %s (%s), naming entry, field and value", (date) => {
    const manifest = parseManifest(JSON.stringify({ "a.txt": { date } }));
    expect(manifest.invalid.get("a.txt")).toEqual([
      {
        file: "a.txt",
        field: "date",
        message: `metadata.json, entry "a.txt": field "date" is "${date}", not a real date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null when unknown`,
      },
    ]);
    expect(manifest.entries.has("a.txt")).toBe(false);
  });

  it("reports every bad field of an entry once, and keeps the valid entries", () => {
    const manifest = parseManifest(
      JSON.stringify({
        "a.txt": { title: "", url: "www.example.org", language: "French", extra: 1, outlet: 3 },
        "b.txt": { title: "ok" },
        "c.txt": "just a title",
      }),
    );
    expect(
      manifest.invalid
        .get("a.txt")
        ?.map((i) => i.field)
        .sort(),
    ).toEqual(["extra", "language", "outlet", "title", "url"]);
    expect(manifest.invalid.get("c.txt")).toEqual([
      { file: "c.txt", field: null, message: expect.stringMatching(/entry "c\.txt": must be an object/) },
    ]);
    expect([...manifest.entries.keys()]).toEqual(["b.txt"]);
  });

  it.each([
    ["", /not valid JSON/],
    ["{", /not valid JSON/],
    ["null", /found null/],
    ['"a.txt"', /found a string/],
    ["[]", /found an array/],
  ])("makes %j fatal: no entry applied", (text, message) => {
    const manifest = parseManifest(text);
    expect(manifest.fatal).toMatch(message);
    expect(manifest.fatal).toMatch(/^corpus: metadata\.json /);
    expect(manifest.entries.size + manifest.invalid.size).toBe(0);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ "a.txt": v })),
        ),
        (text) => {
          const manifest = parseManifest(text);
          expect(
            manifest.entries.size + manifest.invalid.size > 0 || manifest.fatal !== null || text.trim().startsWith("{"),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
