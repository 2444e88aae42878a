/**
 * Interface text of news web pages that is never article content (share widgets, bylines, related-article lists,
 * source credits), from `graph-data/knowledge/page-chrome.json`, validated once with its JSON Schema. Pure: Node and
 * browser.
 */
import data from "../../graph-data/knowledge/page-chrome.json" with { type: "json" };
import { knowledgeFile } from "./validate.ts";

export interface PageChromeFile {
  note: string;
  lineStarts: string[];
  relatedListMarkers: string[];
  bylinePrefixes: string[];
  creditSources: string[];
  sourceCredits: string[];
}

const phrases = { type: "array", items: { type: "string", pattern: "\\S" } } as const;

const PAGE_CHROME_SCHEMA = {
  type: "object",
  required: ["note", "lineStarts", "relatedListMarkers", "bylinePrefixes", "creditSources", "sourceCredits"],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    lineStarts: phrases,
    relatedListMarkers: phrases,
    bylinePrefixes: phrases,
    creditSources: phrases,
    sourceCredits: phrases,
  },
} as const;

const file = knowledgeFile<PageChromeFile>("page-chrome.json", PAGE_CHROME_SCHEMA, data);

/** Validates a file in the format of `page-chrome.json` (parsed JSON); throws naming the entry and field. */
export const compilePageChrome = file.compile;

/** The bundled page-chrome phrases, validated once. */
export const loadPageChrome = file.load;
