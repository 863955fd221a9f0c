/**
 * The shape of a message catalogue. English (`en/`) is the reference: every other language's catalogue
 * is typed `Messages`, so a message it lacks fails the type check, and so does a page reading a message
 * English lacks.
 */
import type { Plural } from './format';
import type { en } from './en';

/** One message: text with `{name}` placeholders, or plural forms. */
export type Message = string | Plural;

/** English's messages with their wording widened to `string`: what any language must provide. */
type Widen<T> = T extends string ? string : T extends Plural ? Plural : { readonly [K in keyof T]: Widen<T[K]> };

/** A whole catalogue: sections of messages, plus the formats of numbers, dates and lists. */
export type Messages = Widen<typeof en>;
