/**
 * World knowledge about states: every surface form by which French news names a state (names, capitals used for
 * the state, demonyms in all their inflections, compound prefixes), and the collective names of sets of states.
 *
 * Codes and base names come from ISO 3166-1 as packaged by i18n-iso-countries; the curated file
 * `graph-data/knowledge/states.json` says which codes are states and adds everything else. Pure: runs in Node and
 * in the browser (no fs), and the result is deterministic.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import data from "../../graph-data/knowledge/states.json" with { type: "json" };
import { compareCodeUnits as compare, FOLDS, foldText } from "../model/text-keys.ts";
import { knowledgeCheck } from "./validate.ts";

export const STATE_STATUSES = ["member", "observer", "disputed", "historical"] as const;
/** UN member, UN observer state, partially recognised or de facto state, or former state. */
export type StateStatus = (typeof STATE_STATUSES)[number];

/** Everything known about one state. Arrays are deduplicated and sorted (code-unit order). */
export interface StateEntry {
  /** ISO 3166-1 alpha-3, ISO 3166-3 four-letter code for former states, or a user-assigned X code. */
  code: string;
  /** ISO 3166-1 alpha-2 (or the user-assigned "XK" of Kosovo); null when there is none. */
  iso2: string | null;
  status: StateStatus;
  /** Canonical French label, as a French reader expects it ("États-Unis", "Birmanie"). */
  nameFr: string;
  nameEn: string;
  /** Every French and English name form, canonical ones included, without a leading article. */
  names: string[];
  /** Capitals (and seats of government) whose name stands for the state ("Moscou a annoncé"). */
  capitals: string[];
  /** Every inflected form of every demonym (m.sg, f.sg, m.pl, f.pl), lower case. */
  demonyms: string[];
  /** Combining forms of compound adjectives, lower case, without the hyphen ("nippo" for "nippo-russe"). */
  prefixes: string[];
  /**
   * Forms of this entry (as written in `names`, `capitals` or `demonyms`) that are also a common word, a first name
   * or another place ("Maurice", "Niger", "Vienne"): an extractor should require stronger context for them.
   */
  ambiguous: string[];
}

/** A collective name that stands for an exact set of states ("deux Corées" → PRK, KOR). */
export interface StateGroup {
  /** The name without its article, as written. */
  name: string;
  /** State codes, sorted. */
  members: string[];
}

const LEADING_ARTICLE = /^(?:(?:la|le|les|the)\s+|l['’]\s*)/i;
// A parenthesised part ending in a function word is a fragment of an inverted form ("Kingdom of the"), not a name.
const DANGLING_WORD = /\s(?:of|the|and|de|du|des|la|le|les|et)$/i;

countries.registerLocale(fr);
countries.registerLocale(en);

/** The curated record of one state, as in the JSON file; an omitted array is empty, an omitted iso2 null. */
interface CuratedState {
  code: string;
  iso2?: string | null;
  status: StateStatus;
  nameFr: string;
  nameEn: string;
  note?: string;
  names?: string[];
  namesEn?: string[];
  excludeNames?: string[];
  capitals?: string[];
  demonyms?: string[];
  demonymForms?: string[];
  prefixes?: string[];
  collectives?: string[];
  ambiguous?: string[];
}

interface StatesFile {
  source?: string;
  note?: string;
  states?: CuratedState[];
  groups?: StateGroup[];
  nonStateForms?: string[];
}

const nonEmpty = { type: "string", pattern: "\\S" } as const;
const formList = { type: "array", items: nonEmpty } as const;

/** The JSON Schema of `states.json`. Each part is optional here; the function that reads a part requires it. */
const STATES_FILE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    source: { type: "string" },
    note: { type: "string" },
    states: {
      type: "array",
      items: {
        type: "object",
        required: ["code", "status", "nameFr", "nameEn"],
        additionalProperties: false,
        properties: {
          code: { type: "string", pattern: "^[A-Z]{3,4}$" },
          iso2: { type: ["string", "null"], pattern: "^[A-Z]{2}$" },
          status: { enum: [...STATE_STATUSES] },
          nameFr: nonEmpty,
          nameEn: nonEmpty,
          note: { type: "string" },
          names: formList,
          namesEn: formList,
          excludeNames: formList,
          capitals: formList,
          demonyms: formList,
          demonymForms: formList,
          prefixes: formList,
          collectives: formList,
          ambiguous: formList,
        },
      },
    },
    groups: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "members"],
        additionalProperties: false,
        properties: { name: nonEmpty, members: { type: "array", minItems: 2, items: nonEmpty } },
      },
    },
    nonStateForms: formList,
  },
} as const;

