/**
 * Seeded pseudo-randomness for layouts: a string hash and a small PRNG, so positions depend only on the data and
 * the seed — never on `Math.random` or the clock.
 */

/** FNV-1a hash of a string to an unsigned 32-bit integer. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a fast PRNG with a 32-bit state; returns numbers in [0, 1). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded by both the layout seed and a key, so one node's position does not depend on the others. */
export function rngFor(seed: string | number, key: string): () => number {
  return createRng(hashString(`${seed}\u0000${key}`));
}
