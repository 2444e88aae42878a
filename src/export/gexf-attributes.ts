/**
 * The GEXF attribute columns of an Entente graph: their ids, titles and GEXF types, and how each value is encoded
 * so that Gephi, networkx and graphology-gexf all keep it.
 *
 * Types are limited to `string`, `integer` and `liststring`: Gephi ignores `date` and `anyURI` columns, so dates are
 * ISO strings. Titles avoid the names readers reserve (`id`, `label`, `weight`, `type`, `kind`).
 */
import type { EdgeAttributes, Evidence, NodeAttributes, RoleSpan } from "../model/types.ts";

/** The GEXF attribute types this writer uses. */
export type GexfAttributeType = "string" | "integer" | "liststring";

/** One declared column: `value` returns the encoded value, or null when the element has none (no attvalue written). */
export interface AttributeColumn<A> {
  id: string;
  title: string;
  type: GexfAttributeType;
  value(attributes: A): string | null;
}

/** Separates evidence entries in the `evidence` string attribute. */
export const EVIDENCE_ENTRY_SEPARATOR = "\n";
/** Separates the fields of one entry: `article | date | sentence`, and of one role: `role | state | first | last`. */
export const FIELD_SEPARATOR = " | ";
/** Written where a date is unknown. */
export const UNDATED = "undated";

/**
 * Encodes a list the way GEXF list readers parse it (Gephi's and graphology-gexf's `[a, "b, c"]` syntax): every item
 * double-quoted, with `\` and `"` backslash-escaped, so commas and quotes inside items survive.
 */
export function encodeList(items: readonly string[]): string {
  return `[${items.map((item) => `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(", ")}]`;
}

/** Line breaks inside a field would be read as entry separators; the exact text stays in `graph.json`. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

/** One evidence entry: `article | date | sentence` (`undated` when the article has no date). */
export function formatEvidence(evidence: Evidence): string {
  return [evidence.article, evidence.date ?? UNDATED, oneLine(evidence.sentence)].join(FIELD_SEPARATOR);
}

/** Reads back the `evidence` attribute written by `formatEvidence` entries joined with `EVIDENCE_ENTRY_SEPARATOR`. */
export function parseEvidence(value: string): { article: string; date: string | null; sentence: string }[] {
  if (value === "") return [];
  return value.split(EVIDENCE_ENTRY_SEPARATOR).map((entry) => {
    const first = entry.indexOf(FIELD_SEPARATOR);
    const second = entry.indexOf(FIELD_SEPARATOR, first + FIELD_SEPARATOR.length);
    if (first < 0 || second < 0) throw new Error(`gexf: evidence entry "${entry}" is not "article | date | sentence"`);
    const date = entry.slice(first + FIELD_SEPARATOR.length, second);
    return {
      article: entry.slice(0, first),
      date: date === UNDATED ? null : date,
      sentence: entry.slice(second + FIELD_SEPARATOR.length),
    };
  });
}

/** One role span: `role | state | firstDate | lastDate`. */
export function formatRoleSpan(span: RoleSpan): string {
  return [oneLine(span.role), span.state, span.firstDate ?? UNDATED, span.lastDate ?? UNDATED].join(FIELD_SEPARATOR);
}

/** Node columns, in declaration order. */
export const NODE_COLUMNS: readonly AttributeColumn<NodeAttributes>[] = [
  { id: "nodeType", title: "nodeType", type: "string", value: (a) => a.type },
  { id: "aliases", title: "aliases", type: "liststring", value: (a) => encodeList(a.aliases) },
  { id: "mentions", title: "mentions", type: "integer", value: (a) => String(a.mentions) },
  { id: "articles", title: "articles", type: "liststring", value: (a) => encodeList(a.articles) },
  { id: "iso2", title: "iso2", type: "string", value: (a) => (a.type === "state" ? a.iso2 : null) },
  { id: "iso3", title: "iso3", type: "string", value: (a) => (a.type === "state" ? a.iso3 : null) },
  { id: "nameEn", title: "nameEn", type: "string", value: (a) => (a.type === "state" ? a.nameEn : null) },
  { id: "state", title: "state", type: "string", value: (a) => (a.type === "leader" ? a.state : null) },
  { id: "roles", title: "roles", type: "liststring", value: (a) => (a.type === "leader" ? encodeList(a.roles.map(formatRoleSpan)) : null) },
];

/** Edge columns, in declaration order. The weight is the edge's own `weight`, not a column (Gephi reserves the title). */
export const EDGE_COLUMNS: readonly AttributeColumn<EdgeAttributes>[] = [
  { id: "relation", title: "relation", type: "string", value: (a) => a.type },
  { id: "evidenceCount", title: "evidenceCount", type: "integer", value: (a) => String(a.evidence.length) },
  { id: "articles", title: "articles", type: "liststring", value: (a) => encodeList(a.articles) },
  { id: "firstDate", title: "firstDate", type: "string", value: (a) => a.firstDate },
  { id: "lastDate", title: "lastDate", type: "string", value: (a) => a.lastDate },
  { id: "evidence", title: "evidence", type: "string", value: (a) => a.evidence.map(formatEvidence).join(EVIDENCE_ENTRY_SEPARATOR) },
  { id: "roles", title: "roles", type: "liststring", value: (a) => (a.type === "serves" ? encodeList(a.roles) : null) },
];
