/**
 * Finds every actor mention of one article, sentence by sentence, in three passes: leaders introduced by a title,
 * then references to them (names, "M. X", name-less titles), then states (names, capitals, demonyms, compounds,
 * collective names, "les deux pays"). Leaders are known before states so a title's demonym is not a state mention.
 */
import { servedIn, type KnownLeader } from "../../knowledge/leaders.ts";
import { knownLeadersBySurname, knownLeadersNamed } from "./known-leader-lookup.ts";
import type { Lexicon, OfficeClass } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokenise.ts";
import type { LocalActor, LocalLeader } from "../types.ts";
import { actorKey, type Mention } from "./mention.ts";
import { nameAt, nameEndingAt, type NameSpan } from "./names.ts";
import { parseTitleAt, type Office, type TitleParse } from "./titles.ts";

export interface SentenceMentions {
  tokens: Token[];
  mentions: Mention[];
  /** The last two states named together up to the end of this sentence ("le Pérou et l'Équateur"), if any. */
  pair?: LocalActor[];
}

export interface ArticleMentions {
  sentences: SentenceMentions[];
  leaders: LocalLeader[];
  /** State code → surface forms and count. */
  states: Map<string, { aliases: Set<string>; mentions: number }>;
}

interface PendingTitle {
  sentence: number;
  parse: TitleParse;
  /** For a nameless counterpart ("son homologue qatari"): the leader it is the counterpart of. */
  counterpartOf?: LocalActor[];
}

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
const DE_WORDS = new Set(["de", "du", "des", "d'"]);
/** How many sentences back "son homologue" or "son prédécesseur" may look for the person it refers to. */
const ANTECEDENT_LOOKBACK = 3;
const RECENT_LIMIT = 8;
/** A pair named together stays what "les deux pays" means while both are among this many most recent actors. */
const PAIR_RECENCY = 5;
/** "les deux pays", "ces deux pays", "des deux pays", "aux deux pays". */
const PAIR_ANAPHOR_OPENERS = new Set(["les", "ces", "des", "aux"]);
/** Words between two states named together: "le Pérou et l'Équateur", "entre le Chili et la Bolivie". */
const PAIR_COORDINATION = new Set(["et", "la", "le", "l'", "les", "a", "au", "aux", "de", "du", "d'", "des", "en"]);
const POSSESSIVE_DETERMINERS = new Set(["son", "sa", "ses", "leur", "leurs"]);
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
const AMBIGUITY_RESOLVERS = new Set(["la", "le", "l'", "au", "aux", "en", "du", "de", "d'"]);
const BILATERAL = new Set(["bilateral", "bilaterale", "bilateraux", "bilaterales"]);
const DETERMINERS = new Set([
  "le",
  "la",
  "l'",
  "les",
  "un",
  "une",
  "des",
  "du",
  "de",
  "d'",
  "au",
  "aux",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "ce",
  "cet",
  "cette",
  "ces",
]);

/** `year`: the article's year, to tell which known leaders were in office; null when the article is undated. */
export function findArticleMentions(
  sentenceTexts: readonly string[],
  tokenised: Token[][],
  lexicon: Lexicon,
  year: number | null = null,
): ArticleMentions {
  const finder = new MentionFinder(sentenceTexts, tokenised, lexicon, year);
  return finder.run();
}

class MentionFinder {
  private readonly sentences: SentenceMentions[];
  private readonly consumed: boolean[][];
  private readonly leaders: LocalLeader[] = [];
  private readonly leaderWords: string[][] = [];
  private readonly states = new Map<string, { aliases: Set<string>; mentions: number }>();
  private readonly pending: PendingTitle[] = [];
  private recentPair: LocalActor[] | null = null;
  private articleStates: Set<string> | null = null;

