/**
 * One state mention at a token: a compound ("russo-japonais", "Russie-Japon"), a collective name ("les deux Corées"),
 * a pair anaphor ("les deux pays", "bilatéral"), or a state's name, capital or demonym — unless the context makes it
 * a place ("à Moscou"), an event ("le sommet de Vilnius"), a people counted ("des milliers de Russes") or part of a
 * person's or a paper's name ("Washington Post").
 */
import type { Lexicon } from "../../lexicon/lexicon.ts";
import type { Token } from "../../text/tokenise.ts";
import type { LocalActor } from "../../types.ts";
import type { ArticleContext } from "../article-context.ts";
import { actorKey, type Mention } from "../mention.ts";
import { DE_WORDS, DETERMINERS } from "../../lexicon/closed-class.ts";

const EVENT_NOUNS = new Set([
  "sommet",
  "conference",
  "accord",
  "accords",
  "traite",
  "groupe",
  "format",
  "processus",
  "protocole",
  "pacte",
  "declaration",
  "convention",
  "charte",
  "initiative",
  "forum",
  "dialogue",
  "club",
]);
const DIRECTIONAL_BEFORE = new Set(["vers", "depuis", "via"]);
const LOCATIVE_BEFORE = new Set(["a", "depuis", "vers", "via", "jusqu'a", "pres"]);
const PAIR_ANAPHORS = new Set([
  "pays",
  "voisins",
  "etats",
  "nations",
  "capitales",
  "gouvernements",
  "parties",
  "allies",
  "puissances",
  "rivaux",
]);
const LEADER_ANAPHORS = new Set(["dirigeants", "leaders", "chefs", "presidents", "ministres", "hommes"]);
const GEOGRAPHIC_FEATURES = new Set([
  "mer",
  "golfe",
  "detroit",
  "ocean",
  "peninsule",
  "ile",
  "iles",
  "archipel",
  "baie",
  "canal",
  "mont",
  "fleuve",
  "lac",
  "plateau",
  "desert",
  "province",
  "provinces",
  "enclave",
  "oblast",
]);
/** A pair named together stays what "les deux pays" means while both are among this many most recent actors. */
const PAIR_RECENCY = 5;
/** "les deux pays", "ces deux pays", "des deux pays", "aux deux pays". */
const PAIR_ANAPHOR_OPENERS = new Set(["les", "ces", "des", "aux"]);
const AMBIGUITY_RESOLVERS = new Set(["la", "le", "l'", "au", "aux", "en", "du", "de", "d'"]);
const BILATERAL = new Set(["bilateral", "bilaterale", "bilateraux", "bilaterales"]);

/** "les deux pays": the last pair named together while both are still among the last few actors, else the last two. */
function pairAnaphor(ctx: ArticleContext, recent: LocalActor[]): LocalActor[] {
  const window = uniqueLast(recent, PAIR_RECENCY);
  const pair = ctx.recentPair;
  if (pair && pair.every((a) => window.some((r) => actorKey(r) === actorKey(a)))) return pair;
  return uniqueLast(recent, 2);
}

