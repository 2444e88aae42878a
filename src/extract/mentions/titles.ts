/**
 * Titles that introduce or designate a leader: "le Premier ministre indien Narendra Modi", "le ministre allemand de
 * la Défense, Boris Pistorius", "Les ministres français des Affaires étrangères et des Armées, X et Y" (portfolios
 * given respectively), "son homologue chinois, Wang Yi", "celui de la Défense, X", "son prédécesseur X",
 * "Emmanuel Macron, le président français", and name-less ones ("le chef de l'État russe").
 */
import type { Lexicon, OfficeClass } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokenise.ts";
import { nameAt, nameEndingAt, type NameSpan } from "./names.ts";

export type TitleKind = "office" | "counterpart" | "predecessor" | "demonstrative";

export interface Office {
  role: string;
  class: OfficeClass;
}

export interface TitleParse {
  kind: TitleKind;
  /** Token span of the whole construction, names included. */
  from: number;
  to: number;
  /** Offices named by the title: one, or one per portfolio ("des Affaires étrangères et de la Défense"). */
  offices: Office[];
  plural: boolean;
  /** State code from a demonym or "de + state", if any. */
  state: string | null;
  /** Token span of the words that give the state (a mention of that state), if any. */
  stateSpan: { from: number; to: number } | null;
  /** For a plural title with one demonym per name ("congolais et rwandais"), the states in order. */
  states: string[];
  /** Token spans of the names the title introduces (empty for a name-less title). */
  names: NameSpan[];
  /** Where each name's own words start when a demonym precedes it ("…, et italien, Marco Rossi"): its mention's start. */
  nameLeads?: number[];
}

const DETERMINERS = new Set([
  "le",
  "la",
  "l'",
  "les",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "un",
  "une",
  "du",
  "des",
  "au",
  "aux",
  "de",
  "d'",
  "ce",
  "cet",
  "cette",
]);
const DE = new Set(["de", "du", "des", "d'"]);
const ARTICLES = new Set(["la", "le", "l'", "les"]);
const MAX_QUALIFIERS = 5;
/** Words on an office's tenure that may stand among its qualifiers (folded). */
const TENURE_QUALIFIERS: readonly (readonly string[])[] = [
  ["par", "interim"],
  ["sortant"],
  ["sortante"],
  ["interimaire"],
  ["en", "exercice"],
  ["elu"],
  ["elue"],
];

