/**
 * The GEXF attribute columns of an Entente graph: their ids, titles and GEXF types, and how each value is encoded
 * so that Gephi, networkx and graphology-gexf all keep it.
 *
 * Types are limited to `string`, `integer`, `double` and `liststring`: Gephi ignores `date` and `anyURI` columns, so
 * dates are ISO strings. Structured values (evidence, curation marks) are JSON text in a string column: every reader
 * keeps a string, and JSON is unambiguous whatever the text contains. Titles avoid the names readers reserve (`id`,
 * `label`, `weight`, `type`, `kind`).
 */
import { Ajv } from "ajv";
import { evidenceSchema } from "../model/schema.ts";
import {
  isRelation,
  type CurationMark,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type RoleSpan,
} from "../model/types.ts";

/** The GEXF attribute types this writer uses. */
export type GexfAttributeType = "string" | "integer" | "double" | "liststring";

/** One declared column: `value` returns the encoded value, or null when the element has none (no attvalue written). */
export interface AttributeColumn<A> {
  id: string;
  title: string;
  type: GexfAttributeType;
  value(attributes: A): string | null;
}

/** Separates the fields of one role: `role | state | firstDate | lastDate`. */
export const FIELD_SEPARATOR = " | ";
/** Written where a date of a role is unknown. */
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

/**
 * Characters `JSON.stringify` leaves as they are but XML cannot carry (U+FFFE, U+FFFF) or some XML parsers turn into
 * a line feed (NEL, LINE and PARAGRAPH SEPARATOR, as XML 1.1 does).
 */
const UNSAFE_AFTER_JSON = /[\u0085\u2028\u2029\uFFFE\uFFFF]/g;

/**
 * JSON whose text every XML reader carries unchanged: `JSON.stringify` already escapes control characters, line feeds
 * and lone surrogates; the characters above are escaped too, so the value reads back exactly.
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_AFTER_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The `evidence` column: a JSON array with one object per sentence, keys in a fixed order
 * `{"article", "date", "rule"?, "start", "end", "sentence"}` (date null when the article is undated; rule absent when
 * none was recorded). JSON escapes every quote, backslash and line break, so a sentence or an article name containing
 * ` | `, a newline or quotes cannot be mistaken for a separator, and the exact text and offsets read back.
 */
export function formatEvidence(evidence: readonly Evidence[]): string {
  return jsonForXml(
    evidence.map((e) => ({
      article: e.article,
      date: e.date,
      ...(e.rule === undefined ? {} : { rule: e.rule }),
      start: e.start,
      end: e.end,
      sentence: e.sentence,
    })),
  );
}

/** Raised when an `evidence` value is not what `formatEvidence` writes; the message names the entry. */
export class GexfEvidenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GexfEvidenceError";
  }
}

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
const validateEvidenceList = ajv.compile({ type: "array", items: evidenceSchema });

/** Reads back the `evidence` column written by `formatEvidence`: the evidence items exactly as in `graph.json`. */
export function parseEvidence(value: string): Evidence[] {
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch (error) {
    throw new GexfEvidenceError(`gexf: the evidence value is not JSON (${(error as Error).message})`);
  }
  if (!validateEvidenceList(data)) {
    const error = validateEvidenceList.errors?.[0];
    const where = error?.instancePath.replace(/^\/(\d+)/, "entry $1").replace(/\//g, ".") || "the evidence value";
    throw new GexfEvidenceError(
      `gexf: ${where} ${error?.message ?? "is invalid"} (expected an array of {article, date, rule?, start, end, sentence})`,
    );
  }
  return data as Evidence[];
}

/** The `curation` column: the user's decisions as a JSON array `[{"action", "at", "note"?}]`, oldest first. */
export function formatCuration(marks: readonly CurationMark[] | undefined): string | null {
  if (marks === undefined || marks.length === 0) return null;
  return jsonForXml(
    marks.map((m) => ({ action: m.action, at: m.at, ...(m.note === undefined ? {} : { note: m.note }) })),
  );
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
  {
    id: "roles",
    title: "roles",
    type: "liststring",
    value: (a) => (a.type === "leader" ? encodeList(a.roles.map(formatRoleSpan)) : null),
  },
  { id: "curation", title: "curation", type: "string", value: (a) => formatCuration(a.curation) },
];

/** Edge columns, in declaration order. The weight is the edge's own `weight`, not a column (Gephi reserves the title). */
export const EDGE_COLUMNS: readonly AttributeColumn<EdgeAttributes>[] = [
  { id: "relation", title: "relation", type: "string", value: (a) => a.type },
  { id: "evidenceCount", title: "evidenceCount", type: "integer", value: (a) => String(a.evidence.length) },
  { id: "articles", title: "articles", type: "liststring", value: (a) => encodeList(a.articles) },
  { id: "firstDate", title: "firstDate", type: "string", value: (a) => a.firstDate },
  { id: "lastDate", title: "lastDate", type: "string", value: (a) => a.lastDate },
  { id: "evidence", title: "evidence", type: "string", value: (a) => formatEvidence(a.evidence) },
  { id: "roles", title: "roles", type: "liststring", value: (a) => (a.type === "serves" ? encodeList(a.roles) : null) },
  {
    id: "confidence",
    title: "confidence",
    type: "double",
    value: (a) => (isRelation(a) && a.confidence !== undefined ? String(a.confidence) : null),
  },
  {
    id: "rules",
    title: "rules",
    type: "liststring",
    value: (a) => (isRelation(a) && a.rules !== undefined ? encodeList(a.rules) : null),
  },
  { id: "curation", title: "curation", type: "string", value: (a) => formatCuration(a.curation) },
];