  constructor(
    private readonly texts: readonly string[],
    tokenised: Token[][],
    private readonly lexicon: Lexicon,
    private readonly year: number | null,
  ) {
    this.sentences = tokenised.map((tokens) => ({ tokens, mentions: [] }));
    this.consumed = tokenised.map((tokens) => tokens.map(() => false));
  }

  run(): ArticleMentions {
    this.sentences.forEach((_, s) => this.findTitledLeaders(s));
    this.sentences.forEach((_, s) => this.findLeaderReferences(s));
    this.resolvePendingTitles();
    const recent: LocalActor[] = [];
    const recentLeaders: LocalActor[] = [];
    this.sentences.forEach((sentence, s) => {
      for (const m of sentence.mentions) if (m.kind === "leader") recentLeaders.push(...m.actors);
      if (recentLeaders.length > RECENT_LIMIT) recentLeaders.splice(0, recentLeaders.length - RECENT_LIMIT);
      this.findStates(s, recent, recentLeaders);
      if (this.recentPair) sentence.pair = this.recentPair;
    });
    for (const sentence of this.sentences) sentence.mentions.sort((a, b) => a.from - b.from);
    return { sentences: this.sentences, leaders: this.leaders, states: this.states };
  }

  // ---- pass 1: leaders introduced by a title -------------------------------------------------------------

