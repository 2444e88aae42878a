/** Test helper: extract one small article and describe its leaders and relations in plain strings. */
import { extractArticle } from "../../../src/extract/article.ts";
import type { LocalActor } from "../../../src/extract/types.ts";

export function extractText(
  body: string,
  date: string | null = "2024-01-15",
  source: { outlet?: string | null; url?: string | null } = {},
) {
  const x = extractArticle({ id: "t", text: `Titre\n\n${body}\n`, date, ...source });
  const name = (a: LocalActor) => (a.kind === "state" ? a.code : x.leaders[a.index]!.name);
  return {
    leaders: x.leaders.map((l) => `${l.name} ${l.roles.map((r) => `${r.role}@${r.state}`).join(",")}`.trim()),
    aliases: x.leaders.map((l) => [...l.aliases].sort()),
    states: [...x.states.keys()].sort(),
    relations: [...new Set(x.relations.map((r) => `${r.type} ${[name(r.a), name(r.b)].sort().join(" — ")}`))].sort(),
  };
}
