/**
 * When the live layout should stop on its own: a pure state machine fed with the movement measured at each
 * check, so the rule is unit-tested without a worker or a clock.
 */

export interface SettleOptions {
  /** Relative movement per check (see `relativeMovement`) under which the layout counts as calm. */
  threshold: number;
  /** Consecutive calm checks needed to stop: one quiet check can be a lull in an oscillation. */
  calmChecks: number;
  /** Time budget in milliseconds after which the layout stops even if it still moves. */
  budgetMs: number;
}

export const DEFAULT_SETTLE_OPTIONS: SettleOptions = { threshold: 0.002, calmChecks: 3, budgetMs: 10_000 };

export interface SettleState {
  startedAt: number;
  calm: number;
}

export type StopReason = "settled" | "budget";

export function initialSettleState(now: number): SettleState {
  return { startedAt: now, calm: 0 };
}

/** Folds one check into the state and says whether (and why) to stop now. */
export function settleStep(
  state: SettleState,
  movement: number,
  now: number,
  options: SettleOptions,
): { state: SettleState; stop: StopReason | null } {
  const calm = movement < options.threshold ? state.calm + 1 : 0;
  const next = { startedAt: state.startedAt, calm };
  if (calm >= options.calmChecks) return { state: next, stop: "settled" };
  if (now - state.startedAt >= options.budgetMs) return { state: next, stop: "budget" };
  return { state: next, stop: null };
}