  private findTitledLeaders(s: number): void {
    const { tokens } = this.sentences[s]!;
    let previous: TitleParse | null = null;
    const introduced: { index: number; office: Office | null; state: string | null }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (this.consumed[s]![i]) continue;
      const person = this.nonLeaderAt(tokens, i);
      if (person > i) {
        // "l'opposante bélarusse Svetlana Tikhanovskaïa", "le photographe X": a person, not an actor; their
        // demonym is not a state mention either.
        for (let k = i; k < person; k++) this.consumed[s]![k] = true;
        i = person - 1;
        continue;
      }
      const parse = parseTitleAt(tokens, i, this.lexicon, previous);
      if (!parse) continue;
      // "X a été élu président du Brésil", "X, nommé Premier ministre": the name before the verb holds the office.
      const elected =
        parse.names.length === 0 && parse.kind === "office" && !parse.plural
          ? this.nameBeforeAppointment(tokens, parse.from, s)
          : null;
      if (elected) {
        parse.names = [elected];
        parse.from = elected.from;
      }
      if (parse.names.length === 0) {
        if (!parse.plural && parse.kind === "office") this.pending.push({ sentence: s, parse });
        // "s'est entretenu avec son homologue qatari": the leader of that state holding the antecedent's office.
        if (!parse.plural && parse.kind === "counterpart" && parse.state !== null) {
          const antecedent = this.antecedentsFor(parse, s, introduced).at(-1);
          if (antecedent?.office && antecedent.state !== parse.state)
            this.pending.push({
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
      const antecedents = [...this.antecedentsFor(parse, s, introduced)];
      // "Son ministre des Affaires étrangères, Wang Yi": a possessive title serves the state last spoken of.
      if (parse.state === null && parse.kind === "office" && POSSESSIVE_DETERMINERS.has(tokens[parse.from]?.key ?? ""))
        parse.state = this.stateSpokenOfBefore(s, parse.from);
      // The title's demonym or "de + state" is a mention of that state (of each, for "congolais et rwandais").
      if (parse.stateSpan && parse.state)
        this.noteStates(
          [{ kind: "state", code: parse.state }],
          this.surface(s, parse.stateSpan.from, parse.stateSpan.to),
        );
      for (const code of parse.states.slice(1)) this.noteStates([{ kind: "state", code }], null);
      parse.names.forEach((name, n) => {
        const officeAndState = this.officeFor(parse, n, antecedents);
        const { office } = officeAndState;
        // "le président Emmanuel Macron": no nationality in the text, but the world knows whom the name designates.
        const written = this.surface(s, name.from, name.to);
        const state =
          officeAndState.state ?? (this.knownLeaderIn(written) ?? this.knownLeaderBySurname(written))?.state ?? null;
        const index = this.registerLeader(tokens, name, s);
        const rule =
          parse.kind === "counterpart" || parse.kind === "predecessor"
            ? "mention.counterpart"
            : officeAndState.state === null
              ? "mention.title-knowledge"
              : "mention.title";
        if (office && state)
          this.leaders[index]!.roles.push({ role: office.role, class: office.class, state, sentence: s, rule });
        const from = n === 0 ? Math.min(parse.from, name.from) : name.from;
        const counterpartOf =
          parse.kind === "counterpart"
            ? antecedents.slice(-parse.names.length).map((a): LocalActor => ({ kind: "leader", index: a.index }))
            : [];
        this.addMention(s, {
          from,
          to: name.to,
          kind: "leader",
          actors: [{ kind: "leader", index }],
          counterpartOf,
          rule,
        });
        introduced.push({ index, office, state });
      });
      for (let k = parse.from; k < parse.to; k++) this.consumed[s]![k] = true;
      previous = parse;
      i = parse.to - 1;
    }
  }

  /**
   * The state a possessive title refers to: the last state named before it in its sentence or, for a title that
   * opens its sentence ("Son ministre…"), the subject — the first state named — of the sentence before.
   */
  private stateSpokenOfBefore(s: number, end: number): string | null {
    const inSentence = this.statesNamed(s, end);
    if (inSentence.length > 0 && end > 1) return inSentence.at(-1)!;
    for (let p = s - 1; p >= Math.max(0, s - 2); p--) {
      const before = this.statesNamed(p, this.sentences[p]!.tokens.length);
      if (before.length > 0) return before[0]!;
    }
    return null;
  }

  /** Codes of the states named (unambiguously) in sentence `s` before token `end`, in order. */
  private statesNamed(s: number, end: number): string[] {
    const { tokens } = this.sentences[s]!;
    const found: string[] = [];
    for (let k = 0; k < end; k++) {
      const match = this.lexicon.stateForms.longestAt(tokens, k);
      if (!match) continue;
      const codes = new Set(match.values.map((v) => v.code));
      if (codes.size === 1 && (tokens[k]!.capitalised || match.values.every((v) => v.kind === "demonym")))
        found.push([...codes][0]!);
      k = match.to - 1;
    }
    return found;
  }

  /** End of "occupation [demonym] [,] Name" for a person who is not a leader, or `at` when there is none. */
  private nonLeaderAt(tokens: readonly Token[], at: number): number {
    if (!this.lexicon.nonLeaders.mayStartAt(tokens, at)) return at;
    const occupation = this.lexicon.nonLeaders.longestAt(tokens, at);
    if (!occupation) return at;
    let k = occupation.to;
    const demonym = this.lexicon.stateForms.longestAt(tokens, k);
    if (demonym && demonym.values.every((v) => v.kind === "demonym")) k = demonym.to;
    if (tokens[k]?.key === ",") k++;
    const name = nameAt(tokens, k, this.lexicon);
    return name ? name.to : at;
  }

  /** The leaders a counterpart or predecessor title refers back to. */
  private antecedentsFor(
    parse: TitleParse,
    s: number,
    introduced: { index: number; office: Office | null; state: string | null }[],
  ) {
    if (parse.kind !== "counterpart" && parse.kind !== "predecessor") return [];
    if (introduced.length > 0) return introduced;
    // A known leader named earlier in this sentence ("Sánchez a déclaré … son prédécesseur X").
    const named = this.leadersNamedBefore(s, parse.from);
    if (named.length > 0) return named;
    // Otherwise the leaders mentioned most recently in earlier sentences.
    for (let p = s - 1; p >= Math.max(0, s - ANTECEDENT_LOOKBACK); p--) {
      const leaders = this.sentences[p]!.mentions.filter((m) => m.kind === "leader");
      if (leaders.length > 0)
        return leaders.map((m) => {
          const index = (m.actors[0] as { index: number }).index;
          const role = this.leaders[index]!.roles.at(-1);
          return { index, office: role ? { role: role.role, class: role.class } : null, state: role?.state ?? null };
        });
    }
    return [];
  }

  private leadersNamedBefore(s: number, end: number) {
    const { tokens } = this.sentences[s]!;
    const found: { index: number; office: Office | null; state: string | null }[] = [];
    for (let k = 0; k < end; k++) {
      const name = nameAt(tokens, k, this.lexicon);
      if (!name || name.to > end) continue;
      const index = this.findLeaderByReference(tokens.slice(name.from, name.to).map((t) => t.key));
      if (index >= 0) {
        const role = this.leaders[index]!.roles.at(-1);
        found.push({ index, office: role ? { role: role.role, class: role.class } : null, state: role?.state ?? null });
      }
      k = name.to - 1;
    }
    return found;
  }

  private officeFor(
    parse: TitleParse,
    n: number,
    antecedents: { index: number; office: Office | null; state: string | null }[],
  ) {
    if (parse.kind === "counterpart") {
      const matched = antecedents.slice(-parse.names.length)[n] ?? antecedents.at(-1);
      // With no one to be the counterpart of, "son homologue russe X" still says X acts for Russia.
      return { office: matched?.office ?? GENERIC_OFFICE, state: parse.state };
    }
    if (parse.kind === "predecessor") {
      const matched = antecedents.at(-1);
      return { office: matched?.office ?? null, state: parse.state ?? matched?.state ?? null };
    }
    const office = parse.offices.length === parse.names.length ? parse.offices[n]! : (parse.offices[0] ?? null);
    const state = parse.states.length === parse.names.length && parse.names.length > 1 ? parse.states[n]! : parse.state;
    return { office, state };
  }

  private registerLeader(tokens: readonly Token[], name: NameSpan, s: number): number {
    const words = tokens.slice(name.from, name.to).map((t) => t.key);
    const surface = this.surface(s, name.from, name.to);
    let index = this.leaderWords.findIndex((known) => sameName(known, words));
    if (index < 0) {
      index = this.leaders.length;
      this.leaders.push({ name: surface, aliases: new Set(), roles: [], mentions: 0 });
      this.leaderWords.push(words);
    } else if (words.length > this.leaderWords[index]!.length) {
      this.leaderWords[index] = words;
      this.leaders[index]!.name = surface;
    }
    this.leaders[index]!.aliases.add(surface);
    this.leaders[index]!.mentions++;
    return index;
  }

  // ---- pass 2: references to known leaders ---------------------------------------------------------------

  private findLeaderReferences(s: number): void {
    const { tokens } = this.sentences[s]!;
    for (let i = 0; i < tokens.length; i++) {
      if (this.consumed[s]![i]) continue;
      let start = i;
      let k = i;
      const token = tokens[i]!;
      if (this.lexicon.honorifics.has(token.key) && token.capitalised) k = tokens[i + 1]?.key === "." ? i + 2 : i + 1;
      const name = nameAt(tokens, k, this.lexicon);
      if (!name || this.consumed[s]![k]) continue;
      const words = tokens.slice(name.from, name.to).map((t) => t.key);
      let index = this.findLeaderByReference(words);
      if (index < 0 && words.length >= 2) index = this.registerKnownLeader(tokens, name, s);
      if (index < 0) {
        i = name.to - 1;
        continue;
      }
      if (start === k && name.from > 0 && tokens[name.from - 1]!.elided) start = name.from;
      this.leaders[index]!.aliases.add(this.surface(s, start, name.to));
      this.leaders[index]!.mentions++;
      this.addMention(s, {
        from: start,
        to: name.to,
        kind: "leader",
        actors: [{ kind: "leader", index }],
        rule: "mention.name-reference",
      });
      for (let t = start; t < name.to; t++) this.consumed[s]![t] = true;
      i = name.to - 1;
    }
  }

  /** The name before "(a été) élu / nommé / désigné / investi" that ends right before a title at `titleFrom`. */
  private nameBeforeAppointment(tokens: readonly Token[], titleFrom: number, s: number): NameSpan | null {
    let k = titleFrom - 1;
    // "élu dimanche président", "nommé mardi Premier ministre".
    if (k >= 0 && TIME_WORDS.has(tokens[k]!.key)) k--;
    if (k < 0 || !APPOINTMENT_VERBS.has(tokens[k]!.key)) return null;
    k--;
    while (k >= 0 && APPOINTMENT_AUXILIARIES.has(tokens[k]!.key)) k--;
    if (k < 0 || this.consumed[s]![k]) return null;
    return nameEndingAt(tokens, k + 1, this.lexicon);
  }

  /**
   * The one person of world knowledge (`graph-data/knowledge/leaders.json`) this full name designates, in office in
   * the article's year when it is dated; null when none or several do.
   */
  private knownLeaderIn(name: string): KnownLeader | null {
    const candidates = knownLeadersNamed(name).filter((leader) => servedIn(leader, this.year));
    return candidates.length === 1 ? candidates[0]! : null;
  }

  /**
   * "le président Santos": the one known leader of that surname in office in the article's (known) year; when
   * several are, the one whose state the article names.
   */
  private knownLeaderBySurname(word: string): KnownLeader | null {
    if (this.year === null || word.includes(" ")) return null;
    const candidates = knownLeadersBySurname(word).filter((leader) => servedIn(leader, this.year));
    if (candidates.length <= 1) return candidates[0] ?? null;
    const named = candidates.filter((leader) => this.articleNamesState(leader.state));
    return named.length === 1 ? named[0]! : null;
  }

  /** Whether any sentence of the article names the state (by any of its forms). */
  private articleNamesState(code: string): boolean {
    this.articleStates ??= new Set(
      this.sentences.flatMap(({ tokens }) =>
        tokens.flatMap((_, i) =>
          this.lexicon.stateForms.mayStartAt(tokens, i)
            ? (this.lexicon.stateForms.longestAt(tokens, i)?.values ?? []).map((v) => v.code)
            : [],
        ),
      ),
    );
    return this.articleStates.has(code);
  }

  /** "Donald Trump a déclaré": a full name with no title is a leader when world knowledge says so. */
  private registerKnownLeader(tokens: readonly Token[], name: NameSpan, s: number): number {
    const known = this.knownLeaderIn(this.surface(s, name.from, name.to));
    if (!known) return -1;
    const inOffice = known.roles.filter(
      (r) => this.year === null || (r.from <= this.year && (r.to === null || this.year <= r.to)),
    );
    const classOf = (role: string) => this.lexicon.roleClasses.get(role) ?? "leader";
    const rank = (role: string) => ["head-of-state", "head-of-government"].indexOf(classOf(role)) >>> 0;
    const role = [...(inOffice.length > 0 ? inOffice : known.roles)].sort(
      (a, b) => rank(a.role) - rank(b.role) || b.from - a.from,
    )[0]!;
    const index = this.registerLeader(tokens, name, s);
    this.leaders[index]!.mentions--; // counted again by the caller as a reference
    this.leaders[index]!.roles.push({
      role: role.role,
      class: classOf(role.role),
      state: known.state,
      sentence: s,
      rule: "mention.name-reference",
    });
    return index;
  }

  /** A leader of this article whose name the words designate: the full name, the last word, or a unique first word. */
  private findLeaderByReference(words: string[]): number {
    const exact = this.leaderWords.findIndex((known) => sameName(known, words));
    if (exact >= 0) return exact;
    if (words.length !== 1) return -1;
    const word = words[0]!;
    const byLast = this.leaderWords.flatMap((known, i) => (known.at(-1) === word ? [i] : []));
    if (byLast.length === 1) return byLast[0]!;
    // Family name first (Korean, Chinese, Vietnamese names): "Kim", "Xi", "Yoon".
    const byFirst = this.leaderWords.flatMap((known, i) =>
      known[0] === word && (known.length >= 3 || word.length <= 3) ? [i] : [],
    );
    if (byFirst.length === 1) return byFirst[0]!;
    // A middle word of a long name, when it is the name the press uses ("Lula" of "Luiz Inácio Lula da Silva").
    const byMiddle = this.leaderWords.flatMap((known, i) =>
      known.length >= 4 && word.length >= 4 && known.slice(1, -1).includes(word) ? [i] : [],
    );
    return byMiddle.length === 1 ? byMiddle[0]! : -1;
  }

  private resolvePendingTitles(): void {
    for (const { sentence, parse, counterpartOf } of this.pending) {
      if (parse.from < 0 || this.consumed[sentence]!.slice(parse.from, parse.to).some(Boolean)) continue;
      const office = parse.offices[0];
      if (!office) continue;
      const index = this.leaderHolding(office.class, parse.state);
      if (index < 0) continue;
      this.leaders[index]!.mentions++;
      this.addMention(sentence, {
        from: parse.from,
        to: parse.to,
        kind: "leader",
        actors: [{ kind: "leader", index }],
        counterpartOf: counterpartOf ?? [],
        rule: counterpartOf ? "mention.counterpart" : "mention.title-reference",
      });
      for (let t = parse.from; t < parse.to; t++) this.consumed[sentence]![t] = true;
    }
  }

  /** The one leader of this article holding an office of this class for this state ("le chef de l'État russe"). */
  private leaderHolding(officeClass: OfficeClass, state: string | null): number {
    if (state === null) return -1;
    const compatible = (c: OfficeClass) =>
      c === officeClass ||
      (officeClass === "leader" && (c === "head-of-state" || c === "head-of-government")) ||
      ((officeClass === "head-of-state" || officeClass === "head-of-government") && c === "leader");
    const candidates = this.leaders.flatMap((leader, i) =>
      leader.roles.some((r) => r.state === state && compatible(r.class)) ? [i] : [],
    );
    if (candidates.length === 1) return candidates[0]!;
    // A generic "dirigeant" prefers the head of state, then the head of government.
    for (const preferred of ["head-of-state", "head-of-government"] as const) {
      const best = candidates.filter((i) =>
        this.leaders[i]!.roles.some((r) => r.state === state && r.class === preferred),
      );
      if (best.length === 1) return best[0]!;
    }
    return -1;
  }

  // ---- pass 3: states ------------------------------------------------------------------------------------

  private findStates(s: number, recent: LocalActor[], recentLeaders: LocalActor[]): void {
    const { tokens, mentions } = this.sentences[s]!;
    const leaderMentions = [...mentions].sort((a, b) => a.from - b.from);
    let nextLeader = 0;
    let previousState: Omit<Mention, "counterpartOf"> | null = null;
    const noteRecent = (actors: LocalActor[]) => {
      for (const actor of actors) {
        const state: LocalActor | null = actor.kind === "state" ? actor : this.stateOfLeader(actor.index);
        if (!state) continue;
        const at = recent.findIndex((r) => actorKey(r) === actorKey(state));
        if (at >= 0) recent.splice(at, 1);
        recent.push(state);
        // Only the last few actors matter for "les deux pays"; a bounded list keeps long texts linear.
        if (recent.length > RECENT_LIMIT) recent.shift();
      }
    };

    for (let i = 0; i < tokens.length; i++) {
      while (nextLeader < leaderMentions.length && leaderMentions[nextLeader]!.from <= i)
        noteRecent(leaderMentions[nextLeader++]!.actors);
      if (this.consumed[s]![i]) continue;
      const notState = this.lexicon.nonStateForms.mayStartAt(tokens, i)
        ? this.lexicon.nonStateForms.longestAt(tokens, i)
        : null;
      if (notState) {
        for (let t = i; t < notState.to; t++) this.consumed[s]![t] = true;
        i = notState.to - 1;
        continue;
      }
      const found = this.stateMentionAt(s, i, recent, recentLeaders);
      if (!found) continue;
      this.addMention(s, found);
      noteRecent(found.actors);
      this.notePair(tokens, previousState, found);
      if (!found.locative) previousState = found;
      for (let t = found.from; t < found.to; t++) this.consumed[s]![t] = true;
      i = found.to - 1;
    }
  }

  /**
   * Remembers the last two states named together ("le Pérou et l'Équateur", "sino-indien"): what "les
   * deux pays" most likely refers to, even when a third party (often the speaker) was named since.
   */
  private notePair(
    tokens: readonly Token[],
    previous: Omit<Mention, "counterpartOf"> | null,
    found: Omit<Mention, "counterpartOf">,
  ): void {
    if (found.locative) return;
    // A resolved "les deux pays" keeps meaning the same pair ("l'histoire des deux pays … les ministres des deux pays").
    if (found.kind === "anaphor") {
      if (found.actors.length === 2 && found.actors.every((a) => a.kind === "state")) this.recentPair = found.actors;
      return;
    }
    if (found.closed && found.actors.length === 2) {
      this.recentPair = found.actors;
      return;
    }
    if (!previous || previous.actors.length !== 1 || found.actors.length !== 1 || found.kind !== "state") return;
    const gap = tokens.slice(previous.to, found.from);
    if (gap.some((t) => t.key === "et") && gap.every((t) => PAIR_COORDINATION.has(t.key)))
      this.recentPair = [previous.actors[0]!, found.actors[0]!];
  }

  /** "les deux pays": the last pair named together while both are still among the last few actors, else the last two. */
  private pairAnaphor(recent: LocalActor[]): LocalActor[] {
    const window = uniqueLast(recent, PAIR_RECENCY);
    const pair = this.recentPair;
    if (pair && pair.every((a) => window.some((r) => actorKey(r) === actorKey(a)))) return pair;
    return uniqueLast(recent, 2);
  }

  private stateMentionAt(
    s: number,
    i: number,
    recent: LocalActor[],
    recentLeaders: LocalActor[],
  ): Omit<Mention, "counterpartOf"> | null {
    const { tokens } = this.sentences[s]!;
    const token = tokens[i]!;
    const lex = this.lexicon;
    if (token.punct) return null;
    const mayStart =
      lex.stateForms.mayStartAt(tokens, i) ||
      lex.prefixes.has(token.key) ||
      lex.groups.mayStartAt(tokens, i) ||
      PAIR_ANAPHOR_OPENERS.has(token.key) ||
      BILATERAL.has(token.key);
    if (!mayStart) return null;
    const base = { locative: false, closed: false, adjectival: false };

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
          this.noteStates(actors, this.surface(s, i, last.to));
          return { ...base, from: i, to: last.to, kind: "compound", actors, closed: true, rule: "mention.compound" };
        }
      }
    }

    // Collective names ("les deux Corées").
    const group = lex.groups.longestAt(tokens, i);
    if (group) {
      const actors = group.values[0]!.map((code): LocalActor => ({ kind: "state", code }));
      this.noteStates(actors, this.surface(s, i, group.to));
      return { ...base, from: i, to: group.to, kind: "group", actors, closed: true, rule: "mention.group" };
    }

    // "les deux pays", "les deux voisins", "les deux dirigeants": the two actors most recently mentioned.
    if (PAIR_ANAPHOR_OPENERS.has(token.key) && tokens[i + 1]?.key === "deux" && tokens[i + 2]) {
      const noun = tokens[i + 2]!.key;
      const pool = LEADER_ANAPHORS.has(noun)
        ? uniqueLast(recentLeaders, 2)
        : PAIR_ANAPHORS.has(noun)
          ? this.pairAnaphor(recent)
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
      if (this.looksLikePersonName(tokens, i, match.to)) return null;
    }
    const before = tokens[i - 1];
    const locative =
      ((kinds.has("capital") || kinds.has("seat")) && !kinds.has("name") && isLocativeContext(tokens, i)) ||
      // "à Vilnius, en Lituanie": the country in apposition to a place is a place too.
      (kinds.has("name") && isPlaceApposition(tokens, i, this.sentences[s]!.mentions)) ||
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
    if (
      joined &&
      joined.values.length === 1 &&
      joined.values[0]!.code !== code &&
      joined.values[0]!.kind !== "demonym"
    ) {
      actors.push({ kind: "state", code: joined.values[0]!.code });
      to = joined.to;
      this.noteStates(actors, this.surface(s, i, to));
      return { ...base, from: i, to, kind: "compound", actors, closed: true, rule: "mention.compound" };
    }
    this.noteStates(actors, this.surface(s, i, to));
    return { ...base, from: i, to, kind: "state", actors, locative, adjectival, rule: "mention.state" };
  }

