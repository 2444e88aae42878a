/**
 * Probe: `parseManifest` never throws and every message it writes stays short and printable, whatever
 * `metadata.json` holds: deep nesting, huge values, duplicate keys, control and override characters, odd URLs,
 * random JSON. Each row names the variant.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MANIFEST_LIMITS, parseManifest, type Manifest } from "../../../src/corpus/manifest.ts";

/** Longest message a manifest problem may print. */
const MAX_MESSAGE = 600;

function messages(manifest: Manifest): string[] {
  return [
    ...(manifest.fatal === null ? [] : [manifest.fatal]),
    ...[...manifest.invalid.values()].flat().map((i) => i.message),
  ];
}

function expectTame(manifest: Manifest, variant: string): void {
  for (const message of messages(manifest)) {
    expect(message.length, `${variant}: message too long: ${message.slice(0, 120)}…`).toBeLessThanOrEqual(MAX_MESSAGE);
    // eslint-disable-next-line no-control-regex -- what a message must never contain
    expect(message, variant).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
const entry = (fields: string) => `{"a.txt": {${fields}}}`;

describe("probe: manifest variants", () => {
  it.each<[string, string, "fatal" | "invalid" | "valid"]>([
    ["an array nested 4,100 deep in a known field", entry(`"title": ${nested(4100)}`), "invalid"],
    ["an array nested 100,000 deep in a known field", entry(`"date": ${nested(100_000)}`), "invalid"],
    ["an array nested 100,000 deep in an unknown field", entry(`"titel": ${nested(100_000)}`), "invalid"],
    ["objects nested 50,000 deep as an entry", `{"a.txt": ${nestedObjects(50_000)}}`, "invalid"],
    ["an array nested 100,000 deep as the whole file", nested(100_000), "fatal"],
    ["a 100,000-character title", entry(`"title": "${"t".repeat(100_000)}"`), "invalid"],
    ["a 100,000-character outlet", entry(`"outlet": "${"o".repeat(100_000)}"`), "invalid"],
    ["a 100,000-character unknown field name", entry(`"${"k".repeat(100_000)}": 1`), "invalid"],
    ["a 1,000,000-character invalid JSON line", `{"a.txt": {"title": "${"x".repeat(1_000_000)}`, "fatal"],
    ["a title with a newline", entry(`"title": "Titre\\nFaux"`), "invalid"],
    ["a title with an ANSI escape", entry(`"title": "\\u001b[31mTitre"`), "invalid"],
    ["an outlet with a right-to-left override", entry(`"outlet": "\\u202eednoM eL"`), "invalid"],
    ["a title with a lone surrogate", entry(`"title": "Titre \\ud800"`), "invalid"],
    ["a url with a C1 control", entry(`"url": "https://example.org/\\u0085"`), "invalid"],
    ["an upper-case HTTPS:// url", entry(`"url": "HTTPS://EXAMPLE.ORG/a"`), "valid"],
    ["a mixed-case Http:// url", entry(`"url": "Http://example.org/a"`), "valid"],
    ["an ftp:// url", entry(`"url": "ftp://example.org/a"`), "invalid"],
    ["a javascript: url", entry(`"url": "javascript:alert(1)"`), "invalid"],
    ["an entry given twice", `{"a.txt": {"title": "Un"},\n "a.txt": {"title": "Deux"}}`, "invalid"],
    ["a field given twice", entry(`"title": "Un",\n "title": "Deux"`), "invalid"],
    ["a title at the limit", entry(`"title": "${"é".repeat(MANIFEST_LIMITS.title)}"`), "valid"],
    ["a title one over the limit", entry(`"title": "${"é".repeat(MANIFEST_LIMITS.title + 1)}"`), "invalid"],
  ])("%s: never throws, says so in a short printable message", (variant, text, verdict) => {
    let manifest: Manifest | undefined;
    expect(() => (manifest = parseManifest(text)), variant).not.toThrow();
    expectTame(manifest!, variant);
    const got = manifest!.fatal !== null ? "fatal" : manifest!.invalid.size > 0 ? "invalid" : "valid";
    expect(got, `${variant}: ${messages(manifest!).join(" | ").slice(0, 300)}`).toBe(verdict);
    if (verdict === "invalid")
      expect(manifest!.entries.has("a.txt"), `${variant}: the entry is not applied`).toBe(false);
  });

  it("names the lines of an entry given twice, and keeps neither copy", () => {
    const manifest = parseManifest(`{\n"a.txt": {"title": "Un"},\n"b.txt": {},\n"a.txt": {"title": "Deux"}\n}`);
    expect(manifest.entries.has("a.txt")).toBe(false);
    expect(manifest.entries.has("b.txt")).toBe(true);
    expect(manifest.invalid.get("a.txt")?.[0]?.message).toMatch(/given 2 times \(lines 2, 4\)/);
  });

  it("any JSON value, and any text, gives a manifest and never an exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json({ depthSize: "large" }),
          fc.string({ unit: "binary", maxLength: 500 }),
          fc.dictionary(fc.string(), fc.jsonValue()).map((d) => JSON.stringify(d)),
        ),
        (text) => {
          const manifest = parseManifest(text);
          expectTame(manifest, JSON.stringify(text).slice(0, 200));
        },
      ),
      { numRuns: 500, seed: 4100 },
    );
  });
});
