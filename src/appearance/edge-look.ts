/** Edge widths shared by the explorer's drawing and the SVG export, so an exported image looks like the screen. */
import type { EdgeType } from "../model/types.ts";

/** Edge width in pixels: grows with the log of the number of supporting sentences, capped. */
export function edgeWidth(weight: number): number {
  return Math.min(6, 1 + 1.3 * Math.log2(Math.max(1, weight)));
}

/** Membership links are drawn thin so they read as structure, not as a relation. */
export const MEMBERSHIP_WIDTH = 0.6;

/** The width of an edge of `type` supported by `sentences` sentences: relations by weight, membership links thin. */
export function edgeTypeWidth(type: EdgeType, sentences: number): number {
  return type === "serves" ? MEMBERSHIP_WIDTH : edgeWidth(sentences);
}
