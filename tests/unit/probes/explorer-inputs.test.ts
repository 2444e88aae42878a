/**
 * Probe: what a link or a graph file can throw at the explorer, checked at the boundary (the Chromium e2e tests
 * cover the page itself): URL notices stay few and short whatever the query string holds, and graph files with
 * positions a renderer cannot use are refused with a message naming the node.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setLocale } from "../../../src/explorer/i18n/index.ts";
import { decodeUrlView, MAX_URL_NOTICES } from "../../../src/explorer/url-state.ts";
import { GraphFileError, parseGraphFile } from "../../../src/model/graph-io.ts";
import { ROOT } from "./timing.ts";

// The count is read in the English catalogue's words.
setLocale("en");
const context = { hasNode: () => false, hasEdge: () => false };
const MAX_NOTICE_LENGTH = 200;

describe("probe: URL query strings", () => {
  it.each<[string, string]>([
    ["a rel= of 20,000 unknown values", `rel=${Array.from({ length: 20_000 }, (_, i) => `r${i}`).join(",")}`],
    ["a types= of 20,000 unknown values", `types=${"robot,".repeat(20_000)}`],
    ["a node= of 100,000 characters", `node=${"n".repeat(100_000)}`],
    ["a from= of 100,000 characters", `from=${"2".repeat(100_000)}`],
    [
      "every parameter wrong and long",
      ["rel", "types", "from", "to", "min", "undated", "node", "view"]
        .map((p) => `${p}=${"x".repeat(5_000)}`)
        .join("&"),
    ],
  ])("%s gives at most MAX_URL_NOTICES short notices, then a count", (_input, query) => {
    const { notices } = decodeUrlView(new URLSearchParams(query), context);
    expect(notices.length).toBeLessThanOrEqual(MAX_URL_NOTICES + 1);
    for (const notice of notices) expect(notice.length, notice.slice(0, 80)).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
  });

  it("counts what it did not list", () => {
    const { notices } = decodeUrlView(
      new URLSearchParams(`rel=${Array.from({ length: 100 }, (_, i) => `r${i}`).join(",")}`),
      context,
    );
    expect(notices).toHaveLength(MAX_URL_NOTICES + 1);
    expect(notices.at(-1)).toMatch(new RegExp(`and ${100 - MAX_URL_NOTICES} more`));
  });
});

describe("probe: node positions in a graph file", () => {
  const bundled = readFileSync(join(ROOT, "graph-data/graph.json"), "utf8");
  const withPosition = (axis: "x" | "y", value: number) => {
    const data = JSON.parse(bundled) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
    data.nodes[0]!.attributes[axis] = value;
    return JSON.stringify(data);
  };

  it.each<[string, "x" | "y", number]>([
    ["x = 1e308", "x", 1e308],
    ["y = -1e308", "y", -1e308],
    ["x = 1e10", "x", 1e10],
  ])("%s is refused, naming the node and the field", (_input, axis, value) => {
    expect(() => parseGraphFile(withPosition(axis, value), "g.json")).toThrow(GraphFileError);
    expect(() => parseGraphFile(withPosition(axis, value), "g.json")).toThrow(
      new RegExp(`nodes\\[0\\] \\(key "[^"]+"\\)\\.attributes\\.${axis} must be`),
    );
  });

  it("a position of a billion is still accepted", () => {
    expect(parseGraphFile(withPosition("x", 1e9), "g.json").order).toBeGreaterThan(0);
  });
});
