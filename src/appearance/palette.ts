/**
 * The colours of the graph: by node type, by relation type and by community. The explorer, the GEXF writer and the
 * SVG export all take them from here, so a file opened in Gephi or an exported image looks like the screen.
 * Type colours come from the Okabe–Ito palette, chosen to stay distinguishable under the common colour-vision
 * deficiencies.
 */
import type { EdgeType, NodeType } from "../model/types.ts";

/** A colour as 8-bit red, green and blue channels (the form GEXF's `viz:color` and networkx read). */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Node colours (`#rrggbb`): states blue, leaders orange. */
export const NODE_TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  state: "#0072B2",
  leader: "#E69F00",
};

/**
 * Edge colours (`#rrggbb`): cooperation bluish green, dispute vermillion, alliance reddish purple; the `serves`
 * membership link is a neutral grey so it reads as structure rather than as a relation.
 */
export const EDGE_TYPE_COLORS: Readonly<Record<EdgeType, string>> = {
  cooperation: "#009E73",
  dispute: "#D55E00",
  alliance: "#CC79A7",
  serves: "#999999",
};

/** Parses a `#rrggbb` colour; throws on anything else, since a silent default would hide a palette typo. */
export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`palette: "${hex}" is not a #rrggbb colour`);
  const [, r, g, b] = match as unknown as [string, string, string, string];
  return { r: parseInt(r, 16), g: parseInt(g, 16), b: parseInt(b, 16) };
}

/**
 * Community colours: Tableau 10, distinct on screen and in print; communities past the ninth share the last grey,
 * and the legend says so.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  "#4E79A7",
  "#F28E2B",
  "#E15759",
  "#76B7B2",
  "#59A14F",
  "#EDC948",
  "#B07AA1",
  "#FF9DA7",
  "#9C755F",
];
export const OTHER_COMMUNITY_COLOR = "#BAB0AC";

/** The colour of the community of rank `index` (0 the largest). */
export function communityColor(index: number): string {
  return COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR;
}
