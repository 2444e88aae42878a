/**
 * Leaders act for their states: "le président ghanéen a reçu l'ambassadeur du Japon" is also Ghana – Japan. Each relation of a sentence that involves a leader also relates the states they serve, unless the
 * sentence already relates those states by that type. Projected relations carry their own rule id so their precision
 * is measured apart (`npx entente eval --by-rule`).
 */
import { actorKey } from "../mentions/mention.ts";
import type { LocalActor } from "../types.ts";
import type { ServedState } from "./pairing-rules.ts";
import type { SentenceRelation } from "./sentence-relations.ts";

export const STATE_PROJECTION_RULE = "project.leaders-states";
export const STATE_PROJECTION_DOC =
  "A relation involving a leader also relates the states they serve, unless the sentence already does: 'le président ghanéen a reçu l'ambassadeur du Japon' is also Ghana – Japan.";

export function projectToStates(relations: readonly SentenceRelation[], servedState: ServedState): SentenceRelation[] {
  const stateOf = (actor: LocalActor): LocalActor | null => {
    if (actor.kind === "state") return actor;
    const code = servedState(actor.index);
    return code === null ? null : { kind: "state", code };
  };
  const seen = new Set(relations.map((r) => `${r.type}|${pairKey(r.a, r.b)}`));
  const projected: SentenceRelation[] = [];
  for (const relation of relations) {
    if (relation.a.kind === "state" && relation.b.kind === "state") continue;
    const a = stateOf(relation.a);
    const b = stateOf(relation.b);
    if (!a || !b || actorKey(a) === actorKey(b)) continue;
    const key = `${relation.type}|${pairKey(a, b)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [first, second] = actorKey(a) <= actorKey(b) ? [a, b] : [b, a];
    projected.push({ type: relation.type, a: first, b: second, rule: STATE_PROJECTION_RULE });
  }
  return projected;
}

function pairKey(a: LocalActor, b: LocalActor): string {
  const [x, y] = [actorKey(a), actorKey(b)].sort();
  return `${x}|${y}`;
}