export function stateMentionAt(
  ctx: ArticleContext,
  s: number,
  i: number,
  recent: LocalActor[],
  recentLeaders: LocalActor[],
): Omit<Mention, "counterpartOf"> | null {
  const { tokens } = ctx.sentences[s]!;
  const token = tokens[i]!;
  const lex = ctx.lexicon;
  if (token.punct) return null;
  // "Nous saluons …" in a ministry's statement: the state that publishes it speaks.
  const base = { locative: false, closed: false, adjectival: false };
  if (ctx.speaker !== null && token.key === "nous" && isSubjectPosition(tokens, i))
    return {
      ...base,
      from: i,
      to: i + 1,
      kind: "state",
      actors: [{ kind: "state", code: ctx.speaker }],
      rule: "mention.speaker",
    };
  const mayStart =
    lex.stateForms.mayStartAt(tokens, i) ||
    lex.prefixes.has(token.key) ||
    lex.groups.mayStartAt(tokens, i) ||
    PAIR_ANAPHOR_OPENERS.has(token.key) ||
    BILATERAL.has(token.key);
  if (!mayStart) return null;

  // Compound adjectives: "russo-japonais", "nippo-russe", "sino-américain".
  if (lex.prefixes.has(token.key) && tokens[i + 1]?.hyphenated) {
    const codes = [lex.prefixes.get(token.key)!];
    let k = i + 1;
    while (lex.prefixes.has(tokens[k]?.key ?? "") && tokens[k]!.hyphenated && tokens[k + 1]?.hyphenated)
      codes.push(lex.prefixes.get(tokens[k++]!.key)!);
    const last = lex.stateForms.longestAt(tokens, k);
    if (last && tokens[k]!.hyphenated && last.values.length === 1 && last.values[0]!.kind === "demonym") {
      codes.push(last.values[0]!.code);
      const actors = unique(codes.map((code): LocalActor => ({ kind: "state", code })));
      if (actors.length >= 2) {
        ctx.noteStates(actors, ctx.surface(s, i, last.to));
        return { ...base, from: i, to: last.to, kind: "compound", actors, closed: true, rule: "mention.compound" };
      }
    }
  }

  // Collective names ("les deux Corées").
  const group = lex.groups.longestAt(tokens, i);
  if (group) {
    const actors = group.values[0]!.map((code): LocalActor => ({ kind: "state", code }));
    ctx.noteStates(actors, ctx.surface(s, i, group.to));
    return { ...base, from: i, to: group.to, kind: "group", actors, closed: true, rule: "mention.group" };
  }

  // "les deux pays", "les deux voisins", "les deux dirigeants": the two actors most recently mentioned.
  if (PAIR_ANAPHOR_OPENERS.has(token.key) && tokens[i + 1]?.key === "deux" && tokens[i + 2]) {
    const noun = tokens[i + 2]!.key;
    const pool = LEADER_ANAPHORS.has(noun)
      ? uniqueLast(recentLeaders, 2)
      : PAIR_ANAPHORS.has(noun)
        ? pairAnaphor(ctx, recent)
        : [];
    if (pool.length === 2)
      return {
        ...base,
        from: i,
        to: i + 3,
        kind: "anaphor",
        actors: pool,
        closed: true,
        rule: "mention.pair-anaphor",
      };
  }
  if (BILATERAL.has(token.key)) {
    const pool = uniqueLast(recent, 2);
    if (pool.length === 2)
      return {
        ...base,
        from: i,
        to: i + 1,
        kind: "anaphor",
        actors: pool,
        closed: true,
        rule: "mention.pair-anaphor",
      };
  }

  const match = lex.stateForms.longestAt(tokens, i);
  if (!match) return null;
  const codes = new Set(match.values.map((v) => v.code));
  if (codes.size !== 1) return null; // an ambiguous form names no state
  const code = [...codes][0]!;
  const kinds = new Set(match.values.map((v) => v.kind));
  const isDemonym = kinds.has("demonym") && kinds.size === 1;
  if (
    lex.ambiguousForms.has(
      tokens
        .slice(i, match.to)
        .map((t) => t.key)
        .join(" "),
    )
  ) {
    // "Maurice", "Niger", "Vienne": only a state after an article or a preposition of place, never as a capital.
    if (kinds.has("capital") || !AMBIGUITY_RESOLVERS.has(tokens[i - 1]?.key ?? "")) return null;
  }
  // "le sommet de Vilnius", "le groupe de Minsk", "les accords d'Oslo": the city names an event, not its state.
  if (kinds.has("capital") && !kinds.has("name") && namesAnEvent(tokens, i)) return null;
  if (!isDemonym) {
    if (!token.capitalised) return null;
    if (looksLikePersonName(ctx, tokens, i, match.to)) return null;
  }
  const before = tokens[i - 1];
  const locative =
    ((kinds.has("capital") || kinds.has("seat")) && !kinds.has("name") && isLocativeContext(tokens, i)) ||
    // "à Vilnius, en Lituanie": the country in apposition to a place is a place too.
    (kinds.has("name") && isPlaceApposition(tokens, i, ctx.sentences[s]!.mentions)) ||
    // "vers le Rwanda", "depuis la Chine": a direction or origin, not an actor.
    (kinds.has("name") && isDirectional(tokens, i)) ||
    (isDemonym && before?.key === "capitale") ||
    // "mer de Chine", "péninsule coréenne": part of a place name.
    (before !== undefined && DE_WORDS.has(before.key) && GEOGRAPHIC_FEATURES.has(tokens[i - 2]?.key ?? "")) ||
    (isDemonym && before !== undefined && GEOGRAPHIC_FEATURES.has(before.key));
  // "habitée surtout de Serbes", "des milliers de Russes": a people counted, not its state.
  if (isDemonym && token.capitalised && (before?.key === "de" || before?.key === "d'")) return null;
  const adjectival =
    isDemonym && before !== undefined && !before.punct && !DETERMINERS.has(before.key) && !before.capitalised;
  let to = match.to;
  const actors: LocalActor[] = [{ kind: "state", code }];
  // "Russie-Japon": two state names joined by a hyphen relate to each other.
  const joined = tokens[to]?.hyphenated ? lex.stateForms.longestAt(tokens, to) : null;
  if (joined && joined.values.length === 1 && joined.values[0]!.code !== code && joined.values[0]!.kind !== "demonym") {
    actors.push({ kind: "state", code: joined.values[0]!.code });
    to = joined.to;
    ctx.noteStates(actors, ctx.surface(s, i, to));
    return { ...base, from: i, to, kind: "compound", actors, closed: true, rule: "mention.compound" };
  }
  ctx.noteStates(actors, ctx.surface(s, i, to));
  return { ...base, from: i, to, kind: "state", actors, locative, adjectival, rule: "mention.state" };
}

