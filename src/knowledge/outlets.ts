/**
 * The state a publication speaks from (its home state), from its web address or its name: French-language news and
 * official texts name their own state's offices without the state ("le président de la République"). The data is in
 * `graph-data/knowledge/outlets.json` (its `note` says what is covered and why); this module validates it once with
 * Ajv and answers look-ups. Pure: Node and browser.
 */
import countries from "i18n-iso-countries";
import data from "../../graph-data/knowledge/outlets.json" with { type: "json" };
import { FOLDS, foldText } from "../model/text-keys.ts";
import { knowledgeCheck } from "./validate.ts";

interface OutletsFile {
  note: string;
  homeTlds: string[];
  outlets: { state: string; official: boolean; names: string[]; namePrefixes: string[]; hosts: string[] }[];
}

const OUTLETS_SCHEMA = {
  type: "object",
  required: ["note", "homeTlds", "outlets"],
  additionalProperties: false,
  properties: {
    note: { type: "string", minLength: 1 },
    homeTlds: { type: "array", items: { type: "string", pattern: "^[a-z]{2}$" } },
    outlets: {
      type: "array",
      items: {
        type: "object",
        required: ["state", "official", "names", "namePrefixes", "hosts"],
        additionalProperties: false,
        properties: {
          state: { type: "string", pattern: "^[A-Z]{3}$" },
          official: { type: "boolean" },
          names: { type: "array", items: { type: "string", minLength: 1 } },
          namePrefixes: { type: "array", items: { type: "string", minLength: 1 } },
          hosts: { type: "array", items: { type: "string", pattern: "^[a-z0-9.-]+\\.[a-z]{2,}$" } },
        },
      },
    },
  },
} as const;

const checkOutletsFile = knowledgeCheck<OutletsFile>("outlets.json", OUTLETS_SCHEMA);

/** Government sites: "diplomatie.gouv.fr", "state.gov.xx", "sre.gob.mx" → the country of the country-code domain. */
const GOVERNMENT_HOST = /(?:^|\.)(?:gouv|gov|gob|govt)\.([a-z]{2})$/;

/** The state a publication speaks from; `official` when it is that state's own government (ministry, embassy…). */
export interface Publication {
  home: string;
  official: boolean;
}

interface OutletIndex {
  byName: Map<string, Publication>;
  byPrefix: { prefix: string; publication: Publication }[];
  hosts: { host: string; publication: Publication }[];
  homeTlds: Set<string>;
}

let index: OutletIndex | null = null;

/** Validates an outlets file (parsed JSON) and indexes it; throws naming the entry and field. */
export function compileOutlets(file: unknown): OutletIndex {
  const outlets = checkOutletsFile(file);
  const byName = new Map<string, Publication>();
  const hosts: { host: string; publication: Publication }[] = [];
  const byPrefix: { prefix: string; publication: Publication }[] = [];
  outlets.outlets.forEach((outlet, i) => {
    const publication: Publication = { home: outlet.state, official: outlet.official };
    for (const name of outlet.names) {
      const key = nameKey(name);
      const other = byName.get(key);
      if (other !== undefined && other.home !== outlet.state)
        throw new Error(`knowledge: outlets.json outlets[${i}]: "${name}" is also an outlet of ${other.home}`);
      byName.set(key, publication);
    }
    for (const prefix of outlet.namePrefixes) byPrefix.push({ prefix: nameKey(prefix), publication });
    for (const host of outlet.hosts) hosts.push({ host, publication });
  });
  return { byName, byPrefix, hosts, homeTlds: new Set(outlets.homeTlds) };
}

/**
 * The publication an article comes from: its home state (ISO alpha-3) and whether it is that state's government, from
 * its URL (a named outlet's host, a government domain, a listed country-code domain), else its outlet name ("France
 * Diplomatie (diplomatie.gouv.fr)" is read without the parenthesis); null when unknown.
 */
export function publicationOf(outlet: string | null, url: string | null): Publication | null {
  index ??= compileOutlets(data);
  const host = hostOf(url);
  if (host !== null) {
    const named = index.hosts.find((h) => host === h.host || host.endsWith(`.${h.host}`));
    if (named) return named.publication;
    const government = GOVERNMENT_HOST.exec(host);
    const governmentState = government ? alpha3(government[1]!) : null;
    if (governmentState) return { home: governmentState, official: true };
    const tld = host.slice(host.lastIndexOf(".") + 1);
    const tldState = index.homeTlds.has(tld) ? alpha3(tld) : null;
    if (tldState) return { home: tldState, official: false };
  }
  if (outlet === null) return null;
  const name = nameKey(withoutTrailingParenthesis(outlet));
  const named = index.byName.get(name);
  if (named !== undefined) return named;
  return index.byPrefix.find(({ prefix }) => name === prefix || name.startsWith(`${prefix} `))?.publication ?? null;
}

/** "France Diplomatie (diplomatie.gouv.fr)" → "France Diplomatie" (by index: linear on any input). */
function withoutTrailingParenthesis(outlet: string): string {
  const trimmed = outlet.trimEnd();
  const open = trimmed.lastIndexOf("(");
  return trimmed.endsWith(")") && open >= 0 ? trimmed.slice(0, open) : trimmed;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
}

function alpha3(alpha2: string): string | null {
  return countries.alpha2ToAlpha3(alpha2.toUpperCase()) ?? null;
}

/** Outlet names compare without case, accents or apostrophe style: "L’Écho" ≡ "l'echo". */
function nameKey(name: string): string {
  return foldText(name, FOLDS.outletName);
}