/** Parses a title whose head word is at token `at`; null when there is none. */
export function parseTitleAt(
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon,
  previous: TitleParse | null,
): TitleParse | null {
  const token = tokens[at];
  if (!token || token.punct) return null;
  let kind: TitleKind;
  let offices: Office[] = [];
  let plural: boolean;
  let j: number;
  const head = lexicon.heads.longestAt(tokens, at);
  if (head) {
    kind = "office";
    const value = head.values[0]!;
    offices = [{ role: value.role, class: value.class }];
    plural = value.plural;
    j = head.to;
  } else if (lexicon.counterparts.has(token.key)) {
    kind = "counterpart";
    plural = token.key.endsWith("s");
    j = at + 1;
  } else if (lexicon.predecessors.has(token.key)) {
    kind = "predecessor";
    plural = token.key.endsWith("s");
    j = at + 1;
  } else if (
    lexicon.demonstratives.has(token.key) &&
    previous !== null &&
    lexicon.portfolios.longestAt(tokens, at + 1)
  ) {
    kind = "demonstrative";
    plural = token.key === "ceux";
    offices = previous.offices.slice(0, 1);
    j = at + 1;
  } else return null;

  let state: string | null = kind === "demonstrative" ? previous!.state : null;
  let stateSpan: { from: number; to: number } | null = null;
  const states: string[] = [];
  const portfolios: Office[] = [];
  for (let q = 0; q < MAX_QUALIFIERS; q++) {
    const demonym = state === null ? demonymAt(tokens, j, lexicon) : null;
    if (demonym) {
      state = demonym.code;
      stateSpan = { from: j, to: demonym.to };
      states.push(demonym.code);
      j = demonym.to;
      // "les chefs de l'État congolais et rwandais": one demonym per person.
      while (plural && tokens[j]?.key === "et" && demonymAt(tokens, j + 1, lexicon)) {
        const next = demonymAt(tokens, j + 1, lexicon)!;
        states.push(next.code);
        j = next.to;
      }
      continue;
    }
    const portfolio = lexicon.portfolios.longestAt(tokens, j);
    if (portfolio) {
      portfolios.push(portfolio.values[0]!);
      j = portfolio.to;
      // "des Affaires étrangères et de la Défense": a list of portfolios.
      if (tokens[j]?.key === "et" && lexicon.portfolios.longestAt(tokens, j + 1)) j++;
      continue;
    }
    const ofState = state === null ? stateAfterDe(tokens, j, lexicon) : null;
    if (ofState) {
      state = ofState.code;
      stateSpan = { from: j, to: ofState.to };
      j = ofState.to;
      continue;
    }
    // "le ministre éthiopien de l'Eau": a ministry the lexicon does not list, named as French names ministries.
    const ministry =
      offices[0]?.class === "minister" && portfolios.length === 0 && kind === "office"
        ? ministryAt(tokens, j, lexicon)
        : null;
    if (ministry) {
      portfolios.push({ role: `${offices[0]!.role} ${ministry.name}`, class: "minister" });
      j = ministry.to;
      continue;
    }
    // "le ministre malien par intérim de la Défense", "le Premier ministre sortant": a word about the
    // tenure, not the office.
    const tenure = TENURE_QUALIFIERS.find((words) => words.every((w, k) => tokens[j + k]?.key === w));
    if (tenure) {
      j += tenure.length;
      continue;
    }
    break;
  }
  // A spokesperson "du ministère des Affaires étrangères" stays a spokesperson, a deputy ("vice-ministre des
  // Affaires étrangères") a deputy.
  if (portfolios.length > 0 && offices[0]?.class !== "spokesperson" && offices[0]?.class !== "deputy")
    offices = portfolios;

  let from = at;
  if (from > 0 && DETERMINERS.has(tokens[from - 1]!.key)) from--;
  const afterQualifiers = j;
  const names = namesAfter(tokens, j, lexicon, plural);
  // "ses homologues allemand, Karl Weber, et italien, Marco Rossi": one demonym and one name after the other.
  const nameLeads =
    plural && names.length === 1 && states.length === 1 ? respectivePairs(tokens, names, states, lexicon) : undefined;
  if (names.length > 0) {
    let to = names[names.length - 1]!.to;
    // "le roi Abdallah II de Jordanie", "l'émir Tamim ben Hamad Al Thani du Qatar": the state after the name.
    if (state === null && names.length === 1) {
      const after = stateAfterDe(tokens, to, lexicon);
      if (after) {
        stateSpan = { from: to, to: after.to };
        ({ state, to } = { state: after.code, to: after.to });
      }
    }
    return { kind, from, to, offices, plural, state, stateSpan, states, names, ...(nameLeads && { nameLeads }) };
  }

  // Apposition: "Vladimir Poutine, le président russe, …" names the person before the title.
  // A period of office may close it too: "Romano Prodi, président du Conseil italien de 2006 à 2008, …".
  const close = skipPeriod(tokens, j);
  const closesApposition = close >= tokens.length || [",", ".", ")", ";"].includes(tokens[close]!.key);
  if (!plural && from >= 2 && tokens[from - 1]!.key === "," && kind === "office" && closesApposition) {
    const before = nameEndingAt(tokens, from - 1, lexicon);
    if (before)
      return {
        kind,
        from: before.from,
        to: afterQualifiers,
        offices,
        plural,
        state,
        stateSpan,
        states,
        names: [before],
      };
  }
  return { kind, from, to: afterQualifiers, offices, plural, state, stateSpan, states, names: [] };
}

/**
 * The one state a demonym at token `k` names. A module function, not a closure: parsing runs at every token, and
 * tsx's `keepNames` makes every closure creation costly.
 */
function demonymAt(tokens: readonly Token[], k: number, lexicon: Lexicon): { code: string; to: number } | null {
  const match = lexicon.stateForms.longestAt(tokens, k);
  return match && match.values.length === 1 && match.values[0]!.kind === "demonym"
    ? { code: match.values[0]!.code, to: match.to }
    : null;
}

/** "de la Russie", "du Japon", "d'Iran": a state name after "de", unless a list follows ("du Japon et de la Russie"). */
/**
 * A ministry named the French way, "de l'Eau", "du Pétrole et des Énergies", "des Mines": "du", "des", "de la" or
 * "de l'" then a capitalised word that names no state, possibly continued by "et" and another. Only the ministry's
 * words, so "le ministre de l'Eau a déclaré" ends its title before the verb.
 */
