/**
 * Pass 1 — leaders introduced by a title: "le Premier ministre japonais X", "X, le président français,", "son homologue
 * russe X", "X a été élu président du Brésil". Records each leader's office and state; a nameless title waits
 * (`PendingTitle`) for pass 3. Runs first so that a title's demonym is never read as a state mention later.
 */
import type { Token } from "../../text/tokenise.ts";
import type { LocalActor } from "../../types.ts";
import { DE_WORDS, DETERMINERS, FORMER_MARKERS, POSSESSIVES } from "../../lexicon/closed-class.ts";
import type { ArticleContext, PendingTitle } from "../article-context.ts";
import { nameEndingAt, nameAt, type NameSpan } from "../names.ts";
import { parseTitleAt, type Office, type TitleParse } from "../titles.ts";

/** How many sentences back "son homologue" or "son prédécesseur" may look for the person it refers to. */
const ANTECEDENT_LOOKBACK = 3;
const APPOINTMENT_VERBS = new Set([
  "elu",
  "elue",
  "reelu",
  "reelue",
  "nomme",
  "nommee",
  "designe",
  "designee",
  "investi",
  "investie",
  "reconduit",
  "reconduite",
  "devenu",
  "devenue",
]);
const TIME_WORDS = new Set([
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "hier",
  "aujourd'hui",
  "officiellement",
]);
const APPOINTMENT_AUXILIARIES = new Set(["a", "ete", "est", "vient", "d'", "etre", "avait", "sera", "fut", ","]);
const GENERIC_OFFICE: Office = { role: "dirigeant", class: "leader" };

/**
 * "le président de la République" with no state after it: a title of the publication's own state, its span
 * extended over the words the title parse stopped at; null when the title is not one or a state follows.
 */
function homeTitleAt(ctx: ArticleContext, tokens: readonly Token[], parse: TitleParse, s: number): PendingTitle | null {
  if (parse.state !== null) return null;
  const head = DETERMINERS.has(tokens[parse.from]?.key ?? "") ? parse.from + 1 : parse.from;
  const match = ctx.lexicon.homeTitles.longestAt(tokens, head);
  if (!match || match.to < parse.to) return null;
  // "le président de la République d'Azerbaïdjan", "… de la République française": another state's office.
  const next = tokens[match.to];
  if (next && (DE_WORDS.has(next.key) || ctx.lexicon.stateForms.longestAt(tokens, match.to))) return null;
  return { sentence: s, parse: { ...parse, to: match.to }, home: true };
}

/** A leader introduced earlier, with the office and state the text gave them. */
interface Antecedent {
  index: number;
  office: Office | null;
  state: string | null;
}

