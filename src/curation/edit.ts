/**
 * Editing a curation: recording a decision (a later verdict on the same target replaces the earlier one), undoing
 * one, and the file's canonical text. Pure; the CLI, the server and the explorer all edit through these.
 */
import { CURATION_VERSION, type Curation, type Decision } from "./types.ts";

export function emptyCuration(): Curation {
  return { version: CURATION_VERSION, decisions: [] };
}

/**
 * What a decision is about. Two decisions with the same slot cannot both stand: accept, reject and retype of one
 * relation share a slot (the verdict on it), so do two renames of an actor or two state corrections; other kinds
 * share a slot only with the identical decision.
 */
export function decisionSlot(decision: Decision): string {
  switch (decision.kind) {
    case "accept":
    case "reject":
    case "retype":
      return `verdict ${decision.edge}`;
    case "reject-evidence":
      return `reject-evidence ${decision.edge} ${decision.evidence.article} ${decision.evidence.start ?? ""} ${decision.evidence.sentence}`;
    case "merge":
      return `merge ${decision.keep} ${decision.fold}`;
    case "rename":
    case "drop":
    case "set-state":
      return `${decision.kind} ${decision.node}`;
    case "add": {
      const [a, b] = [decision.source, decision.target].sort();
      const evidence = decision.evidence === undefined ? "" : `${decision.evidence.article} ${decision.evidence.start}`;
      return `add ${decision.type} ${a} ${b} ${evidence}`;
    }
  }
}

/**
 * A new curation with `decision` appended and any earlier decision of the same slot removed. The file stays in time
 * order, which `applyCuration` relies on: a decision dated before the last one (a clock set back) takes its date.
 */
export function recordDecision(curation: Curation, decision: Decision): Curation {
  const slot = decisionSlot(decision);
  const last = curation.decisions.at(-1);
  const dated =
    last !== undefined && Date.parse(decision.at) < Date.parse(last.at) ? { ...decision, at: last.at } : decision;
  return {
    version: CURATION_VERSION,
    decisions: [...curation.decisions.filter((d) => decisionSlot(d) !== slot), canonicalDecision(dated)],
  };
}

/** A new curation without the decision at `index` (undo). Throws a `RangeError` naming the index when there is none. */
export function removeDecision(curation: Curation, index: number): Curation {
  if (!Number.isInteger(index) || index < 0 || index >= curation.decisions.length)
    throw new RangeError(`curation: there is no decision ${index} (the file has ${curation.decisions.length})`);
  return { version: CURATION_VERSION, decisions: curation.decisions.filter((_, i) => i !== index) };
}

/** The target of a decision in a few words, for lists and messages: `reject cooperation:state:JPN|state:RUS`. */
export function describeDecision(decision: Decision): string {
  switch (decision.kind) {
    case "accept":
    case "reject":
      return `${decision.kind} ${decision.edge}`;
    case "retype":
      return `retype ${decision.edge} → ${decision.to}`;
    case "reject-evidence":
      return `reject-evidence ${decision.edge}: ${decision.evidence.article} "${decision.evidence.sentence.length > 50 ? `${decision.evidence.sentence.slice(0, 49)}…` : decision.evidence.sentence}"`;
    case "merge":
      return `merge ${decision.fold} into ${decision.keep}`;
    case "rename":
      return `rename ${decision.node} → "${decision.label}"`;
    case "drop":
      return `drop ${decision.node}`;
    case "set-state":
      return `set-state ${decision.node} → ${decision.state}`;
    case "add":
      return `add ${decision.type} ${decision.source} – ${decision.target}${decision.evidence === undefined ? " (no sentence)" : ` (${decision.evidence.article})`}`;
  }
}

/** The file's text: two-space JSON, fields in a fixed order, a final newline; the same curation always gives the same bytes. */
export function serializeCuration(curation: Curation): string {
  return `${JSON.stringify({ version: CURATION_VERSION, decisions: curation.decisions.map(canonicalDecision) }, null, 2)}\n`;
}

const FIELD_ORDER = [
  "kind",
  "edge",
  "to",
  "type",
  "source",
  "target",
  "keep",
  "fold",
  "node",
  "label",
  "state",
  "evidence",
  "at",
  "note",
];
const EVIDENCE_ORDER = ["article", "sentence", "start", "end"];

function canonicalDecision(decision: Decision): Decision {
  const ordered = reorder(decision as unknown as Record<string, unknown>, FIELD_ORDER);
  if (ordered.evidence !== undefined)
    ordered.evidence = reorder(ordered.evidence as Record<string, unknown>, EVIDENCE_ORDER);
  return ordered as unknown as Decision;
}

function reorder(value: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of order) if (value[field] !== undefined) result[field] = value[field];
  for (const field of Object.keys(value))
    if (!(field in result) && value[field] !== undefined) result[field] = value[field];
  return result;
}
