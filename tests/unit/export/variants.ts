/**
 * The exports every validity and reader test runs on: the fixture in each writer mode, filtered views, a graph with
 * layout positions, one with hostile strings, and an empty graph.
 */
import { filterGraph, resolveViewFilter } from "../../../src/model/filter.ts";
import { createGraph, parseGraphFile } from "../../../src/model/graph-io.ts";
import type { EntenteGraph } from "../../../src/model/types.ts";
import { writeGexf, type GexfOptions } from "../../../src/export/gexf.ts";
import { fixtureText, loadFixture } from "./helpers.ts";

/** The fixture with layout positions, as `layout/` would write them. */
export function fixtureWithPositions(): EntenteGraph {
  const graph = loadFixture();
  let i = 0;
  graph.forEachNode((key) => {
    i += 1;
    graph.mergeNodeAttributes(key, { x: i * 10.5 - 30, y: i % 2 === 0 ? -i * 1e-7 : i * 123.25 });
  });
  return graph;
}

/** Strings that break naive writers and list or evidence encodings. */
export const HOSTILE = {
  label: "A & B <C> \"D\" 'E' \u0001\u0008 end",
  alias: 'Côte d\'Ivoire, "la" \\ back',
  sentence: "Une phrase | avec séparateur,\nsur deux lignes\r\net <script>alert(1)</script> & \u000b fin.",
} as const;

/** The fixture with hostile strings in a label, an alias and an evidence sentence. */
export function hostileGraph(): EntenteGraph {
  const data = JSON.parse(fixtureText()) as {
    nodes: { attributes: { label: string; aliases: string[] } }[];
    edges: { attributes: { evidence: { sentence: string; end: number; start: number }[] } }[];
  };
  data.nodes[0]!.attributes.label = HOSTILE.label;
  data.nodes[0]!.attributes.aliases = [HOSTILE.alias, "Japon"];
  const evidence = data.edges[0]!.attributes.evidence[0]!;
  evidence.sentence = HOSTILE.sentence;
  evidence.end = evidence.start + HOSTILE.sentence.length;
  return parseGraphFile(JSON.stringify(data));
}

export function emptyGraph(): EntenteGraph {
  const graph = createGraph();
  graph.replaceAttributes({ name: "empty", articles: [] });
  return graph;
}

export interface Variant {
  name: string;
  graph: EntenteGraph;
  options: Partial<GexfOptions>;
}

export function variants(): Variant[] {
  const fixture = loadFixture();
  const view = (partial: Parameters<typeof resolveViewFilter>[0]) => filterGraph(fixture, resolveViewFilter(partial));
  return [
    { name: "fixture, dynamic", graph: fixture, options: {} },
    { name: "fixture, static", graph: fixture, options: { dynamic: false } },
    { name: "fixture, undated ignored on the timeline", graph: fixture, options: { undated: "ignore" } },
    { name: "fixture, not indented", graph: fixture, options: { pretty: false } },
    { name: "cooperation only", graph: view({ edgeTypes: ["cooperation"] }), options: {} },
    { name: "states only", graph: view({ nodeTypes: ["state"] }), options: {} },
    { name: "2014 to 2020", graph: view({ from: "2014", to: "2020" }), options: {} },
    {
      name: "2014 to 2020 without undated evidence",
      graph: view({ from: "2014", to: "2020", includeUndated: false }),
      options: {},
    },
    { name: "min weight 2", graph: view({ minWeight: 2 }), options: {} },
    { name: "with layout positions", graph: fixtureWithPositions(), options: {} },
    { name: "hostile strings", graph: hostileGraph(), options: {} },
    { name: "empty graph", graph: emptyGraph(), options: {} },
  ];
}

export function exportVariant(variant: Variant): string {
  return writeGexf(variant.graph, variant.options);
}
