/**
 * The interface's words, in the site's one language (English for now): pages, components, view models
 * and share images read `messages`. Browser code imports `browser.ts` and its own sections
 * (`en/search.ts`) instead, so its bundles carry only those. Certification content is not here: it
 * stays as editors write it.
 *
 * A second language: add `xx/` with the same sections (its catalogue must be a `Messages`: English
 * defines the shape) and point this file's import, `browser.ts` and the browser code's section imports
 * at it (the architecture test names any left behind).
 */
import { en } from './en';
import type { Messages } from './messages';

export type { Messages } from './messages';
export type { Plural, MessageValues } from './format';
export { t, tp, tl } from './browser';

/** Every message of the interface. */
export const messages: Messages = en;
