/** The one order of certifications in every listing: by title as a reader sorts it, then by slug. */
import { formats } from '../../i18n/browser';

const collator = new Intl.Collator(formats.numbers, { sensitivity: 'base', numeric: true });

/** Compares names as a reader sorts them: ignoring case and accents, reading numbers as numbers. */
export function byName(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Orders certifications by title, then slug, so every listing is stable. */
export function byTitle(a: { title: string; slug: string }, b: { title: string; slug: string }): number {
  return byName(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
