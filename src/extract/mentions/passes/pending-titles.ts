/**
 * Pass 3 — nameless titles: "le chef de l'État russe", "son homologue qatari" designate the one leader of the article
 * holding that office for that state, once every named leader is known.
 */
import type { OfficeClass } from "../../lexicon/lexicon.ts";
import type { ArticleContext } from "../article-context.ts";

export function resolvePendingTitles(ctx: ArticleContext): void {
  for (const { sentence, parse, counterpartOf } of ctx.pending) {
    if (parse.from < 0 || ctx.consumed[sentence]!.slice(parse.from, parse.to).some(Boolean)) continue;
    const office = parse.offices[0];
    if (!office) continue;
    const index = leaderHolding(ctx, office.class, parse.state);
    if (index < 0) continue;
    ctx.leaders[index]!.mentions++;
    ctx.addMention(sentence, {
      from: parse.from,
      to: parse.to,
      kind: "leader",
      actors: [{ kind: "leader", index }],
      counterpartOf: counterpartOf ?? [],
      rule: counterpartOf ? "mention.counterpart" : "mention.title-reference",
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
