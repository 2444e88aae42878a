/**
 * Label size and density: the user's two choices and the sigma settings they stand for. Pure, so the URL, the
 * controls and the renderer share one definition.
 */

export const LABEL_SIZES = ["small", "medium", "large"] as const;
export type LabelSize = (typeof LABEL_SIZES)[number];

export const LABEL_DENSITIES = ["few", "normal", "many", "all"] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

export interface LabelChoice {
  size: LabelSize;
  density: LabelDensity;
}

export const DEFAULT_LABEL_CHOICE: LabelChoice = { size: "medium", density: "normal" };

/** Multiplies the stage's base label size (which already shrinks on small stages). */
const SIZE_FACTOR: Readonly<Record<LabelSize, number>> = { small: 0.85, medium: 1, large: 1.3 };

/**
 * Sigma's label grid keeps `labelDensity` labels per `labelGridCellSize`-pixel cell (more when zoomed in), among
 * nodes drawn at least `labelRenderedSizeThreshold` pixels wide. "normal" is the explorer's long-standing look.
 */
const DENSITY_SETTINGS: Readonly<
  Record<LabelDensity, { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number }>
> = {
  few: { labelDensity: 0.3, labelGridCellSize: 160, labelRenderedSizeThreshold: 10 },
  normal: { labelDensity: 0.6, labelGridCellSize: 100, labelRenderedSizeThreshold: 7 },
  many: { labelDensity: 1.5, labelGridCellSize: 60, labelRenderedSizeThreshold: 3 },
  all: { labelDensity: 50, labelGridCellSize: 20, labelRenderedSizeThreshold: 0 },
};

export interface LabelRenderSettings {
  labelSize: number;
  labelDensity: number;
  labelGridCellSize: number;
  labelRenderedSizeThreshold: number;
}

/** The sigma settings for a choice, given the stage's base label size in pixels. */
export function labelRenderSettings(choice: LabelChoice, baseSize: number): LabelRenderSettings {
  return { labelSize: Math.round(baseSize * SIZE_FACTOR[choice.size]), ...DENSITY_SETTINGS[choice.density] };
}
