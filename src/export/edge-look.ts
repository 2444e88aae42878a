/** Edge widths shared by the explorer's drawing and the SVG export, so an exported image looks like the screen. */

/** Edge width in pixels: grows with the log of the number of supporting sentences, capped. */
export function edgeWidth(weight: number): number {
  return Math.min(6, 1 + 1.3 * Math.log2(Math.max(1, weight)));
}

/** Membership links are drawn thin so they read as structure, not as a relation. */
export const MEMBERSHIP_WIDTH = 0.6;