const checkStatesFile = knowledgeCheck<StatesFile>("states.json", STATES_FILE_SCHEMA);

let statesCache: readonly StateEntry[] | null = null;
let groupsCache: readonly StateGroup[] | null = null;
let nonStateCache: readonly string[] | null = null;

/** Every state, sorted by code. Built once, then memoised; throws naming the entry when the data is inconsistent. */
export function loadStates(): readonly StateEntry[] {
  statesCache ??= Object.freeze(compileStates(data));
  return statesCache;
}

/** Collective names of exact sets of states, sorted by name. */
export function loadStateGroups(): readonly StateGroup[] {
  groupsCache ??= Object.freeze(compileStateGroups(data, loadStates()));
  return groupsCache;
}

/**
 * Phrases that contain a state's surface form but do not denote that state ("latino-américain", "Irlande du Nord",
 * "océan Indien"): an extractor that matches the longest phrase first can use them to block false mentions.
 */
export function loadNonStateForms(): readonly string[] {
  nonStateCache ??= Object.freeze(sortUnique(checkStatesFile(data).nonStateForms ?? []));
  return nonStateCache;
}

/**
 * Key under which two spellings of a surface form are the same: accents and case dropped, typographic apostrophes
 * made straight, hyphens and runs of spaces made one space ("Etats-Unis" ≡ "États Unis").
 */
export function formKey(form: string): string {
  return foldText(form, FOLDS.stateForm);
}

/**
 * The regular French inflections of a masculine singular demonym: masculine and feminine, singular and plural,
 * lower case, deduplicated, sorted. Irregular demonyms (turc, grec) are not derived here: their forms are data.
 * Only the last hyphenated part inflects ("nord-coréen" → "nord-coréennes").
 */
export function inflectDemonym(masculineSingular: string): string[] {
  const m = masculineSingular.normalize("NFC").trim().toLowerCase();
  if (m === "") return [];
  let forms: string[];
  if (m.endsWith("e")) forms = [m, `${m}s`];
  else if (/(?:en|on)$/.test(m)) forms = [m, `${m}ne`, `${m}s`, `${m}nes`];
  else if (/eux$/.test(m)) forms = [m, `${m.slice(0, -1)}se`, `${m.slice(0, -1)}ses`];
  else if (/[sxz]$/.test(m)) forms = [m, `${m}e`, `${m}es`];
  else if (/ier$/.test(m)) forms = [m, `${m.slice(0, -2)}ière`, `${m}s`, `${m.slice(0, -2)}ières`];
  else if (/el$/.test(m)) forms = [m, `${m}le`, `${m}s`, `${m}les`];
  else if (/al$/.test(m)) forms = [m, `${m}e`, `${m.slice(0, -1)}ux`, `${m}es`];
  else if (/c$/.test(m)) forms = [m, `${m.slice(0, -1)}que`, `${m}s`, `${m.slice(0, -1)}ques`];
  else forms = [m, `${m}e`, `${m}s`, `${m}es`];
  return sortUnique(forms);
}

/**
 * The states of a knowledge file in the format of `states.json` (parsed JSON), merged with i18n-iso-countries.
 * `loadStates()` is this function over the bundled file, memoised; exported so tools and tests can check other data.
 * Throws naming the entry and the fix when the data is malformed or a form names two states.
 */
export function compileStates(file: unknown): StateEntry[] {
  const entries = required(checkStatesFile(file), "states")
    .map(toEntry)
    .sort((a, b) => compare(a.code, b.code));
  assertUnique(
    entries.map((e) => e.code),
    (code) => `knowledge: state code "${code}" appears twice in states.json. Keep one entry.`,
  );
  assertNoSharedForm(entries);
  return entries;
}

function toEntry(curated: CuratedState): StateEntry {
  const state = withDefaults(curated);
  const isoNames = state.iso2 === null ? [] : [...isoNamesOf(state.iso2, "fr"), ...isoNamesOf(state.iso2, "en")];
  const excluded = new Set(state.excludeNames.map(formKey));
  // Curated spellings first: on a case-insensitive tie the curated casing wins ("Émirats arabes unis").
  const names = uniqueIgnoringCase(
    [state.nameFr, ...state.names, state.nameEn, ...state.namesEn, ...state.collectives, ...isoNames]
      .map((name) => name.replace(LEADING_ARTICLE, "").trim())
      .filter((name) => name !== "" && !excluded.has(formKey(name))),
  );
  const demonyms = sortUnique([
    ...state.demonyms.flatMap(inflectDemonym),
    ...state.demonymForms.map((f) => f.toLowerCase()),
  ]);
  const entry: StateEntry = {
    code: state.code,
    iso2: state.iso2,
    status: state.status,
    nameFr: state.nameFr,
    nameEn: state.nameEn,
    names,
    capitals: uniqueIgnoringCase(state.capitals),
    demonyms,
    prefixes: sortUnique(state.prefixes.map((p) => p.toLowerCase().replace(/-+$/, ""))),
    ambiguous: uniqueIgnoringCase(state.ambiguous),
  };
  const own = new Set([...entry.names, ...entry.capitals, ...entry.demonyms].map(formKey));
  for (const form of entry.ambiguous)
    if (!own.has(formKey(form)))
      throw new Error(
        `knowledge: "${form}" is listed as ambiguous for ${state.code} but is none of its forms. Fix the "ambiguous" list.`,
      );
  return entry;
}

