/**
 * The shape of a message catalogue: one message per key, either plain text with `{name}` placeholders or a plural
 * message chosen by `Intl.PluralRules` from the `count` parameter. Messages are plain text, never markup.
 */

/** The interface languages, in the order the switch shows them; the first is the fallback. */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A message whose wording depends on `count`: one form per plural category the language uses, `other` always. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

export type Message = string | PluralMessage;

/** Any catalogue, before its keys are fixed by the French one. */
export type AnyCatalogue = Readonly<Record<string, Message>>;