/** "Denzel Washington", "Washington Post", "Israël Katz": a place name inside a run of capitalised words. */
function looksLikePersonName(ctx: ArticleContext, tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const beforeIsName =
    from > 0 &&
    nameLike(before, ctx.lexicon) &&
    !DETERMINERS.has(before!.key) &&
    ctx.lexicon.stateForms.longestAt(tokens, from - 1) === null;
  const afterIsName =
    nameLike(after, ctx.lexicon) &&
    ctx.lexicon.stateForms.longestAt(tokens, to) === null &&
    ctx.lexicon.heads.longestAt(tokens, to) === null;
  return beforeIsName || afterIsName;
}

function nameLike(t: Token | undefined, lexicon: Lexicon): boolean {
  return t !== undefined && !t.punct && !t.elided && t.capitalised && !lexicon.honorifics.has(t.key);
}

/** "à Moscou", "à la Maison-Blanche", "depuis Pékin": the place where something happens. */
function isLocativeContext(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (["la", "le", "l'"].includes(tokens[k]?.key ?? "")) k--;
  return k >= 0 && LOCATIVE_BEFORE.has(tokens[k]!.key);
}

/** "le sommet de Vilnius", "le groupe de Minsk", "les accords d'Oslo": a capital naming an event, not its state. */
function namesAnEvent(tokens: readonly Token[], at: number): boolean {
  return DE_WORDS.has(tokens[at - 1]?.key ?? "") && EVENT_NOUNS.has(tokens[at - 2]?.key ?? "");
}

/** ", en Lituanie" right after a place: the country where the place is. */
function isPlaceApposition(tokens: readonly Token[], at: number, mentions: readonly Mention[]): boolean {
  let k = at - 1;
  if (["la", "le", "l'", "les"].includes(tokens[k]?.key ?? "")) k--;
  if (!["en", "au", "aux"].includes(tokens[k]?.key ?? "") || tokens[k - 1]?.key !== ",") return false;
  return mentions.some((m) => m.locative && m.to === k - 1);
}

function isDirectional(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (["la", "le", "l'", "les"].includes(tokens[k]?.key ?? "")) k--;
  return k >= 0 && DIRECTIONAL_BEFORE.has(tokens[k]!.key);
}

function unique(actors: LocalActor[]): LocalActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(actorKey(a)) && seen.add(actorKey(a)));
}

export function uniqueLast(actors: LocalActor[], count: number): LocalActor[] {
  const out: LocalActor[] = [];
  for (let i = actors.length - 1; i >= 0 && out.length < count; i--)
    if (!out.some((a) => actorKey(a) === actorKey(actors[i]!))) out.unshift(actors[i]!);
  return out;
}

/** Openers after which "nous" is a clause's subject: the sentence start, a quote, a comma, a conjunction. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["«", '"', ",", "(", "et", "mais", "que", "qu'", "car", "donc"]);

/** "Nous saluons", "…, et nous appelons": "nous" opening a clause, followed by a word (not "nous-mêmes", "entre nous"). */
function isSubjectPosition(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    (before === undefined || CLAUSE_OPENERS.has(before.key)) && after !== undefined && !after.punct && !after.hyphenated
  );
}
