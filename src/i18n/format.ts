/**
 * Filling in messages: plain data (strings with `{name}` placeholders, and plural forms keyed by
 * `Intl.PluralRules` categories), so a catalogue can be translated by editing text and sent to the
 * browser as JSON. Safe in the browser.
 */

/** A message that depends on a count: `other` is required, the other categories as the language needs. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Values for a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a message's `{name}` placeholders; numbers are written in the catalogue's number format.
 * A placeholder without a value throws, naming both, so a page never shows `{count}`.
 */
export function fill(message: string, values: MessageValues = {}, numberLocale = 'en'): string {
  return message.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The message "${message}" needs a value for {${name}}.`);
    return typeof value === 'number' ? numberFormat(numberLocale).format(value) : value;
  });
}

/** The form of a plural message for a count, filled in; `{count}` is the count. */
export function plural(message: Plural, count: number, values: MessageValues = {}, locale = 'en'): string {
  const form = message[pluralRules(locale).select(count)] ?? message.other;
  return fill(form, { count, ...values }, locale);
}

/** Made once per locale: building `Intl` formatters costs far more than using them. */
const rules = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let made = rules.get(locale);
  if (!made) rules.set(locale, (made = new Intl.PluralRules(locale)));
  return made;
}

const numbers = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let made = numbers.get(locale);
  if (!made) numbers.set(locale, (made = new Intl.NumberFormat(locale)));
  return made;
}

/** Joins items as the language lists them: `A, B and C`. */
export function list(
  items: readonly string[],
  locale = 'en',
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
