/**
 * The explicit state one article's mention passes fold over: its sentences and their mentions so far, which tokens a
 * pass has already claimed, the leaders and states found, the titles waiting for a leader, and the last pair of
 * states named together. Operations every pass needs (recording a mention, registering or finding a leader, world
 * knowledge of who held office in the article's year) live here; each pass's own logic lives in `passes/`.
 */
import { servedIn, type KnownLeader } from "../../knowledge/leaders.ts";
import type { Publication } from "../../knowledge/outlets.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { tokenise, type Token } from "../text/tokenise.ts";
import type { LocalActor, LocalLeader } from "../types.ts";
import { knownLeadersBySurname, knownLeadersNamed } from "./known-leader-lookup.ts";
import type { Mention } from "./mention.ts";
import type { NameSpan } from "./names.ts";
import type { TitleParse } from "./titles.ts";

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

/** A nameless title ("le chef de l'État russe") waiting for the one leader of the article it can designate. */
export interface PendingTitle {
  sentence: number;
  parse: TitleParse;
  /** A home title ("le président de la République"): with no state of its own, it is the publication's state's. */
  home?: boolean;
  /** For a nameless counterpart ("son homologue qatari"): the leader it is the counterpart of. */
  counterpartOf?: LocalActor[];
}

export class ArticleContext {
  readonly sentences: SentenceMentions[];
  /** The state the publication speaks from, for "le président de la République"; null when unknown. */
  readonly home: string | null;
  /** The state whose government publishes the article (a ministry's statement): what its "nous" designates. */
  readonly speaker: string | null;
  /** Per sentence, per token: claimed by a mention or ruled out by a pass, so later passes skip it. */
  readonly consumed: boolean[][];
  readonly leaders: LocalLeader[] = [];
  readonly states = new Map<string, { aliases: Set<string>; mentions: number }>();
  readonly pending: PendingTitle[] = [];
  /** The last two states named together so far: what "les deux pays" most likely means. */
  recentPair: LocalActor[] | null = null;
  /** Per leader, the words of its longest name form, for matching later references. */
  private readonly leaderWords: string[][] = [];
  private articleStates: Set<string> | null = null;

  constructor(
    private readonly texts: readonly string[],
    tokenised: Token[][],
    readonly lexicon: Lexicon,
    /** The article's year, to tell which known leaders were in office; null when the article is undated. */
    readonly year: number | null,
    publication: Publication | null = null,
  ) {
    this.home = publication?.home ?? null;
    this.speaker = publication?.official ? publication.home : null;
    this.sentences = tokenised.map((tokens) => ({ tokens, mentions: [] }));
    this.consumed = tokenised.map((tokens) => tokens.map(() => false));
  }

  /** Marks tokens [from, to) of sentence `s` as claimed. */
  consume(s: number, from: number, to: number): void {
    for (let t = from; t < to; t++) this.consumed[s]![t] = true;
  }

  result(): ArticleMentions {
    for (const sentence of this.sentences) sentence.mentions.sort((a, b) => a.from - b.from);
    return { sentences: this.sentences, leaders: this.leaders, states: this.states };
  }

  addMention(s: number, mention: Partial<Mention> & Pick<Mention, "from" | "to" | "kind" | "actors" | "rule">): void {
    this.sentences[s]!.mentions.push({
      locative: false,
      closed: false,
      adjectival: false,
      counterpartOf: [],
      ...mention,
    });
  }

  surface(s: number, from: number, to: number): string {
    const tokens = this.sentences[s]!.tokens;
    const offset = tokens[0]?.start ?? 0;
    return this.texts[s]!.slice(tokens[from]!.start - offset, tokens[to - 1]!.end - offset);
  }

  noteStates(actors: LocalActor[], surface: string | null): void {
    for (const actor of actors) {
      if (actor.kind !== "state") continue;
      let entry = this.states.get(actor.code);
      if (!entry) this.states.set(actor.code, (entry = { aliases: new Set(), mentions: 0 }));
      if (surface !== null) entry.aliases.add(surface);
      entry.mentions++;
    }
  }

  stateOfLeader(index: number): LocalActor | null {
    const role = this.leaders[index]!.roles.at(-1);
    return role ? { kind: "state", code: role.state } : null;
  }

  /** Codes of the states named (unambiguously) in sentence `s` before token `end`, in order. */
  statesNamed(s: number, end: number): string[] {
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

  registerLeader(tokens: readonly Token[], name: NameSpan, s: number): number {
    const words = tokens.slice(name.from, name.to).map((t) => t.key);
    const surface = this.surface(s, name.from, name.to);
    let index = this.leaderWords.findIndex((known) => sameName(known, words));
    // "le président Obama" after "Barack Obama": a titled surname is the leader already named, not a new one.
    if (index < 0 && words.length === 1) index = this.findLeaderByReference(words);
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

  /** A leader of this article whose name the words designate: the full name, the last word, or a unique first word. */
  /** A leader world knowledge names for a nameless title ("le président de la République" → the holder that year). */
  registerOfficeHolder(known: KnownLeader, role: string, s: number, title: string): number {
    const words = tokenise(known.name).map((t) => t.key);
    let index = this.leaderWords.findIndex((w) => sameName(w, words));
    if (index < 0) {
      index = this.leaders.length;
      this.leaders.push({ name: known.name, aliases: new Set([known.name]), roles: [], mentions: 0 });
      this.leaderWords.push(words);
    }
    const leader = this.leaders[index]!;
    leader.aliases.add(title);
    leader.roles.push({
      role,
      class: this.lexicon.roleClasses.get(role) ?? "leader",
      state: known.state,
      sentence: s,
      rule: "mention.office-holder",
    });
    return index;
  }

  findLeaderByReference(words: string[]): number {
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

  /**
   * The one person of world knowledge (`graph-data/knowledge/leaders.json`) this full name designates, in office in
   * the article's year when it is dated; null when none or several do.
   */
  knownLeaderIn(name: string): KnownLeader | null {
    const candidates = knownLeadersNamed(name).filter((leader) => servedIn(leader, this.year));
    return candidates.length === 1 ? candidates[0]! : null;
  }

  /**
   * "le président Santos": the one known leader of that surname in office in the article's (known) year; when
   * several are, the one whose state the article names.
   */
  knownLeaderBySurname(word: string): KnownLeader | null {
    if (this.year === null || word.includes(" ")) return null;
    const candidates = knownLeadersBySurname(word).filter((leader) => servedIn(leader, this.year));
    if (candidates.length <= 1) return candidates[0] ?? null;
    const named = candidates.filter((leader) => this.articleNamesState(leader.state));
    return named.length === 1 ? named[0]! : null;
  }

  /** Whether any sentence of the article names the state (by any of its forms). */
  articleNamesState(code: string): boolean {
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
}

/** Two name forms designate the same person when one's words end the other's ("Poutine" / "Vladimir Poutine"). */
function sameName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length) return short.every((w, i) => w === long[i]);
  return short.length >= 2 && short.every((w, i) => w === long[long.length - short.length + i]);
}