/** Names i18n-iso-countries gives, reduced to forms found in running text. */
function isoNamesOf(iso2: string, lang: "fr" | "en"): string[] {
  const names = countries.getName(iso2, lang, { select: "all" }) ?? [];
  return names.flatMap((name) => {
    // Inverted catalogue forms ("Korea, Republic of", "Taiwan, Province of China") never occur in prose.
    if (name.includes(",")) return [];
    const parts = /^(.*?)\s*\((.*)\)$/.exec(name);
    const candidates = parts ? [parts[1] ?? "", parts[2] ?? ""] : [name];
    return candidates.map((c) => c.trim()).filter((c) => /^\p{Lu}/u.test(c) && !DANGLING_WORD.test(c));
  });
}

/** A surface form that names two states would make every match a coin toss: refuse the data instead. */
function assertNoSharedForm(entries: readonly StateEntry[]): void {
  const owner = new Map<string, string>();
  for (const entry of entries)
    for (const form of [...entry.names, ...entry.capitals, ...entry.demonyms, ...entry.prefixes]) {
      const key = formKey(form);
      const other = owner.get(key);
      if (other !== undefined && other !== entry.code)
        throw new Error(
          `knowledge: "${form}" names both ${other} and ${entry.code}. Remove it from one or both (use "excludeNames" for names from i18n-iso-countries) and add a group if it names exactly both.`,
        );
      owner.set(key, entry.code);
    }
}

/** The groups of a knowledge file in the format of `states.json`, checked against the given states. */
export function compileStateGroups(file: unknown, states: readonly StateEntry[]): StateGroup[] {
  const codes = new Set(states.map((s) => s.code));
  const groups = required(checkStatesFile(file), "groups").map(({ name, members }, i) => {
    const where = `states.json groups[${i}]`;
    for (const code of members)
      if (!codes.has(code))
        throw new Error(
          `knowledge: ${where} ("${name}") names unknown state "${code}". Use a code from the states list.`,
        );
    const sorted = sortUnique(members);
    if (sorted.length < 2) throw new Error(`knowledge: ${where} ("${name}") needs at least two members.`);
    return { name, members: sorted };
  });
  assertUnique(
    groups.map((g) => formKey(g.name)),
    (key) => `knowledge: group "${key}" appears twice in states.json.`,
  );
  return groups.sort((a, b) => compare(a.name, b.name));
}

/** A part of `states.json` that the caller needs: absent is an error naming it. */
function required<K extends "states" | "groups">(file: StatesFile, part: K): NonNullable<StatesFile[K]> {
  const value = file[part];
  if (value === undefined) throw new Error(`knowledge: states.json needs an array "${part}".`);
  return value;
}

/** A curated state with its omitted arrays empty and an omitted iso2 null. */
function withDefaults(state: CuratedState): Required<CuratedState> {
  return {
    code: state.code,
    iso2: state.iso2 ?? null,
    status: state.status,
    nameFr: state.nameFr,
    nameEn: state.nameEn,
    note: state.note ?? "",
    names: state.names ?? [],
    namesEn: state.namesEn ?? [],
    excludeNames: state.excludeNames ?? [],
    capitals: state.capitals ?? [],
    demonyms: state.demonyms ?? [],
    demonymForms: state.demonymForms ?? [],
    prefixes: state.prefixes ?? [],
    collectives: state.collectives ?? [],
    ambiguous: state.ambiguous ?? [],
  };
}

// --- deterministic ordering: plain code-unit comparison, identical in every JavaScript engine ---

function sortUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

/** Deduplicates case-insensitively (first spelling wins), then sorts. Accent variants are kept: both are written. */
function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()].sort(compare);
}

function assertUnique(values: readonly string[], message: (value: string) => string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(message(value));
    seen.add(value);
  }
}
