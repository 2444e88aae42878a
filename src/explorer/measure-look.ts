/**
 * Node size by a measure and colour by community: a new base look derived from the default one
 * (`computeAppearance` of `src/appearance/`) and the measures of the visible graph. Pure; the reducers draw whatever
 * look they are given.
 */
import { communityColor, MEASURE_SIZE_RANGE, type Appearance, type NodeLook } from "../appearance/index.ts";
import type { ColorMode, MeasureValues, SizeMode } from "./analysis-view.ts";

/**
 * The look for a size and colour mode. Returns `base` itself when both modes are the defaults or the measures are
 * not there yet (the drawing keeps the default look meanwhile).
 */
export function analysisLook(
  base: Appearance,
  modes: { size: SizeMode; color: ColorMode },
  measures: MeasureValues | null,
): Appearance {
  const bySize = modes.size !== "importance" && measures !== null;
  const byCommunity = modes.color === "community" && measures !== null;
  if (!bySize && !byCommunity) return base;
  const values = bySize ? measures.values[modes.size as Exclude<SizeMode, "importance">] : null;
  let max = 0;
  for (const value of values?.values() ?? []) max = Math.max(max, value);
  const [low, high] = MEASURE_SIZE_RANGE;
  const nodes = new Map<string, NodeLook>();
  for (const [key, look] of base.nodes) {
    const value = values?.get(key);
    const community = byCommunity ? measures.community.get(key) : undefined;
    nodes.set(key, {
      ...look,
      // Square root: area, not radius, grows with the value.
      size:
        values === null
          ? look.size
          : value === undefined || max <= 0
            ? low
            : low + (high - low) * Math.sqrt(value / max),
      color: community === undefined ? look.color : communityColor(community),
    });
  }
  return { nodes, edges: base.edges };
}
