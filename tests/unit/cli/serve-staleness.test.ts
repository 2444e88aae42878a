import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectFolder } from "../../../src/curation/project.ts";
import { isGraphStale } from "../../../src/server/rebuild.ts";

const graphOf = (...files: string[]) => JSON.stringify({ attributes: { articles: files.map((file) => ({ file })) } });

/** A flat project folder (articles beside graph.json): articles dated 1000 s, the graph built after them at 2000 s. */
function flatFolder() {
  const dir = mkdtempSync(join(tmpdir(), "entente-stale-"));
  const folder = projectFolder(dir);
  writeFileSync(join(dir, "a.txt"), "texte");
  writeFileSync(join(dir, "b.txt"), "texte");
  writeFileSync(folder.graph, graphOf("a.txt", "b.txt"));
  const date = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
  date(join(dir, "a.txt"), 1000);
  date(join(dir, "b.txt"), 1000);
  date(folder.graph, 2000);
  return { dir, folder, date };
}

describe("isGraphStale", () => {
  it("is fresh when the graph is newer than every source, even though writing it changed the folder", () => {
    const { folder } = flatFolder();
    expect(folder.articles).toBe(folder.dir);
    expect(isGraphStale(folder)).toBe(false);
  });

  it.each<[string, (f: ReturnType<typeof flatFolder>) => void]>([
    ["the graph is missing", ({ folder }) => rmSync(folder.graph)],
    ["the graph is not JSON", ({ folder, date }) => (writeFileSync(folder.graph, "{"), date(folder.graph, 2000))],
    [
      "an article was added",
      ({ dir, date }) => (writeFileSync(join(dir, "c.txt"), "x"), date(join(dir, "c.txt"), 3000)),
    ],
    ["an article was edited", ({ dir, date }) => date(join(dir, "a.txt"), 3000)],
    ["an article was deleted", ({ dir }) => rmSync(join(dir, "b.txt"))],
    ["an article was renamed (its time kept)", ({ dir }) => renameSync(join(dir, "b.txt"), join(dir, "z.txt"))],
    [
      "the metadata changed",
      ({ dir, date }) => (writeFileSync(join(dir, "metadata.json"), "{}"), date(join(dir, "metadata.json"), 3000)),
    ],
    ["a decision was saved", ({ folder, date }) => (writeFileSync(folder.curation, "{}"), date(folder.curation, 3000))],
  ])("is stale when %s", (_, change) => {
    const f = flatFolder();
    change(f);
    expect(isGraphStale(f.folder)).toBe(true);
  });
});
