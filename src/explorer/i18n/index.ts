/**
 * The interface's language: the current locale, the message lookup `t(key, params)` and the `Intl` formatters of
 * numbers and dates. Messages are plain text; callers set them as text (`h()` children, `textContent`, attributes),
 * never as HTML. Parts of the page that outlive a language switch listen with `onLocaleChange`.
 */
import { LOCALES, type Locale, type Message } from "./catalogue.ts";
import { en } from "./en.ts";
import { fr, type MessageKey } from "./fr.ts";

export { LOCALES, type Locale } from "./catalogue.ts";
export type { MessageKey } from "./fr.ts";

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, Message>>>> = { fr, en };

/** Values a message can quote: numbers are written with the locale's digits and separators. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The BCP 47 tags the formatters use: British English writes "27 Apr 2017", as the explorer always did. */
const FORMAT_TAGS: Readonly<Record<Locale, string>> = { fr: "fr-FR", en: "en-GB" };

let current: Locale = LOCALES[0];
const listeners = new Set<(locale: Locale) => void>();
// Formatters are costly to build and used per table cell: one of each per locale and option set.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The interface's language now. */
export function getLocale(): Locale {
  return current;
}

/** Changes the interface's language and tells the listeners (none when it is already the current one). */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of [...listeners]) listener(locale);
}

/** Calls `listener` after each language change; returns the function that stops it. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a string names an interface language (`fr`, `en`). */
export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly (string | null | undefined)[]).includes(value);
}

/**
 * The language to start in: `lang=` of the URL when it names one, else the first of the browser's languages the
 * interface speaks (`en-GB` counts as `en`), else French, the articles' language.
 */
export function chooseLocale(search: string, browserLanguages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get("lang");
  if (isLocale(asked)) return asked;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return LOCALES[0];
}

/** The message `key` in the current language, with `{name}` placeholders filled and the plural form for `count`. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const message = CATALOGUES[current][key];
  const text = typeof message === "string" ? message : pluralForm(message, params.count);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(value) : value;
  });
}

function pluralForm(message: Exclude<Message, string>, count: string | number | undefined): string {
  if (typeof count !== "number") return message.other;
  let rules = pluralRules.get(current);
  if (rules === undefined) pluralRules.set(current, (rules = new Intl.PluralRules(FORMAT_TAGS[current])));
  return message[rules.select(count)] ?? message.other;
}

/** A number in the current language: "1 234,5" in French, "1,234.5" in English. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const id = `${current}|${JSON.stringify(options)}`;
  let format = numberFormats.get(id);
  if (format === undefined) numberFormats.set(id, (format = new Intl.NumberFormat(FORMAT_TAGS[current], options)));
  return format.format(value);
}

const DATE_OPTIONS: Readonly<Record<1 | 2 | 3, Intl.DateTimeFormatOptions>> = {
  1: { year: "numeric" },
  2: { year: "numeric", month: "short" },
  3: { year: "numeric", month: "short", day: "numeric" },
};

/**
 * A date of any precision of the model (`2017-04-27`, `2013-11`, `2023`) in the current language: "27 avr. 2017" /
 * "27 Apr 2017", "nov. 2013" / "Nov 2013", "2023"; `null` is "non daté" / "undated". Read in UTC, so the day never
 * shifts with the reader's time zone. A string that is no such date is shown as it is.
 */
export function formatDate(date: string | null): string {
  if (date === null) return t("date.undated");
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  const precision = day !== undefined ? 3 : month !== undefined ? 2 : 1;
  const id = `${current}|${precision}`;
  let format = dateFormats.get(id);
  if (format === undefined)
    dateFormats.set(
      id,
      (format = new Intl.DateTimeFormat(FORMAT_TAGS[current], { ...DATE_OPTIONS[precision], timeZone: "UTC" })),
    );
  return format.format(new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))));
}
