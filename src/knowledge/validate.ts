/**
 * The one door of `graph-data/knowledge/`: every knowledge file is checked against its JSON Schema (Ajv) here before
 * any module reads it, and a fault is reported with the file, the entry (index and name, or key) and the field, so a
 * hand-edited file can be fixed in place: `knowledge: titles.json heads[3] ("ministre") field class must be equal to
 * one of the allowed values: "head-of-state", …`.
 */
import { Ajv, type ErrorObject, type Schema } from "ajv";

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });

/** A compiled check of one knowledge file: narrows parsed JSON to `T` or throws naming file, entry and field. */
export type KnowledgeCheck<T> = (file: unknown) => T;

/** How many faults one message lists before "(and N more)". */
const MAX_LISTED = 20;

/**
 * Compiles `schema` (the JSON Schema of the file named `fileName`) into a check. The schema's type is trusted to
 * describe `T`: each knowledge module declares both side by side.
 */
export function knowledgeCheck<T>(fileName: string, schema: Schema): KnowledgeCheck<T> {
  const validate = ajv.compile<T>(schema);
  return (file) => {
    if (validate(file)) return file;
    throw new Error(describeKnowledgeErrors(fileName, file, validate.errors ?? []));
  };
}

/** A knowledge file's check, and the bundled file read through it once (memoised). */
export interface KnowledgeFile<T> {
  /** Validates any file in this format (parsed JSON), for tools and tests; throws naming the entry and field. */
  compile: KnowledgeCheck<T>;
  /** The bundled file, validated on first use. */
  load: () => T;
}

/** The check of the file `fileName` (its JSON Schema) and a memoised loader of its bundled copy `bundled`. */
export function knowledgeFile<T>(fileName: string, schema: Schema, bundled: unknown): KnowledgeFile<T> {
  const compile = knowledgeCheck<T>(fileName, schema);
  let cache: T | null = null;
  return { compile, load: () => (cache ??= compile(bundled)) };
}

/** Ajv's errors as one message naming, for each fault, the entry (by index and name, or by key) and the field. */
function describeKnowledgeErrors(fileName: string, file: unknown, errors: readonly ErrorObject[]): string {
  const lines = errors.slice(0, MAX_LISTED).map((error) => {
    const where = locate(fileName, file, error.instancePath.split("/").slice(1).map(unescapePointer));
    return `${where} ${error.message ?? "is invalid"}${detail(error)}`;
  });
  const more = errors.length > lines.length ? `\n(and ${errors.length - lines.length} more)` : "";
  return `knowledge: ${fileName} is invalid:\n${lines.join("\n")}${more}`;
}

/**
 * "leaders.json leaders[3] ("Xi Jinping") field roles[0].role", "institutions.json seats["Kremlin"]",
 * "relation-cues.json cooperation[12] ("coopérer")": the collection, the entry in it, then the field inside the entry.
 */
function locate(fileName: string, file: unknown, path: readonly string[]): string {
  const [collection, entryKey, ...field] = path;
  if (collection === undefined) return fileName;
  const container = childOf(file, collection);
  if (entryKey === undefined) return `${fileName} field ${collection}`;
  const entry = childOf(container, entryKey);
  const at = Array.isArray(container) ? `${collection}[${entryKey}]` : `${collection}[${JSON.stringify(entryKey)}]`;
  const name = entryName(entry);
  const fieldPath = field.reduce(
    (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    "",
  );
  return `${fileName} ${at}${name === null ? "" : ` (${JSON.stringify(name)})`}${fieldPath ? ` field ${fieldPath}` : ""}`;
}

/** What a reader calls an entry: the string itself, or its `name`, `code` or `role`, or its first string. */
function entryName(entry: unknown): string | null {
  if (typeof entry === "string") return entry;
  if (Array.isArray(entry)) return typeof entry[0] === "string" ? entry[0] : null;
  if (typeof entry !== "object" || entry === null) return null;
  for (const field of ["name", "code", "role"]) {
    const value = (entry as Record<string, unknown>)[field];
    if (typeof value === "string") return value;
  }
  return null;
}

function childOf(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  if (typeof value === "object" && value !== null) return (value as Record<string, unknown>)[key];
  return undefined;
}

/** The allowed values of an enum, the unexpected property of a closed object: what to write instead. */
function detail(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues))
    return `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "additionalProperties") return ` (${JSON.stringify(params.additionalProperty)})`;
  return "";
}

/** JSON Pointer escapes: "~1" is "/", "~0" is "~". */
function unescapePointer(part: string): string {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}
