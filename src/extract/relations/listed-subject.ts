/**
 * A collective subject whose members are listed at the end of its clause: "Plusieurs pays ont condamné les propos du
 * président iranien, parmi lesquels Israël, le Canada et l'Australie". The listed actors are the subject: their group
 * moves to where the subject stands, so the pairing rules read it as the actor before the cue.
 */
import type { Token } from "../text/tokenise.ts";
import type { Clause } from "./clauses.ts";
import type { Group } from "./groups.ts";

/** Words opening a collective subject: "plusieurs pays", "de nombreux États", "les capitales européennes". */
const COLLECTIVE_OPENERS: ReadonlySet<string> = new Set([
  "plusieurs",
  "nombreux",
  "nombreuses",
  "certains",
  "certaines",
  "quelques",
  "divers",
  "diverses",
  "les",
  "des",
  "d'autres",
  "autres",
]);
/** Nouns naming a set of states. */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  "pays",
  "etats",
  "gouvernements",
  "capitales",
  "puissances",
  "nations",
  "allies",
  "partenaires",
  "voisins",
]);
/** Words introducing the members of the set: ", parmi lesquels X, Y et Z", ", dont X et Y". */
const MEMBER_INTRODUCERS: readonly (readonly string[])[] = [
  ["parmi", "lesquels"],
  ["parmi", "lesquelles"],
  ["parmi", "eux"],
  ["parmi", "elles"],
  ["dont"],
  ["notamment"],
  ["en", "particulier"],
];
/** How many words may open the clause before its collective noun: "De très nombreux pays". */
const OPENER_REACH = 4;

/** The clause's groups, with a member list at its end moved to the collective subject opening it; else unchanged. */
export function withListedSubject(tokens: readonly Token[], clause: Clause, groups: readonly Group[]): Group[] {
  const subjectEnd = collectiveSubjectEnd(tokens, clause);
  if (subjectEnd === null || groups.length < 2 || groups[0]!.from < subjectEnd) return [...groups];
  const listStart = memberListStart(tokens, clause, groups[0]!.to);
  if (listStart === null) return [...groups];
  const members = groups.filter((g) => g.from >= listStart);
  const before = groups.filter((g) => g.to <= listStart);
  if (members.length === 0 || before.length === 0 || members.some((g) => g.place)) return [...groups];
  if (!tokens.slice(members.at(-1)!.to, clause.to).every((t) => t.punct)) return [...groups];
  const actors = members.flatMap((g) => g.actors);
  const subject: Group = {
    from: clause.from,
    to: subjectEnd,
    actors,
    mentions: members.flatMap((g) => g.mentions),
    closed: false,
    place: false,
  };
  return [subject, ...before];
}

/** The first token after ", parmi lesquels" (or another member introducer) past `from` in the clause, or null. */
function memberListStart(tokens: readonly Token[], clause: Clause, from: number): number | null {
  for (let k = from; k < clause.to; k++) {
    if (tokens[k]!.key !== ",") continue;
    const introducer = MEMBER_INTRODUCERS.find((words) => words.every((w, i) => tokens[k + 1 + i]?.key === w));
    if (introducer) return k + 1 + introducer.length;
  }
  return null;
}

/** The token after a collective subject opening the clause ("Plusieurs pays européens"), or null. */
function collectiveSubjectEnd(tokens: readonly Token[], clause: Clause): number | null {
  let k = clause.from;
  while (k < clause.to && k - clause.from < OPENER_REACH && !COLLECTIVE_NOUNS.has(tokens[k]!.key)) {
    if (!COLLECTIVE_OPENERS.has(tokens[k]!.key) && !["de", "d'", "tres", "bien"].includes(tokens[k]!.key)) return null;
    k++;
  }
  if (k === clause.from || !COLLECTIVE_NOUNS.has(tokens[k]?.key ?? "")) return null;
  return k + 1;
}
