/** The knobs of relation pairing, in one place with their defaults. */

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
