/**
 * The corpus manifest `metadata.json`: its JSON Schema, and parsing with validation.
 *
 * Pure (no `node:fs`), so the browser can validate a dropped manifest the same way the CLI does. A manifest that
 * cannot be read at all is reported once and no metadata is applied; an entry that fails validation is kept aside
 * with every problem it has, so intake can refuse that one article and name the field to fix.
 */
import { Ajv, type ErrorObject } from "ajv";
import { datePrecision } from "../model/dates.ts";
import { duplicateKeys } from "./json-keys.ts";
import { displayName, oddNameProblem } from "./display.ts";

/** The manifest's file name inside a corpus folder. */
export const MANIFEST_FILE = "metadata.json";

/** What is known about one article, keyed in the manifest by its file name. Every field is optional. */
export interface ManifestEntry {
  /** Headline; replaces the first non-empty line. */
  title?: string;
  /** Publishing outlet; null when the text does not name it. */
  outlet?: string | null;
  /** Publication date as precise as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown. */
  date?: string | null;
  /** Where the article was published (http or https); null when unknown. */
  url?: string | null;
  /** ISO 639-1 code asserting the language; `"fr"` skips detection, anything else refuses the article. */
  language?: string;
  /** Free text for people (how the date was worked out, credits); not used by the pipeline. */
  note?: string;
}

/** One problem of one manifest entry. */
export interface ManifestIssue {
  /** The article file name the entry is keyed by. */
  file: string;
  /** The entry's field at fault, or null when the entry as a whole is wrong (e.g. not an object). */
  field: string | null;
  /** A sentence saying what is wrong and what is expected. */
  message: string;
}

/** A parsed manifest: valid entries, invalid ones with their issues, or a fatal problem with the whole file. */
export interface Manifest {
  /** Valid entries by article file name. */
  entries: ReadonlyMap<string, ManifestEntry>;
  /** Entries that failed validation, by article file name; intake refuses those articles. */
  invalid: ReadonlyMap<string, readonly ManifestIssue[]>;
  /** Why the file as a whole is unusable (not JSON, not an object), or null; when set, no entry is applied. */
  fatal: string | null;
}

/** The manifest of a corpus without `metadata.json`. */
export const EMPTY_MANIFEST: Manifest = { entries: new Map(), invalid: new Map(), fatal: null };

const ENTRY_FIELDS = ["title", "outlet", "date", "url", "language", "note"] as const;

/**
 * Longest value of each text field, in characters. A title is shown in every evidence list of the explorer and a
 * 100,000-character one made a selection take seconds; real headlines stay under 200 characters.
 */
export const MANIFEST_LIMITS = { title: 300, outlet: 200, url: 2048, note: 5000 } as const;

/** JSON Schema of one entry; exported so tools and editors can validate a manifest too. */
export const MANIFEST_ENTRY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    title: { type: "string", minLength: 1, maxLength: MANIFEST_LIMITS.title, pattern: "\\S" },
    outlet: { type: ["string", "null"], minLength: 1, maxLength: MANIFEST_LIMITS.outlet },
    date: { type: ["string", "null"], format: "entente-date" },
    // The scheme is case-insensitive (RFC 3986): "HTTPS://" is as good as "https://".
    url: { type: ["string", "null"], maxLength: MANIFEST_LIMITS.url, pattern: "^[hH][tT][tT][pP][sS]?://\\S+$" },
    language: { type: "string", pattern: "^[a-z]{2}$" },
    note: { type: "string", maxLength: MANIFEST_LIMITS.note },
  },
} as const;

/** JSON Schema of the whole manifest: an object from article file name to entry. */
export const MANIFEST_SCHEMA = {
  type: "object",
  additionalProperties: MANIFEST_ENTRY_SCHEMA,
} as const;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
// Real calendar dates only ("2013-13" and "2013-02-30" fail), with the same rule the graph uses for its dates.
ajv.addFormat("entente-date", { type: "string", validate: (value: string) => datePrecision(value) !== null });
const validateEntry = ajv.compile(MANIFEST_ENTRY_SCHEMA);

/**
 * Parse and validate the text of a manifest. Never throws: every problem is in the result.
 * @param text the file's decoded text (a UTF-8 BOM is tolerated)
 * @param manifestName the name used in messages
 */
export function parseManifest(text: string, manifestName: string = MANIFEST_FILE): Manifest {
  try {
    return parseChecked(text, manifestName);
  } catch (error) {
    // A last resort: nothing above is expected to throw, but a manifest must never stop a build.
    return fatal(
      `corpus: ${manifestName} could not be checked (${shortError(error)}). No metadata was applied; fix the file.`,
    );
  }
}

