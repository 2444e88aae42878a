/**
 * Node only: the layout of a project folder, the unit of work of `entente serve` and `entente curate`.
 * `DIR/graph.json`, `DIR/curation.json`, and the articles (with their `metadata.json`) in `DIR/articles/` when that
 * folder exists (the bundled corpus, `graph-data`), else in `DIR` itself (a user's folder of `.txt` files).
 */
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CURATION_FILE } from "./types.ts";

export const GRAPH_FILE = "graph.json";

export interface ProjectFolder {
  dir: string;
  articles: string;
  graph: string;
  curation: string;
}

export function projectFolder(dir: string): ProjectFolder {
  const root = resolve(dir);
  const nested = join(root, "articles");
  return {
    dir: root,
    articles: isFolder(nested) ? nested : root,
    graph: join(root, GRAPH_FILE),
    curation: join(root, CURATION_FILE),
  };
}

/** The project folder a graph file belongs to (its folder). */
export function projectOfGraph(graphPath: string): ProjectFolder {
  return projectFolder(dirname(graphPath));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