function ministryAt(tokens: readonly Token[], at: number, lexicon: Lexicon): { name: string; to: number } | null {
  const ministryWord = (k: number): number | null => {
    let w = k;
    if (tokens[w]?.key === "du" || tokens[w]?.key === "des") w++;
    else if (tokens[w]?.key === "de" && (tokens[w + 1]?.key === "la" || tokens[w + 1]?.key === "l'")) w += 2;
    else return null;
    const word = tokens[w];
    if (!word || word.punct || !/^\p{Lu}/u.test(word.text)) return null;
    // "de l'Eau" is no "EAU" (Émirats arabes unis): a short state form matches only in capitals.
    const state = lexicon.stateForms.longestAt(tokens, w);
    if (state && !(state.to === w + 1 && word.text.length <= 4 && word.text !== word.text.toUpperCase())) return null;
    return w + 1;
  };
  let to = ministryWord(at);
  if (to === null) return null;
  while (tokens[to]?.key === "et") {
    const next = ministryWord(to + 1);
    if (next === null) break;
    to = next;
  }
  const name = tokens
    .slice(at, to)
    .map((t, i) => (i > 0 && !tokens[at + i - 1]!.text.endsWith("'") ? ` ${t.text}` : t.text))
    .join("");
  return { name, to };
}

function stateAfterDe(tokens: readonly Token[], at: number, lexicon: Lexicon): { code: string; to: number } | null {
  if (!DE.has(tokens[at]?.key ?? "")) return null;
  let k = at + 1;
  if (ARTICLES.has(tokens[k]?.key ?? "")) k++;
  const name = lexicon.stateForms.longestAt(tokens, k);
  if (!name || name.values.length !== 1 || name.values[0]!.kind !== "name") return null;
  // "du Japon et de la Russie" lists several states: none of them alone qualifies the title.
  if (tokens[name.to]?.key === "et" && DE.has(tokens[name.to + 1]?.key ?? "")) return null;
  return { code: name.values[0]!.code, to: name.to };
}

/**
 * Extends `names` and `states` with each further "[,] [et] demonym [,] [M.] Name" of a plural title; returns where
 * each name's words start (its demonym), or undefined when there was none.
 */
function respectivePairs(
  tokens: readonly Token[],
  names: NameSpan[],
  states: string[],
  lexicon: Lexicon,
): number[] | undefined {
  const leads = [names[0]!.from];
  for (;;) {
    let k = names.at(-1)!.to;
    if (tokens[k]?.key === ",") k++;
    if (tokens[k]?.key === "et") k++;
    const demonym = demonymAt(tokens, k, lexicon);
    if (!demonym) break;
    const lead = k;
    k = demonym.to;
    if (tokens[k]?.key === ",") k++;
    const name = nameAt(tokens, skipHonorific(tokens, k, lexicon), lexicon);
    if (!name) break;
    states.push(demonym.code);
    names.push(name);
    leads.push(lead);
  }
  return leads.length > 1 ? leads : undefined;
}

/** Names after a title: "X", ", X", "M. X", and for plural titles "X et Y", "X, Y et Z". */
function namesAfter(tokens: readonly Token[], at: number, lexicon: Lexicon, plural: boolean): NameSpan[] {
  const names: NameSpan[] = [];
  let k = at;
  if (tokens[k]?.key === ",") k++;
  for (;;) {
    k = skipHonorific(tokens, k, lexicon);
    const name = nameAt(tokens, k, lexicon);
    if (!name) break;
    names.push(name);
    if (!plural) break;
    let next = name.to;
    if (tokens[next]?.key === ",") next++;
    if (tokens[next]?.key === "et") next++;
    if (next === name.to) break;
    k = next;
  }
  return names;
}

function skipHonorific(tokens: readonly Token[], k: number, lexicon: Lexicon): number {
  const token = tokens[k];
  if (token && lexicon.honorifics.has(token.key) && token.capitalised)
    return tokens[k + 1]?.key === "." ? k + 2 : k + 1;
  return k;
}

const PERIOD_WORDS: ReadonlySet<string> = new Set([
  "entre",
  "et",
  "de",
  "a",
  "depuis",
  "en",
  "jusqu'en",
  "jusqu'a",
  "jusqu'au",
  "du",
  "au",
  "-",
]);

/** Past a period of office ("entre 2001 et 2006", "de 2012 à 2017", "depuis 2019"): the index after it, or `at`. */
function skipPeriod(tokens: readonly Token[], at: number): number {
  let k = at;
  let years = 0;
  while (k < tokens.length && (PERIOD_WORDS.has(tokens[k]!.key) || /^\d{4}$/.test(tokens[k]!.key))) {
    if (/^\d{4}$/.test(tokens[k]!.key)) years++;
    k++;
  }
  return years > 0 ? k : at;
}