export function findTitledLeaders(ctx: ArticleContext, s: number): void {
  const { tokens } = ctx.sentences[s]!;
  let previous: TitleParse | null = null;
  const introduced: Antecedent[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.consumed[s]![i]) continue;
    const person = nonLeaderAt(ctx, tokens, i);
    if (person > i) {
      // "l'opposante bélarusse Svetlana Tikhanovskaïa", "le photographe X": a person, not an actor; their
      // demonym is not a state mention either.
      ctx.consume(s, i, person);
      i = person - 1;
      continue;
    }
    const parse = parseTitleAt(tokens, i, ctx.lexicon, previous);
    if (!parse) continue;
    // "l'ancien président finlandais X", "X, ex-Premier ministre": someone who held the office once acts for no
    // state now; neither the person nor the title's demonym is an actor.
    if (parse.kind === "office" && FORMER_MARKERS.has(tokens[i - 1]?.key ?? "")) {
      ctx.consume(s, Math.min(i - 1, parse.from), parse.to);
      previous = null;
      i = parse.to - 1;
      continue;
    }
    // "X a été élu président du Brésil", "X, nommé Premier ministre": the name before the verb holds the office.
    const elected =
      parse.names.length === 0 && parse.kind === "office" && !parse.plural
        ? nameBeforeAppointment(ctx, tokens, parse.from, s)
        : null;
    if (elected) {
      parse.names = [elected];
      parse.from = elected.from;
    }
    if (parse.names.length === 0) {
      if (!parse.plural && parse.kind === "office")
        ctx.pending.push(homeTitleAt(ctx, tokens, parse, s) ?? { sentence: s, parse });
      // "s'est entretenu avec son homologue qatari": the leader of that state holding the antecedent's office.
      if (!parse.plural && parse.kind === "counterpart" && parse.state !== null) {
        const antecedent = antecedentsFor(ctx, parse, s, introduced).at(-1);
        if (antecedent?.office && antecedent.state !== parse.state)
          ctx.pending.push({
            sentence: s,
            parse: { ...parse, offices: [antecedent.office] },
            counterpartOf: [{ kind: "leader", index: antecedent.index }],
          });
      }
      previous = parse;
      i = parse.to - 1;
      continue;
    }
    // A copy: names introduced by this very title must not become their own antecedents.
    const antecedents = [...antecedentsFor(ctx, parse, s, introduced)];
    // "Son ministre des Affaires étrangères, Wang Yi": a possessive title serves the state last spoken of.
    if (parse.state === null && parse.kind === "office" && POSSESSIVES.has(tokens[parse.from]?.key ?? ""))
      parse.state = stateSpokenOfBefore(ctx, s, parse.from);
    // The title's demonym or "de + state" is a mention of that state (of each, for "congolais et rwandais").
    if (parse.stateSpan && parse.state)
      ctx.noteStates([{ kind: "state", code: parse.state }], ctx.surface(s, parse.stateSpan.from, parse.stateSpan.to));
    for (const code of parse.states.slice(1)) ctx.noteStates([{ kind: "state", code }], null);
    parse.names.forEach((name, n) => {
      const officeAndState = officeFor(ctx, parse, n, antecedents);
      const { office } = officeAndState;
      // "le président Emmanuel Macron": no nationality in the text, but the world knows whom the name designates.
      const written = ctx.surface(s, name.from, name.to);
      const state =
        officeAndState.state ?? (ctx.knownLeaderIn(written) ?? ctx.knownLeaderBySurname(written))?.state ?? null;
      const index = ctx.registerLeader(tokens, name, s);
      const rule =
        parse.kind === "counterpart" || parse.kind === "predecessor"
          ? "mention.counterpart"
          : officeAndState.state === null
            ? "mention.title-knowledge"
            : "mention.title";
      if (office && state)
        ctx.leaders[index]!.roles.push({ role: office.role, class: office.class, state, sentence: s, rule });
      const from = n === 0 ? Math.min(parse.from, name.from) : (parse.nameLeads?.[n] ?? name.from);
      const counterpartOf =
        parse.kind === "counterpart"
          ? antecedents.slice(-parse.names.length).map((a): LocalActor => ({ kind: "leader", index: a.index }))
          : [];
      ctx.addMention(s, {
        from,
        to: name.to,
        kind: "leader",
        actors: [{ kind: "leader", index }],
        counterpartOf,
        rule,
      });
      introduced.push({ index, office, state });
    });
    ctx.consume(s, parse.from, parse.to);
    previous = parse;
    i = parse.to - 1;
  }
}

/**
 * The state a possessive title refers to: the last state named before it in its sentence or, for a title that
 * opens its sentence ("Son ministre…"), the subject — the first state named — of the sentence before.
 */
function stateSpokenOfBefore(ctx: ArticleContext, s: number, end: number): string | null {
  const inSentence = ctx.statesNamed(s, end);
  if (inSentence.length > 0 && end > 1) return inSentence.at(-1)!;
  for (let p = s - 1; p >= Math.max(0, s - 2); p--) {
    const before = ctx.statesNamed(p, ctx.sentences[p]!.tokens.length);
    if (before.length > 0) return before[0]!;
  }
  return null;
}

