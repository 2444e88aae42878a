/**
 * World knowledge about well-known leaders: which state each served, in which role, and when. Lets the extractor
 * place a leader named without a nationality ("le président Xi Jinping", "Donald Trump a déclaré…").
 *
 * The data is curated by hand in `graph-data/knowledge/leaders.json` (its `source` and `note` say how and what is
 * left out); this module validates it once with Ajv and answers look-ups. Pure: runs in Node and in the browser (no
 * fs), and the result is deterministic.
 */
import data from "../../graph-data/knowledge/leaders.json" with { type: "json" };
import { compareCodeUnits as compare, FOLDS, foldText } from "../model/text-keys.ts";
import { knowledgeCheck } from "./validate.ts";

/** Canonical role names, as stored in the file. */
export const LEADER_ROLES = [
  "président",
  "Premier ministre",
  "chef de l'État",
  "monarque",
  "dirigeant",
  "chancelier",
  "ministre des Affaires étrangères",
  "ministre de la Défense",
  "secrétaire d'État",
  "vice-président",
] as const;

/** One office held: years inclusive; `to` is null while in office. */
export interface KnownRole {
  role: string;
  from: number;
  to: number | null;
}

/** A leader as in the file: the name as French news spells it, other spellings, the state served (ISO alpha-3). */
export interface KnownLeader {
  name: string;
  variants: string[];
  state: string;
  roles: KnownRole[];
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const LEADER_FILE_SCHEMA = {
  type: "object",
  required: ["source", "note", "leaders"],
  additionalProperties: false,
  properties: {
    source: { type: "string", minLength: 1 },
    note: { type: "string", minLength: 1 },
    leaders: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "variants", "state", "roles"],
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1, pattern: "\\S" },
          variants: { type: "array", items: { type: "string", minLength: 1, pattern: "\\S" } },
          state: { type: "string", pattern: "^[A-Z]{3,4}$" },
          roles: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              required: ["role", "from", "to"],
              additionalProperties: false,
              properties: {
                role: { enum: [...LEADER_ROLES] },
                from: { type: "integer", minimum: FIRST_YEAR, maximum: LAST_YEAR },
                to: { type: ["integer", "null"], minimum: FIRST_YEAR, maximum: LAST_YEAR },
              },
            },
          },
        },
      },
    },
  },
} as const;

interface LeadersFile {
  source: string;
  note: string;
  leaders: KnownLeader[];
}

const checkLeadersFile = knowledgeCheck<LeadersFile>("leaders.json", LEADER_FILE_SCHEMA);

let leadersCache: readonly KnownLeader[] | null = null;
let indexCache: ReadonlyMap<string, readonly KnownLeader[]> | null = null;
let byStateCache: ReadonlyMap<string, readonly KnownLeader[]> | null = null;

/** Every known leader, sorted by name (then state). Validated once, then memoised; throws naming the entry and field. */
export function loadKnownLeaders(): readonly KnownLeader[] {
  leadersCache ??= Object.freeze(compileKnownLeaders(data));
  return leadersCache;
}

/** The known leaders whose name or variant folds (accents, case, hyphens/spaces ignored) to the same words as `name`. */
export function findKnownLeaders(name: string): readonly KnownLeader[] {
  indexCache ??= buildIndex(loadKnownLeaders());
  return indexCache.get(leaderNameKey(name)) ?? [];
}

/** Every known leader of `state` holding some role in `year`, with the roles held that year. */
export function officeHoldersIn(state: string, year: number): { leader: KnownLeader; roles: KnownRole[] }[] {
  if (byStateCache === null) {
    const byState = new Map<string, KnownLeader[]>();
    for (const leader of loadKnownLeaders()) byState.set(leader.state, [...(byState.get(leader.state) ?? []), leader]);
    byStateCache = byState;
  }
  return (byStateCache.get(state) ?? []).flatMap((leader) => {
    const roles = leader.roles.filter((r) => r.from <= year && (r.to === null || year <= r.to));
    return roles.length > 0 ? [{ leader, roles }] : [];
  });
}

/** Whether the leader held some role in the given year (or at any time when year is null). */
export function servedIn(leader: KnownLeader, year: number | null): boolean {
  if (year === null) return leader.roles.length > 0;
  return leader.roles.some((r) => r.from <= year && (r.to === null || year <= r.to));
}

/**
 * The words of a name, for comparison: diacritics and case dropped (also ø, ł, đ, ð, ı, æ, ß), apostrophes removed
 * ("N'Guessan" ≡ "NGuessan", "Tuila'epa" ≡ "Tuilaepa"), every other non-letter run (hyphen, dot, space) one space.
 */
export function leaderNameKey(name: string): string {
  return foldText(name, FOLDS.leaderName);
}

/**
 * The leaders of a file in the format of `leaders.json` (parsed JSON), validated and sorted. `loadKnownLeaders()` is
 * this function over the bundled file, memoised; exported so tools and tests can check other data.
 */
export function compileKnownLeaders(file: unknown): KnownLeader[] {
  const leaders = checkLeadersFile(file).leaders.map((leader, i) => {
    const where = `leaders.json leaders[${i}] ("${leader.name}")`;
    leader.roles.forEach((role, j) => {
      if (role.to !== null && role.to < role.from)
        throw new Error(
          `knowledge: ${where} field roles[${j}]: "to" (${role.to}) is before "from" (${role.from}). Fix the years.`,
        );
    });
    return {
      name: leader.name,
      variants: [...leader.variants],
      state: leader.state,
      roles: leader.roles.map((r) => ({ role: r.role, from: r.from, to: r.to })),
    };
  });
  assertNoSharedName(leaders);
  return leaders.sort((a, b) => compare(a.name, b.name) || compare(a.state, b.state));
}

/** Two entries of one state with the same folded name would be the same person twice: refuse the data. */
function assertNoSharedName(leaders: readonly KnownLeader[]): void {
  const owner = new Map<string, KnownLeader>();
  for (const leader of leaders)
    for (const form of [leader.name, ...leader.variants]) {
      const key = `${leader.state} ${leaderNameKey(form)}`;
      const other = owner.get(key);
      if (other !== undefined && other !== leader)
        throw new Error(
          `knowledge: leaders.json has "${other.name}" and "${leader.name}" of ${leader.state} both named "${form}". Merge them into one entry or drop the variant.`,
        );
      owner.set(key, leader);
    }
}

function buildIndex(leaders: readonly KnownLeader[]): ReadonlyMap<string, readonly KnownLeader[]> {
  const index = new Map<string, KnownLeader[]>();
  for (const leader of leaders)
    for (const key of new Set([leader.name, ...leader.variants].map(leaderNameKey))) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [leader]);
      else list.push(leader);
    }
  for (const list of index.values()) Object.freeze(list);
  return index;
}
