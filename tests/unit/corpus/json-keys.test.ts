import { describe, expect, it } from "vitest";
import { duplicateKeys } from "../../../src/corpus/json-keys.ts";

describe("duplicate keys in JSON text", () => {
  it.each<[string, string, { path: string[]; lines: number[] }[]]>([
    ["none", '{"a.txt": {"title": "x"}, "b.txt": {}}', []],
    [
      "a top-level key twice, with its lines",
      '{\n"a.txt": {},\n"b.txt": {},\n"a.txt": {}\n}',
      [{ path: ["a.txt"], lines: [2, 4] }],
    ],
    [
      "a field twice inside an entry",
      '{"a.txt": {"title": "x",\n"title": "y"}}',
      [{ path: ["a.txt", "title"], lines: [1, 2] }],
    ],
    ["keys with escapes compared decoded", '{"a\\u002etxt": 1, "a.txt": 2}', [{ path: ["a.txt"], lines: [1, 1] }]],
    ["quotes and braces inside strings are text", '{"a": "}\\"{", "b": "{\\"a\\": 1}"}', []],
    ["equal keys in different entries are fine", '{"a.txt": {"title": 1}, "b.txt": {"title": 2}}', []],
    ["deeper objects are not checked", '{"a.txt": {"x": {"k": 1, "k": 2}}}', []],
    ["objects inside arrays are not entries", '{"a.txt": [{"k": 1, "k": 2}]}', []],
  ])("%s", (_name, text, expected) => {
    expect(duplicateKeys(text)).toEqual(expected);
  });

  it("stays linear on deep nesting (no recursion, no path copies)", () => {
    const deep = '{"a":'.repeat(200_000) + "1" + "}".repeat(200_000);
    expect(duplicateKeys(deep)).toEqual([]);
    expect(duplicateKeys("[".repeat(200_000) + "]".repeat(200_000))).toEqual([]);
  });
});
