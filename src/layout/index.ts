/**
 * The layout module's public surface for Node and the browser alike (the worker-driven live layout is in
 * `supervisor.ts`, which only the browser imports; the seeded random numbers in `rng.ts`, imported on their own so
 * the analysis worker does not load ForceAtlas2).
 */
export { assignInitialLayout, computeInitialLayout, type Point } from "./initial.ts";
export {
  DEFAULT_INITIAL_LAYOUT_OPTIONS,
  LayoutOptionsError,
  resolveInitialLayoutOptions,
  validateInitialLayoutOptions,
  type InitialLayoutOptions,
} from "./options.ts";
