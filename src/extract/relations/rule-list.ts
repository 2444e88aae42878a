/**
 * Every rule that can produce a relation, in the order they are tried: the cue pairing rules (first answer wins),
 * then the sentence rules, then the projection of leaders' relations onto their states. The README's "How extraction
 * works" lists them from here (`npx entente calibrate --readme README.md`).
 */
import { PAIRING_RULES } from "./pairing-rules.ts";
import { SENTENCE_RULES } from "./sentence-relations.ts";
import { STATE_PROJECTION_DOC, STATE_PROJECTION_RULE } from "./state-projection.ts";

export interface RelationRuleDoc {
  id: string;
  doc: string;
}

export const RELATION_RULES: readonly RelationRuleDoc[] = [
  ...PAIRING_RULES.map(({ id, doc }) => ({ id, doc })),
  ...SENTENCE_RULES.map(({ id, doc }) => ({ id, doc })),
  { id: STATE_PROJECTION_RULE, doc: STATE_PROJECTION_DOC },
];
