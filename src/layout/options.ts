/**
 * Options of the initial layout, in the house options pattern: interface, defaults, a validator naming the
 * faulty field, and a resolver merging a partial over the defaults.
 */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export interface InitialLayoutOptions {
  /** Seed of the initial positions; the same graph and seed always give the same layout. */
  seed: string | number;
  /** ForceAtlas2 iterations run synchronously after seeding. */
  iterations: number;
  /** Overrides of the settings inferred from the graph (`forceAtlas2.inferSettings`). */
  settings: ForceAtlas2Settings;
  /** Half-width of the square the positions are scaled into before overlap removal, in layout units ≈ pixels. */
  extent: number;
  /** Whether to run overlap removal after ForceAtlas2. */
  noverlap: boolean;
  /** Iteration cap of the overlap removal. */
  noverlapIterations: number;
  /** Free space kept around each node by overlap removal, in layout units, leaving room for labels. */
  margin: number;
}

export const DEFAULT_INITIAL_LAYOUT_OPTIONS: InitialLayoutOptions = {
  seed: "entente",
  iterations: 600,
  settings: {},
  extent: 500,
  noverlap: true,
  noverlapIterations: 400,
  margin: 6,
};

/** Raised for invalid layout options; the message names the field. */
export class LayoutOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LayoutOptionsError";
  }
}

function assertCount(field: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new LayoutOptionsError(`layout: ${field}: must be an integer ≥ 0, got ${String(value)}`);
}

function assertPositive(field: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0)
    throw new LayoutOptionsError(`layout: ${field}: must be a finite number > 0, got ${String(value)}`);
}

/** Throws a `LayoutOptionsError` naming the first invalid field. */
export function validateInitialLayoutOptions(options: InitialLayoutOptions): void {
  if (typeof options.seed !== "string" && !(typeof options.seed === "number" && Number.isFinite(options.seed)))
    throw new LayoutOptionsError(`layout: seed: must be a string or a finite number, got ${String(options.seed)}`);
  assertCount("iterations", options.iterations);
  assertCount("noverlapIterations", options.noverlapIterations);
  assertPositive("extent", options.extent);
  if (typeof options.margin !== "number" || !Number.isFinite(options.margin) || options.margin < 0)
    throw new LayoutOptionsError(`layout: margin: must be a finite number ≥ 0, got ${String(options.margin)}`);
  if (typeof options.settings !== "object" || options.settings === null)
    throw new LayoutOptionsError("layout: settings: must be an object of ForceAtlas2 settings");
}

/** Merges a partial over the defaults and validates the result. */
export function resolveInitialLayoutOptions(partial: Partial<InitialLayoutOptions> = {}): InitialLayoutOptions {
  const options = { ...DEFAULT_INITIAL_LAYOUT_OPTIONS, ...partial };
  validateInitialLayoutOptions(options);
  return options;
}
