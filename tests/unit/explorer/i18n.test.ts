// The interface's catalogues and lookup: both languages complete, placeholders filled, plurals and dates by Intl.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Message } from "../../../src/explorer/i18n/catalogue.ts";
import {
  CATALOGUES,
  chooseLocale,
  formatDate,
  formatNumber,
  getLocale,
  LOCALES,
  onLocaleChange,
  setLocale,
  t,
} from "../../../src/explorer/i18n/index.ts";

const forms = (message: Message): string[] => (typeof message === "string" ? [message] : Object.values(message));
const placeholders = (message: Message): string[] =>
  [...new Set(forms(message).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

afterEach(() => setLocale("fr"));

describe("catalogues", () => {
  const [reference, ...others] = LOCALES;
  it.each(others)("%s has exactly the keys of French, no more, no fewer", (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(Object.keys(CATALOGUES[reference]).sort());
  });

  it.each(LOCALES)("no message of %s is empty, and every plural message has its 'other' form", (locale) => {
    for (const [key, message] of Object.entries(CATALOGUES[locale])) {
      for (const form of forms(message)) expect(form.trim(), `${locale} ${key}`).not.toBe("");
      if (typeof message !== "string") expect(message.other, `${locale} ${key}`).toBeTruthy();
    }
  });

  it("every language quotes the same parameters in a message as French", () => {
    for (const [key, message] of Object.entries(CATALOGUES.fr))
      for (const locale of LOCALES)
        expect(placeholders(CATALOGUES[locale][key as keyof typeof CATALOGUES.fr]), `${locale} ${key}`).toEqual(
          placeholders(message),
        );
  });

  it("messages are plain text: no markup a renderer could mistake for HTML", () => {
    for (const locale of LOCALES)
      for (const [key, message] of Object.entries(CATALOGUES[locale]))
        for (const form of forms(message)) expect(form, `${locale} ${key}`).not.toMatch(/<[a-z/!]/i);
  });
});

describe("t", () => {
  it("fills placeholders and leaves markup-like values as plain text", () => {
    setLocale("en");
    expect(t("page.decisionsUnreadable", { error: "<b>bad</b> line 3.", what: "Fix it." })).toBe(
      "The saved decisions could not be read: <b>bad</b> line 3. Fix it.",
    );
  });

  it("writes numbers with the language's separators", () => {
    setLocale("en");
    expect(t("app.stageLabel", { count: 12345 })).toMatch(/^Graph of 12,345 actors and their relations/);
    setLocale("fr");
    expect(t("app.stageLabel", { count: 12345 })).toMatch(/^Graphe de 12\u202f345 acteurs et de leurs relations/);
    expect(formatNumber(0.5, { maximumFractionDigits: 2 })).toBe("0,5");
  });

  it("chooses the plural form by the language's rules: French 0 and 1 are singular, English 0 is plural", () => {
    setLocale("fr");
    expect(t("app.stageLabel", { count: 0 })).toMatch(/^Graphe de 0 acteur et de ses relations/);
    expect(t("app.stageLabel", { count: 1 })).toMatch(/^Graphe de 1 acteur et/);
    expect(t("app.stageLabel", { count: 2 })).toMatch(/^Graphe de 2 acteurs et/);
    setLocale("en");
    expect(t("app.stageLabel", { count: 0 })).toMatch(/^Graph of 0 actors and their/);
    expect(t("app.stageLabel", { count: 1 })).toMatch(/^Graph of 1 actor and its/);
  });

  it("shows a missing parameter's placeholder rather than a blank", () => {
    setLocale("en");
    expect(t("page.decisionsUnreadable", { what: "x" })).toBe("The saved decisions could not be read: {error} x");
  });
});

describe("dates", () => {
  it.each([
    ["2017-04-27", "27 avr. 2017", "27 Apr 2017"],
    ["2013-11", "nov. 2013", "Nov 2013"],
    ["2023", "2023", "2023"],
    [null, "non daté", "undated"],
    ["soon", "soon", "soon"],
  ])("%s reads %s in French and %s in English", (date, french, english) => {
    setLocale("fr");
    expect(formatDate(date)).toBe(french);
    setLocale("en");
    expect(formatDate(date)).toBe(english);
  });

  it("keeps the day whatever the reader's time zone (dates are read in UTC)", () => {
    setLocale("en");
    expect(formatDate("2017-01-01")).toBe("1 Jan 2017");
  });
});

describe("choosing the language", () => {
  it("takes lang= from the URL first", () => {
    expect(chooseLocale("?lang=en&node=x", ["fr-FR"])).toBe("en");
    expect(chooseLocale("?lang=fr", ["en-US"])).toBe("fr");
  });
  it("else the first browser language the interface speaks, region ignored", () => {
    expect(chooseLocale("?lang=de", ["de-DE", "en-GB", "fr"])).toBe("en");
    expect(chooseLocale("", ["EN-us"])).toBe("en");
  });
  it("else French, the articles' language", () => {
    expect(chooseLocale("", ["ja", "de"])).toBe("fr");
    expect(chooseLocale("", [])).toBe("fr");
  });
  it("tells listeners of a change once, and not for the same language again", () => {
    const heard = vi.fn();
    const stop = onLocaleChange(heard);
    setLocale("en");
    setLocale("en");
    stop();
    setLocale("fr");
    expect(heard.mock.calls).toEqual([["en"]]);
    expect(getLocale()).toBe("fr");
  });
});
