import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  communityColor,
  COMMUNITY_COLORS,
  computeAppearance,
  EDGE_TYPE_COLORS,
  edgeTypeWidth,
  hexToRgb,
  NODE_SIZE_RANGE,
  NODE_TYPE_COLORS,
  OTHER_COMMUNITY_COLOR,
} from "../../../src/appearance/index.ts";
import { parseGraphFile } from "../../../src/model/graph-io.ts";
import { EDGE_TYPES, NODE_TYPES } from "../../../src/model/types.ts";
import { EDGE_TYPE_LOOKS, NODE_TYPE_LOOKS, RELATION_WIDTH_RANGE } from "../../fixtures/type-looks.ts";

const graph = parseGraphFile(readFileSync(new URL("../../fixtures/small-graph.json", import.meta.url), "utf8"));

describe("the palette and sizes per type", () => {
  it.each(NODE_TYPES)("gives %s nodes the table's colour and size range", (type) => {
    expect(NODE_TYPE_COLORS[type]).toBe(NODE_TYPE_LOOKS[type].color);
    expect(hexToRgb(NODE_TYPE_COLORS[type])).toEqual(NODE_TYPE_LOOKS[type].rgb);
    expect(NODE_SIZE_RANGE[type]).toEqual(NODE_TYPE_LOOKS[type].sizes);
  });

  it.each(EDGE_TYPES)("gives %s edges the table's colour and width", (type) => {
    expect(EDGE_TYPE_COLORS[type]).toBe(EDGE_TYPE_LOOKS[type].color);
    expect(hexToRgb(EDGE_TYPE_COLORS[type])).toEqual(EDGE_TYPE_LOOKS[type].rgb);
    const fixed = EDGE_TYPE_LOOKS[type].width;
    if (fixed !== null) expect([1, 50].map((sentences) => edgeTypeWidth(type, sentences))).toEqual([fixed, fixed]);
    else {
      expect(edgeTypeWidth(type, 1)).toBe(RELATION_WIDTH_RANGE[0]);
      expect(edgeTypeWidth(type, 4)).toBeGreaterThan(edgeTypeWidth(type, 2));
      expect(edgeTypeWidth(type, 10_000)).toBe(RELATION_WIDTH_RANGE[1]);
    }
  });

  it("refuses a colour that is not #rrggbb, naming it", () => {
    expect(() => hexToRgb("#12345")).toThrow('palette: "#12345" is not a #rrggbb colour');
  });

  it("gives communities past the palette one shared grey", () => {
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITY_COLOR);
    expect(new Set(COMMUNITY_COLORS).size).toBe(COMMUNITY_COLORS.length);
  });
});

describe("computeAppearance", () => {
  const look = computeAppearance(graph);

  it("gives every node its type's colour and a size within its type's range", () => {
    graph.forEachNode((key, { type, label }) => {
      const node = look.nodes.get(key)!;
      expect(node).toMatchObject({ color: NODE_TYPE_LOOKS[type].color, type, label });
      expect(node.size).toBeGreaterThanOrEqual(NODE_TYPE_LOOKS[type].sizes[0]);
      expect(node.size).toBeLessThanOrEqual(NODE_TYPE_LOOKS[type].sizes[1]);
    });
  });

  it("gives every edge its type's colour, a width by sentences and a curve only when it shares its pair", () => {
    graph.forEachEdge((key, { type, weight }) => {
      const edge = look.edges.get(key)!;
      expect(edge).toMatchObject({ color: EDGE_TYPE_LOOKS[type].color, membership: type === "serves" });
      expect(edge.size).toBe(EDGE_TYPE_LOOKS[type].width ?? edgeTypeWidth(type, weight));
      expect(edge.type).toBe(edge.curvature === 0 ? "line" : "curved");
    });
    expect(look.edges.get("cooperation:state:JPN|state:RUS")!.type).toBe("curved");
    expect(look.edges.get("alliance:state:JPN|state:USA")!.type).toBe("line");
  });
});
