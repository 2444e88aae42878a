/**
 * Reading and writing `graph.json`: graphology's own serialisation, validated against the schema on both sides,
 * plus the cross-references no JSON Schema can check (edge endpoints, leader states, evidence articles). A large
 * graph is written as a summary with its evidence sentences in shards beside it (`evidence-shards.ts`); reading
 * accepts both forms.
 */
import { MultiUndirectedGraph } from "graphology";
import { shouldShard, splitEvidence, type ShardFile, type ShardMode } from "./evidence-shards.ts";
import { assertGraphFile, assertGraphSummary, GraphSchemaError } from "./schema.ts";
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

/** Parses and validates the text of a graph file in its single-file form. `source` names the file in error messages. */
export function parseGraphFile(text: string, source = "graph file"): EntenteGraph {
  return importGraph(parseJson(text, source), source);
}

/**
 * Parses and validates the text of a graph file in either form: the single file, or a summary (its evidence items
 * without sentences, `attributes.evidenceShards` naming the shards to fetch for them). Returns the validated data.
 */
export function parseGraphData(text: string, source = "graph file"): SerializedEntenteGraph {
  const data = parseJson(text, source);
  return isSummaryData(data) ? validated(data, source, assertGraphSummary) : validated(data, source, assertGraphFile);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(
      `${source}: not valid JSON (${(error as Error).message}). Rebuild it with \`npx entente build\`.`,
    );
  }
}

/** Whether parsed data declares itself a summary (the schema then checks the rest). */
export function isSummaryData(data: unknown): boolean {
  const attributes = (data as { attributes?: unknown } | null)?.attributes;
  return typeof attributes === "object" && attributes !== null && "evidenceShards" in attributes;
}

function validated(
  data: unknown,
  source: string,
  assert: (data: unknown) => asserts data is SerializedEntenteGraph,
): SerializedEntenteGraph {
  try {
    assert(data);
    assertReferences(data);
  } catch (error) {
    if (error instanceof GraphSchemaError || error instanceof GraphFileError)
      throw new GraphFileError(error.message.replace(/^graph file/, source));
    throw error;
  }
  return data;
}

/** Validates already-parsed data (single-file form) and imports it into a new graph. */
export function importGraph(data: unknown, source = "graph file"): EntenteGraph {
  return graphFromData(validated(data, source, assertGraphFile));
}

/** Imports validated data (either form) into a new graph. */
export function graphFromData(data: SerializedEntenteGraph): EntenteGraph {
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

/**
 * Validates a graph and serialises it in the form `mode` asks for (`auto`: a summary and shards when the sentences
 * exceed `SHARD_THRESHOLD_BYTES`): the text of `graph.json` and the shard files for folder `folder` (empty when
 * single). Deterministic, byte for byte; the single form is exactly `serializeGraph`'s, the summary compact JSON.
 */
export function serializeGraphFiles(
  graph: EntenteGraph,
  mode: ShardMode,
  folder: string,
): { graph: string; shards: ShardFile[] } {
  const data = graph.export();
  assertGraphFile(data);
  assertReferences(data);
  if (!shouldShard(data, mode)) return { graph: `${JSON.stringify(data, null, 1)}\n`, shards: [] };
  const { summary, shards } = splitEvidence(data, folder);
  assertGraphSummary(summary);
  // Compact: a summary is for graphs too large to read by eye, and indentation would add a third to its size.
  return { graph: `${JSON.stringify(summary)}\n`, shards };
}