function parseChecked(text: string, manifestName: string): Manifest {
  const json = text.replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fatal(
      `corpus: ${manifestName} is not valid JSON (${shortError(error)}). No metadata was applied; fix the file.`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const found = Array.isArray(data) ? "an array" : data === null ? "null" : `a ${typeof data}`;
    return fatal(
      `corpus: ${manifestName} must be a JSON object from article file name to entry, found ${found}. ` +
        "No metadata was applied; fix the file.",
    );
  }

  const entries = new Map<string, ManifestEntry>();
  const invalid = new Map<string, ManifestIssue[]>();
  const addIssue = (issue: ManifestIssue) => invalid.set(issue.file, [...(invalid.get(issue.file) ?? []), issue]);
  for (const [file, entry] of Object.entries(data)) {
    if (validateEntry(entry)) {
      const issues = textIssues(manifestName, file, entry as ManifestEntry);
      if (issues.length === 0) entries.set(file, entry as ManifestEntry);
      else issues.forEach(addIssue);
    } else {
      describeErrors(manifestName, file, entry, validateEntry.errors ?? []).forEach(addIssue);
    }
  }
  // JSON.parse keeps the last of two equal keys: the entry (or field) given twice is refused rather than guessed.
  for (const { path, lines } of duplicateKeys(json)) {
    const [file, field] = path as [string, string | undefined];
    const where = `${manifestName}, entry "${displayName(file)}"`;
    const at = `lines ${lines.join(", ")}`;
    const message =
      field === undefined
        ? `${where}: the entry is given ${lines.length} times (${at}); keep one`
        : `${where}: field "${displayName(field)}" is given ${lines.length} times (${at}); keep one`;
    entries.delete(file);
    addIssue({ file, field: field ?? null, message });
  }
  return { entries, invalid, fatal: null };
}

function fatal(message: string): Manifest {
  return { entries: new Map(), invalid: new Map(), fatal: message };
}

/** A parser's or validator's message, bounded and printable (V8 quotes part of the input in some of them). */
function shortError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return displayName(message.length > 200 ? `${message.slice(0, 199)}…` : message);
}

/** Title, outlet and URL are shown to readers: no control, bidirectional-override or lone-surrogate character. */
function textIssues(manifestName: string, file: string, entry: ManifestEntry): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const field of ["title", "outlet", "url"] as const) {
    const value = entry[field];
    if (typeof value !== "string") continue;
    const problem = oddNameProblem(value);
    if (problem !== null) {
      issues.push({
        file,
        field,
        message: `${manifestName}, entry "${displayName(file)}": field "${field}" ${problem}; remove it`,
      });
    }
  }
  return issues;
}

function describeErrors(manifestName: string, file: string, entry: unknown, errors: ErrorObject[]): ManifestIssue[] {
  const issues = new Map<string, ManifestIssue>();
  const where = `${manifestName}, entry "${displayName(file)}"`;
  for (const error of errors) {
    let field: string | null = error.instancePath.split("/")[1] ?? null;
    let message: string;
    if (error.keyword === "additionalProperties") {
      field = String(error.params.additionalProperty);
      message = `${where}: unknown field "${displayName(cut(field, 40))}" (allowed: ${ENTRY_FIELDS.join(", ")})`;
    } else if (field === null) {
      message = `${where}: must be an object with fields ${ENTRY_FIELDS.join(", ")}`;
    } else if (error.keyword === "maxLength") {
      const value = String((entry as Record<string, unknown>)[field]);
      message = `${where}: field "${field}" is ${[...value].length} characters long: write at most ${String(error.params.limit)}`;
    } else {
      const value = (entry as Record<string, unknown>)[field];
      message = `${where}: field "${field}" ${explain(field, value)}`;
    }
    // One issue per field: Ajv reports both "type" and "pattern" for some values and once is enough.
    const key = field ?? "";
    if (!issues.has(key)) issues.set(key, { file, field, message });
  }
  return [...issues.values()];
}

/**
 * A value as quoted in a message, bounded whatever it is: a string cut to `max` characters, a scalar as JSON, a
 * container described by its kind and size, never serialised (a 4,000-deep array would overflow the stack).
 */
function preview(value: unknown, max = 60): string {
  if (typeof value === "string") return JSON.stringify(cut(value, max));
  if (Array.isArray(value)) return `an array of ${value.length} item(s)`;
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}

/** `text` cut to `max` code points, with an ellipsis when cut. */
function cut(text: string, max: number): string {
  const chars = [...text.slice(0, 2 * max)];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}

function explain(field: string, value: unknown): string {
  const shown = displayName(preview(value));
  switch (field) {
    case "date":
      return `is ${shown}, not a real date: write "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null when unknown`;
    case "url":
      return `is ${shown}: write an http(s) address without spaces, or null`;
    case "language":
      return `is ${shown}: write a two-letter ISO 639-1 code such as "fr"`;
    case "title":
      return `is ${shown}: write a non-empty string, or leave the field out to use the first line`;
    case "outlet":
      return `is ${shown}: write a non-empty string, or null when the outlet is unknown`;
    default:
      return `is ${shown}: write a string`;
  }
}