  /** "Denzel Washington", "Washington Post", "Israël Katz": a place name inside a run of capitalised words. */
  private looksLikePersonName(tokens: readonly Token[], from: number, to: number): boolean {
    const before = tokens[from - 1];
    const after = tokens[to];
    const beforeIsName =
      from > 0 &&
      nameLike(before, this.lexicon) &&
      !DETERMINERS.has(before!.key) &&
      this.lexicon.stateForms.longestAt(tokens, from - 1) === null;
    const afterIsName =
      nameLike(after, this.lexicon) &&
      this.lexicon.stateForms.longestAt(tokens, to) === null &&
      this.lexicon.heads.longestAt(tokens, to) === null;
    return beforeIsName || afterIsName;
  }

  private stateOfLeader(index: number): LocalActor | null {
    const role = this.leaders[index]!.roles.at(-1);
    return role ? { kind: "state", code: role.state } : null;
  }

  private noteStates(actors: LocalActor[], surface: string | null): void {
    for (const actor of actors) {
      if (actor.kind !== "state") continue;
      let entry = this.states.get(actor.code);
      if (!entry) this.states.set(actor.code, (entry = { aliases: new Set(), mentions: 0 }));
      if (surface !== null) entry.aliases.add(surface);
      entry.mentions++;
    }
  }

