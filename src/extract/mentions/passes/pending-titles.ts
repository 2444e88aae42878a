/**
 * Pass 3 — nameless titles: "le chef de l'État russe", "son homologue qatari" designate the one leader of the article
 * holding that office for that state, once every named leader is known; failing that, the one person world knowledge
 * says held that office for that state in the article's year ("le président de la République" in a French
 * ministry's statement of 2019: the French president of 2019).
 */
import { officeHoldersIn, type KnownLeader } from "../../../knowledge/leaders.ts";
import { DETERMINERS } from "../../lexicon/closed-class.ts";
import type { OfficeClass } from "../../lexicon/lexicon.ts";
import type { ArticleContext } from "../article-context.ts";

export function resolvePendingTitles(ctx: ArticleContext): void {
  for (const { sentence, parse, counterpartOf, home } of ctx.pending) {
    if (parse.from < 0 || ctx.consumed[sentence]!.slice(parse.from, parse.to).some(Boolean)) continue;
    const office = parse.offices[0];
    if (!office) continue;
    const state = parse.state ?? (home ? ctx.home : null);
    let index = leaderHolding(ctx, office.class, state);
    const holder = index < 0 && counterpartOf === undefined ? officeHolder(ctx, office.class, state) : null;
    if (holder)
      index = ctx.registerOfficeHolder(
        holder.leader,
        holder.role,
        sentence,
        ctx.surface(sentence, titleStart(ctx, sentence, parse.from), parse.to),
      );
    if (index < 0) continue;
    ctx.leaders[index]!.mentions++;
    ctx.addMention(sentence, {
      from: parse.from,
      to: parse.to,
      kind: "leader",
      actors: [{ kind: "leader", index }],
      counterpartOf: counterpartOf ?? [],
      rule: counterpartOf ? "mention.counterpart" : holder ? "mention.office-holder" : "mention.title-reference",
    });
    ctx.consume(sentence, parse.from, parse.to);
  }
}

/** The one leader of this article holding an office of this class for this state ("le chef de l'État russe"). */
function leaderHolding(ctx: ArticleContext, officeClass: OfficeClass, state: string | null): number {
  if (state === null) return -1;
  const compatible = (c: OfficeClass) =>
    c === officeClass ||
    (officeClass === "leader" && (c === "head-of-state" || c === "head-of-government")) ||
    ((officeClass === "head-of-state" || officeClass === "head-of-government") && c === "leader");
  const candidates = ctx.leaders.flatMap((leader, i) =>
    leader.roles.some((r) => r.state === state && compatible(r.class)) ? [i] : [],
  );
  if (candidates.length === 1) return candidates[0]!;
  // A generic "dirigeant" prefers the head of state, then the head of government.
  for (const preferred of ["head-of-state", "head-of-government"] as const) {
    const best = candidates.filter((i) =>
      ctx.leaders[i]!.roles.some((r) => r.state === state && r.class === preferred),
    );
    if (best.length === 1) return best[0]!;
  }
  return -1;
}

/**
 * The one person world knowledge says held an office of this class for `state` in the article's year; null when the
 * article is undated, or nobody or several people did (a year of transition).
 */
function officeHolder(
  ctx: ArticleContext,
  officeClass: OfficeClass,
  state: string | null,
): { leader: KnownLeader; role: string } | null {
  if (state === null || ctx.year === null) return null;
  const classOf = (role: string) => ctx.lexicon.roleClasses.get(role) ?? "leader";
  const holders = officeHoldersIn(state, ctx.year).flatMap(({ leader, roles }) => {
    const role = roles.find((r) => classOf(r.role) === officeClass);
    return role ? [{ leader, role: role.role }] : [];
  });
  return holders.length === 1 ? holders[0]! : null;
}

/** The title's first word after its determiner: "président de la République", not "Le président …". */
function titleStart(ctx: ArticleContext, sentence: number, from: number): number {
  return DETERMINERS.has(ctx.sentences[sentence]!.tokens[from]?.key ?? "") ? from + 1 : from;
}
