/**
 * Pass 2 — references to leaders: a leader of this article named again (full name, surname, "M. X"), or a full name
 * with no title that world knowledge knows held office in the article's year ("Donald Trump a déclaré").
 */
import type { Token } from "../../text/tokenise.ts";
import type { ArticleContext } from "../article-context.ts";
import { nameAt, type NameSpan } from "../names.ts";

export function findLeaderReferences(ctx: ArticleContext, s: number): void {
  const { tokens } = ctx.sentences[s]!;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.consumed[s]![i]) continue;
    let start = i;
    let k = i;
    const token = tokens[i]!;
    if (ctx.lexicon.honorifics.has(token.key) && token.capitalised) k = tokens[i + 1]?.key === "." ? i + 2 : i + 1;
    const name = nameAt(tokens, k, ctx.lexicon);
    if (!name || ctx.consumed[s]![k]) continue;
    const words = tokens.slice(name.from, name.to).map((t) => t.key);
    let index = ctx.findLeaderByReference(words);
    if (index < 0 && words.length >= 2) index = registerKnownLeader(ctx, tokens, name, s);
    if (index < 0) {
      i = name.to - 1;
      continue;
    }
    if (start === k && name.from > 0 && tokens[name.from - 1]!.elided) start = name.from;
    ctx.leaders[index]!.aliases.add(ctx.surface(s, start, name.to));
    ctx.leaders[index]!.mentions++;
    ctx.addMention(s, {
      from: start,
      to: name.to,
      kind: "leader",
      actors: [{ kind: "leader", index }],
      rule: "mention.name-reference",
    });
    ctx.consume(s, start, name.to);
    i = name.to - 1;
  }
}

/**
 * "Donald Trump a déclaré": a full name with no title is a leader when world knowledge says they held office in the
 * article's year. An undated article gives no year, and the office a person held changes over time: without a title
 * in the text, the name makes no leader (the person may be spoken of before or after their term).
 */
function registerKnownLeader(ctx: ArticleContext, tokens: readonly Token[], name: NameSpan, s: number): number {
  const year = ctx.year;
  if (year === null) return -1;
  const known = ctx.knownLeaderIn(ctx.surface(s, name.from, name.to));
  if (!known) return -1;
  const inOffice = known.roles.filter((r) => r.from <= year && (r.to === null || year <= r.to));
  const classOf = (role: string) => ctx.lexicon.roleClasses.get(role) ?? "leader";
  const rank = (role: string) => ["head-of-state", "head-of-government"].indexOf(classOf(role)) >>> 0;
  const role = [...inOffice].sort((a, b) => rank(a.role) - rank(b.role) || b.from - a.from)[0]!;
  const index = ctx.registerLeader(tokens, name, s);
  ctx.leaders[index]!.mentions--; // counted again by the caller as a reference
  ctx.leaders[index]!.roles.push({
    role: role.role,
    class: classOf(role.role),
    state: known.state,
    sentence: s,
    rule: "mention.name-reference",
  });
  return index;
}
