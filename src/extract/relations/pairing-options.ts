/** The knobs of relation pairing, in one place with their defaults and a validator. */

export interface PairingOptions {
  /** How many tokens may separate a cue from an actor it relates (either side). */
  maxDistance: number;
  /** How far after a cue "entre" may stand, and how far after "entre" its actors. */
  entreWindow: number;
  /** How far before a cue a negator ("ne", "aucun", "a refusé de") may stand. */
  negationWindow: number;
}

export const DEFAULT_PAIRING_OPTIONS: Readonly<PairingOptions> = Object.freeze({
  maxDistance: 26,
  entreWindow: 6,
  negationWindow: 8,
});

export class PairingOptionsError extends Error {
  override name = "PairingOptionsError";
}

/** Defaults filled in, every value checked: a positive integer each. Throws `PairingOptionsError` naming the field. */
export function resolvePairingOptions(options: Partial<PairingOptions> = {}): PairingOptions {
  const resolved = { ...DEFAULT_PAIRING_OPTIONS, ...options };
  for (const [field, value] of Object.entries(resolved))
    if (!Number.isInteger(value) || value < 1)
      throw new PairingOptionsError(`pairing option ${field} must be a positive integer, got ${String(value)}`);
  return resolved;
}