  private addMention(
    s: number,
    mention: Partial<Mention> & Pick<Mention, "from" | "to" | "kind" | "actors" | "rule">,
  ): void {
    this.sentences[s]!.mentions.push({
      locative: false,
      closed: false,
      adjectival: false,
      counterpartOf: [],
      ...mention,
    });
  }

  private surface(s: number, from: number, to: number): string {
    const tokens = this.sentences[s]!.tokens;
    const offset = tokens[0]?.start ?? 0;
    return this.texts[s]!.slice(tokens[from]!.start - offset, tokens[to - 1]!.end - offset);
  }
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

/** Two name forms designate the same person when one's words end the other's ("Poutine" / "Vladimir Poutine"). */
function sameName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length) return short.every((w, i) => w === long[i]);
  return short.length >= 2 && short.every((w, i) => w === long[long.length - short.length + i]);
}

function unique(actors: LocalActor[]): LocalActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(actorKey(a)) && seen.add(actorKey(a)));
}

function uniqueLast(actors: LocalActor[], count: number): LocalActor[] {
  const out: LocalActor[] = [];
  for (let i = actors.length - 1; i >= 0 && out.length < count; i--)
    if (!out.some((a) => actorKey(a) === actorKey(actors[i]!))) out.unshift(actors[i]!);
  return out;
}
