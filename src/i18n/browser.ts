/**
 * Filling in messages in the site's language, small enough for browser code. Value types
 * (src/lib/values) and component scripts import it, and each section they need from its own module
 * (`en/search.ts`), never the whole catalogue (`index.ts`): esbuild's code splitting would put every
 * section a shared module re-exports into a chunk that each script loads. The architecture test keeps
 * those imports in the language `index.ts` reads.
 */
import { fill, list, plural, type MessageValues, type Plural } from './format';
import { formats } from './en/formats';

export { formats };

/** A message with its placeholders filled, numbers in the language's format. */
export function t(message: string, values?: MessageValues): string {
  return fill(message, values, formats.numbers);
}

/** A count's form of a plural message, filled in (`{count}` is the count). */
export function tp(message: Plural, count: number, values?: MessageValues): string {
  return plural(message, count, values, formats.numbers);
}

/** Items joined as the language lists them: `A, B and C` (or `A, B or C`). */
export function tl(items: readonly string[], type?: 'conjunction' | 'disjunction'): string {
  return list(items, formats.lists, type);
}
