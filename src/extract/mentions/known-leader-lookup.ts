/**
 * Looser ways to find a person of world knowledge (`graph-data/knowledge/leaders.json`) than the exact folded name
 * of `findKnownLeaders`: by transliteration-independent spelling ("Mikhail Michoustine" = "Mikhaïl Mishustin")
 * and, for a titled surname alone ("le président Ruto"), by last name. Indexes are built once, on first use.
 */
import { findKnownLeaders, leaderNameKey, loadKnownLeaders, type KnownLeader } from "../../knowledge/leaders.ts";
import { nameKey } from "../resolve/name-key.ts";

let bySpelling: Map<string, KnownLeader[]> | null = null;
let bySurname: Map<string, KnownLeader[]> | null = null;

function push(index: Map<string, KnownLeader[]>, key: string, leader: KnownLeader): void {
  const list = index.get(key);
  if (!list) index.set(key, [leader]);
  else if (!list.includes(leader)) list.push(leader);
}

function buildIndexes(): void {
  bySpelling = new Map();
  bySurname = new Map();
  for (const leader of loadKnownLeaders())
    for (const name of [leader.name, ...leader.variants]) {
      push(bySpelling, nameKey(name), leader);
      const words = leaderNameKey(name).split(" ");
      if (words.length >= 2) push(bySurname, words.at(-1)!, leader);
    }
}

/** Known leaders named `name`, exactly (folded) or else by spelling key. */
export function knownLeadersNamed(name: string): readonly KnownLeader[] {
  const exact = findKnownLeaders(name);
  if (exact.length > 0) return exact;
  if (!bySpelling) buildIndexes();
  return bySpelling!.get(nameKey(name)) ?? [];
}

/** Known leaders whose name ends with this one word ("Silva" → every leader whose name ends so). */
export function knownLeadersBySurname(word: string): readonly KnownLeader[] {
  if (!bySurname) buildIndexes();
  return bySurname!.get(leaderNameKey(word)) ?? [];
}
