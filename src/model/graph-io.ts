/**
 * Reading and writing `graph.json`: graphology's own serialisation, validated against the schema on both sides,
 * plus the cross-references no JSON Schema can check (edge endpoints, leader states, evidence articles).
 */
import { MultiUndirectedGraph } from "graphology";
import { assertGraphFile, GraphSchemaError } from "./schema.ts";
import type { EntenteGraph, SerializedEntenteGraph } from "./types.ts";

export function createGraph(): EntenteGraph {
  return new MultiUndirectedGraph({ allowSelfLoops: false });
}

/** Raised when a graph file cannot be used; the message says what is wrong and where. */
export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GraphFileError";
  }
}

/** Checks the references between parts of a valid-shaped file; throws naming the first broken one. */
export function assertReferences(data: SerializedEntenteGraph): void {
  const nodeTypes = new Map<string, string>();
  for (const node of data.nodes) {
    if (nodeTypes.has(node.key)) throw new GraphFileError(`graph file: nodes: duplicate key "${node.key}"`);
    nodeTypes.set(node.key, node.attributes!.type);
  }
  const articleIds = new Set(data.attributes!.articles.map((a) => a.id));
  for (const node of data.nodes) {
    const attributes = node.attributes!;
    if (attributes.type !== "leader") continue;
    if (nodeTypes.get(attributes.state) !== "state")
      throw new GraphFileError(
        `graph file: node "${node.key}": attributes.state "${attributes.state}" is not a state node`,
      );
    for (const role of attributes.roles)
      if (nodeTypes.get(role.state) !== "state")
        throw new GraphFileError(
          `graph file: node "${node.key}": role "${role.role}" names unknown state "${role.state}"`,
        );
  }
  const edgeKeys = new Set<string>();
  for (const edge of data.edges) {
    const key = edge.key ?? "(no key)";
    if (edgeKeys.has(key)) throw new GraphFileError(`graph file: edges: duplicate key "${key}"`);
    edgeKeys.add(key);
    for (const end of ["source", "target"] as const)
      if (!nodeTypes.has(edge[end]))
        throw new GraphFileError(`graph file: edge "${key}": ${end} "${edge[end]}" is not a node`);
    const attributes = edge.attributes!;
    if (
      attributes.type === "serves" &&
      (nodeTypes.get(edge.source) !== "leader" || nodeTypes.get(edge.target) !== "state")
    )
      throw new GraphFileError(`graph file: edge "${key}": a "serves" edge must go from a leader to a state`);
    for (const evidence of attributes.evidence) {
      if (!articleIds.has(evidence.article))
        throw new GraphFileError(`graph file: edge "${key}": evidence names unknown article "${evidence.article}"`);
      if (evidence.end <= evidence.start)
        throw new GraphFileError(
          `graph file: edge "${key}": evidence offsets ${evidence.start}..${evidence.end} are empty`,
        );
    }
  }
}

/** Parses and validates the text of a graph file. `source` names the file in error messages. */
export function parseGraphFile(text: string, source = "graph file"): EntenteGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(
      `${source}: not valid JSON (${(error as Error).message}). Rebuild it with \`npx entente build\`.`,
    );
  }
  return importGraph(data, source);
}

/** Validates already-parsed data and imports it into a new graph. */
export function importGraph(data: unknown, source = "graph file"): EntenteGraph {
  try {
    assertGraphFile(data);
    assertReferences(data);
  } catch (error) {
    if (error instanceof GraphSchemaError || error instanceof GraphFileError)
      throw new GraphFileError(error.message.replace(/^graph file/, source));
    throw error;
  }
  const graph = createGraph();
  graph.import(data);
  return graph;
}

/** Validates a graph and serialises it; the output is byte-identical for identical graphs built in the same order. */
export function serializeGraph(graph: EntenteGraph): string {
  const data = graph.export();
  assertGraphFile(data);
  assertReferences(data);
  return `${JSON.stringify(data, null, 1)}\n`;
}
