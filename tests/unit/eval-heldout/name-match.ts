/**
 * What every evaluation set of the extractor matches names and codes with, so the sets score alike: a name matches
 * on its full folded form or its last word ("M. Erdogan" = "Recep Tayyip Erdogan").
 */

/** Accents, case, hyphens, apostrophes and dots ignored: "Abdel-Fattah Al-Sissi" = "abdel fattah al sissi". */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-'’‘.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function lastNameWord(name: string): string {
  return foldName(name).split(" ").at(-1) ?? "";
}

/** Whether `predicted` names the same person as one of `candidates` (full form or last word). */
export function nameMatches(predicted: string, candidates: readonly string[]): boolean {
  const full = foldName(predicted);
  const last = lastNameWord(predicted);
  return candidates.some((c) => foldName(c) === full || lastNameWord(c) === last);
}

/** A state endpoint (ISO alpha-3, or a four-letter ISO 3166-3 code like SUHH) rather than a leader's name. */
export function isStateCode(endpoint: string): boolean {
  return /^[A-Z]{3,4}$/.test(endpoint);
}

export function percent(n: number, d: number): string {
  return d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`;
}
