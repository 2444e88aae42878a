/**
 * The header's language control: a `<select>` of the interface languages, each named in its own language. Choosing
 * one calls `setLocale`; whoever mounted the explorer listens (`onLocaleChange`) and redraws the interface.
 */
import { h } from "../dom.ts";
import { getLocale, LOCALES, setLocale, t, type MessageKey } from "./index.ts";

const NAMES: Readonly<Record<(typeof LOCALES)[number], MessageKey>> = { fr: "language.fr", en: "language.en" };

export function createLanguageSwitch(): HTMLSelectElement {
  const select = h(
    "select",
    {
      attrs: { "data-language": "", "aria-label": t("language.label"), title: t("language.label") },
      on: { change: () => setLocale(LOCALES.find((locale) => locale === select.value) ?? getLocale()) },
    },
    ...LOCALES.map((locale) =>
      h("option", { attrs: { value: locale, lang: locale, selected: locale === getLocale() } }, t(NAMES[locale])),
    ),
  );
  return select;
}
