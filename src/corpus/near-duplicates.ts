/**
 * Near-duplicates: the same story published twice — the same wire copy in two outlets, with another headline, other
 * page chrome, a sentence cut or added. Exact duplicates are refused at intake; near ones are both kept as sources
 * and grouped, so the story counts once in edge weights. Similarity is the Jaccard index of the two texts' sets of
 * word 5-grams ("shingles", over lower-cased words of letters and digits), computed exactly for every pair that
 * shares a shingle, through an inverted index. Pure and deterministic.
 */

/** Words per shingle: long enough that two different stories on one topic share almost none. */
export const SHINGLE_WORDS = 5;
/**
 * Jaccard index from which two texts tell the same story. The same wire story with one sentence more or less, another
 * headline and some chrome scores 0.6 to 0.9 on ten-sentence articles; two different stories on the same topic,
 * with the same names and stock phrases, score under 0.05.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Shingles shared by more texts than this are boilerplate (a signature, a stock line) and are not compared. */
const MAX_TEXTS_PER_SHINGLE = 50;

/** A text to compare: its id (file name) and its text. */
export interface ComparedText {
  id: string;
  text: string;
}

/** Texts that tell one story: the first id in the order given, the others, each with its highest similarity in the group. */
export interface NearDuplicateGroup {
  first: string;
  others: { id: string; similarity: number }[];
}

/** The set of word 5-grams of a text, lower-cased (a text shorter than five words is one shingle of its words). */
export function shingles(text: string): Set<string> {
  const words =
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) set.add(words.join(" "));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  return set;
}

/** The Jaccard index of two sets: shared over total. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups of texts that tell the same story (Jaccard index of shingles ≥ `threshold`, linked transitively), each led
 * by its first text in the order given; texts alike with no other are in no group.
 */
export function nearDuplicateGroups(
  texts: readonly ComparedText[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicateGroup[] {
  const sets = texts.map((t) => shingles(t.text));
  // Inverted index: shingle → the texts that have it, so only pairs sharing something are compared.
  const holders = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = holders.get(s);
      if (list === undefined) holders.set(s, [i]);
      else list.push(i);
    }
  });
  const sharedCounts = new Map<number, number>();
  const n = texts.length;
  for (const list of holders.values()) {
    if (list.length < 2 || list.length > MAX_TEXTS_PER_SHINGLE) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x]! * n + list[y]!;
        sharedCounts.set(pair, (sharedCounts.get(pair) ?? 0) + 1);
      }
  }

  // Union-find, the root of each set being its smallest index (its first text).
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  /** Per text, its highest similarity to another text it was linked to. */
  const best = new Map<number, number>();
  for (const [pair, shared] of [...sharedCounts].sort((p, q) => p[0] - q[0])) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    const index = shared / (sets[a]!.size + sets[b]!.size - shared);
    if (index < threshold) continue;
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    for (const i of [a, b]) best.set(i, Math.max(best.get(i) ?? 0, index));
  }

  const groups = new Map<number, NearDuplicateGroup>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    if (r === i) continue;
    let group = groups.get(r);
    if (group === undefined) groups.set(r, (group = { first: texts[r]!.id, others: [] }));
    group.others.push({ id: texts[i]!.id, similarity: best.get(i)! });
  }
  return [...groups.entries()].sort((p, q) => p[0] - q[0]).map(([, group]) => group);
}