/** End of "occupation [demonym] [,] Name" for a person who is not a leader, or `at` when there is none. */
function nonLeaderAt(ctx: ArticleContext, tokens: readonly Token[], at: number): number {
  if (!ctx.lexicon.nonLeaders.mayStartAt(tokens, at)) return at;
  const occupation = ctx.lexicon.nonLeaders.longestAt(tokens, at);
  if (!occupation) return at;
  let k = occupation.to;
  const demonym = ctx.lexicon.stateForms.longestAt(tokens, k);
  if (demonym && demonym.values.every((v) => v.kind === "demonym")) k = demonym.to;
  if (tokens[k]?.key === ",") k++;
  const name = nameAt(tokens, k, ctx.lexicon);
  return name ? name.to : at;
}

/** The leaders a counterpart or predecessor title refers back to. */
function antecedentsFor(ctx: ArticleContext, parse: TitleParse, s: number, introduced: Antecedent[]) {
  if (parse.kind !== "counterpart" && parse.kind !== "predecessor") return [];
  if (introduced.length > 0) return introduced;
  // A known leader named earlier in this sentence ("Sánchez a déclaré … son prédécesseur X").
  const named = leadersNamedBefore(ctx, s, parse.from);
  if (named.length > 0) return named;
  // Otherwise the leaders mentioned most recently in earlier sentences.
  for (let p = s - 1; p >= Math.max(0, s - ANTECEDENT_LOOKBACK); p--) {
    const leaders = ctx.sentences[p]!.mentions.filter((m) => m.kind === "leader");
    if (leaders.length > 0)
      return leaders.map((m) => {
        const index = (m.actors[0] as { index: number }).index;
        const role = ctx.leaders[index]!.roles.at(-1);
        return { index, office: role ? { role: role.role, class: role.class } : null, state: role?.state ?? null };
      });
  }
  return [];
}

function leadersNamedBefore(ctx: ArticleContext, s: number, end: number) {
  const { tokens } = ctx.sentences[s]!;
  const found: Antecedent[] = [];
  for (let k = 0; k < end; k++) {
    const name = nameAt(tokens, k, ctx.lexicon);
    if (!name || name.to > end) continue;
    const index = ctx.findLeaderByReference(tokens.slice(name.from, name.to).map((t) => t.key));
    if (index >= 0) {
      const role = ctx.leaders[index]!.roles.at(-1);
      found.push({ index, office: role ? { role: role.role, class: role.class } : null, state: role?.state ?? null });
    }
    k = name.to - 1;
  }
  return found;
}

function officeFor(ctx: ArticleContext, parse: TitleParse, n: number, antecedents: Antecedent[]) {
  if (parse.kind === "counterpart") {
    const matched = antecedents.slice(-parse.names.length)[n] ?? antecedents.at(-1);
    // With no one to be the counterpart of, "son homologue russe X" still says X acts for Russia.
    // "ses homologues allemand et italien, X et Y": one state per name, in order.
    const state = parse.states.length === parse.names.length && parse.names.length > 1 ? parse.states[n]! : parse.state;
    return { office: matched?.office ?? GENERIC_OFFICE, state };
  }
  if (parse.kind === "predecessor") {
    const matched = antecedents.at(-1);
    return { office: matched?.office ?? null, state: parse.state ?? matched?.state ?? null };
  }
  const office = parse.offices.length === parse.names.length ? parse.offices[n]! : (parse.offices[0] ?? null);
  const state = parse.states.length === parse.names.length && parse.names.length > 1 ? parse.states[n]! : parse.state;
  return { office, state };
}

/** The name before "(a été) élu / nommé / désigné / investi" that ends right before a title at `titleFrom`. */
function nameBeforeAppointment(
  ctx: ArticleContext,
  tokens: readonly Token[],
  titleFrom: number,
  s: number,
): NameSpan | null {
  let k = titleFrom - 1;
  // "élu dimanche président", "nommé mardi Premier ministre".
  if (k >= 0 && TIME_WORDS.has(tokens[k]!.key)) k--;
  if (k < 0 || !APPOINTMENT_VERBS.has(tokens[k]!.key)) return null;
  k--;
  while (k >= 0 && APPOINTMENT_AUXILIARIES.has(tokens[k]!.key)) k--;
  if (k < 0 || ctx.consumed[s]![k]) return null;
  return nameEndingAt(tokens, k + 1, ctx.lexicon);
}
