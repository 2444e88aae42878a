/**
 * How strongly an edge pulls in ForceAtlas2, shared by the initial layout and the live one so both settle on the
 * same shape.
 */

/** Membership links pull a bit harder than a single-sentence relation, keeping leaders beside their state. */
export const MEMBERSHIP_WEIGHT = 2;

/** Log damping of the number of supporting sentences: one heavily reported pair should not collapse onto itself. */
export function layoutEdgeWeight(type: string, weight: number): number {
  return type === "serves" ? MEMBERSHIP_WEIGHT : 1 + Math.log(Math.max(1, Number.isFinite(weight) ? weight : 1));
}
