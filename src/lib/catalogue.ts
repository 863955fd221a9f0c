/**
 * The catalogue: certifications with their categories, providers and levels resolved, sorted once.
 * Pure functions over parsed entries; `certifications.ts` feeds them the content collection.
 */
import type { CertificationData } from './certification-schema';
import type { CalendarDate } from './fields/calendar-date';
import { LEVELS, levelRank, levelSlug, type Level } from './fields/level';
import { mergeTerms } from './taxonomy';

/** A category or provider as a page links to it. */
export interface TermLink {
  slug: string;
  name: string;
}

/** One certification file as the catalogue receives it. */
export interface CatalogueInput<Entry = unknown> {
  slug: string;
  data: CertificationData;
  entry: Entry;
  /** Path of the file relative to the repository root, for "Edit this page". */
  filePath: string;
  /** When the file last changed, from git history, if known. */
  lastCommitDate?: CalendarDate;
}

export interface Certification<Entry = unknown> extends CertificationData {
  slug: string;
  filePath: string;
  /** When the entry was last updated: its last commit, else the day its facts were last verified. */
  lastUpdated?: { date: CalendarDate; source: 'git' | 'last_verified' };
  /** The category terms, in the order the editor listed them, with their display names. */
  categoryLinks: TermLink[];
  providerLink: TermLink;
  /** The underlying collection entry, for rendering the body. */
  entry: Entry;
}

export interface TermGroup<Entry = unknown> extends TermLink {
  certifications: Certification<Entry>[];
}

export interface LevelGroup<Entry = unknown> {
  level: Level;
  /** The level's display name (the level itself). */
  name: string;
  slug: string;
  certifications: Certification<Entry>[];
}

export interface Catalogue<Entry = unknown> {
  /** Every certification, by title. */
  certifications: Certification<Entry>[];
  /** Categories by name, each with its certifications by title. */
  categories: TermGroup<Entry>[];
  providers: TermGroup<Entry>[];
  /** The four levels from Beginner to Expert, each with its certifications (possibly none). */
  levels: LevelGroup<Entry>[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders certifications by title, then slug, so every listing is stable. */
export function byTitle(a: { title: string; slug: string }, b: { title: string; slug: string }): number {
  return collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Builds the catalogue from parsed entries. */
export function buildCatalogue<Entry>(entries: readonly CatalogueInput<Entry>[]): Catalogue<Entry> {
  const categoryTerms = mergeTerms(
    entries.flatMap(({ slug, data }) => data.categories.map((name) => ({ name, file: slug }))),
  );
  const providerTerms = mergeTerms(entries.map(({ slug, data }) => ({ name: data.provider, file: slug })));
  const termFor = (terms: typeof categoryTerms, name: string): TermLink => {
    const term = terms.find((candidate) => candidate.spellings.includes(name.trim()));
    if (!term) throw new Error(`No term for "${name}"`);
    return { slug: term.slug, name: term.name };
  };

  const certifications = entries
    .map(
      ({ slug, data, entry, filePath, lastCommitDate }): Certification<Entry> => ({
        ...data,
        slug,
        filePath,
        categoryLinks: data.categories.map((name) => termFor(categoryTerms, name)),
        providerLink: termFor(providerTerms, data.provider),
        entry,
        ...(lastCommitDate
          ? { lastUpdated: { date: lastCommitDate, source: 'git' as const } }
          : data.lastVerified && { lastUpdated: { date: data.lastVerified, source: 'last_verified' as const } }),
      }),
    )
    .sort(byTitle);

  const groupTerms = (terms: typeof categoryTerms, linksOf: (certification: Certification<Entry>) => TermLink[]) =>
    terms
      .map((term) => ({
        slug: term.slug,
        name: term.name,
        certifications: certifications.filter((certification) =>
          linksOf(certification).some((link) => link.slug === term.slug),
        ),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));

  return {
    certifications,
    categories: groupTerms(categoryTerms, (certification) => certification.categoryLinks),
    providers: groupTerms(providerTerms, (certification) => [certification.providerLink]),
    levels: LEVELS.map((level) => ({
      level,
      name: level,
      slug: levelSlug(level),
      certifications: certifications.filter((certification) => certification.level === level),
    })),
  };
}

/**
 * Certifications to suggest next to one: those sharing the most categories, then from the same
 * provider, then closest in level, then by title. Only certifications sharing a category qualify.
 */
export function relatedCertifications<Entry>(
  certification: Certification<Entry>,
  all: readonly Certification<Entry>[],
  count: number,
): Certification<Entry>[] {
  const ownCategories = new Set(certification.categoryLinks.map((link) => link.slug));
  return all
    .filter((other) => other.slug !== certification.slug)
    .map((other) => ({
      other,
      shared: other.categoryLinks.filter((link) => ownCategories.has(link.slug)).length,
      sameProvider: other.providerLink.slug === certification.providerLink.slug ? 1 : 0,
      levelGap: Math.abs(levelRank(other.level) - levelRank(certification.level)),
    }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared || b.sameProvider - a.sameProvider || a.levelGap - b.levelGap || byTitle(a.other, b.other),
    )
    .slice(0, count)
    .map(({ other }) => other);
}
