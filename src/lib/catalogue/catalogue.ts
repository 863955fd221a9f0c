/**
 * The catalogue: certifications with their categories, providers and levels resolved, sorted once,
 * and grouped in one pass. Pure functions over parsed data; `queries.ts` feeds them the collection.
 */
import type { CalendarDate } from '../fields/calendar-date';
import { LEVELS, levelSlug, type Level } from '../fields/level';
import type { CertificationData } from '../schema';
import { byName, byTitle } from './order';
import { relatedCertifications } from './related';
import { mergeTerms, type Term } from './taxonomy';

/** A category or provider as a page links to it. */
export interface TermLink {
  slug: string;
  name: string;
}

/** One certification file as the catalogue receives it. */
export interface CatalogueInput {
  slug: string;
  data: CertificationData;
  /** Path of the file relative to the repository root, for "Edit this page". */
  filePath: string;
  /** When the file last changed, from git history, if known. */
  lastCommitDate?: CalendarDate;
  /** The file of the Cert Atlas record its `source` names, relative to the repository root. */
  sourceFile?: string;
}

/** When an entry was last updated, and how that is known. */
export interface LastUpdated {
  date: CalendarDate;
  source: 'git' | 'last_verified';
}

export interface Certification extends CertificationData {
  slug: string;
  filePath: string;
  /** The file of the Cert Atlas record its `source` names, relative to the repository root. */
  sourceFile?: string;
  /** When the entry was last updated: its last commit, else the day its facts were last verified. */
  lastUpdated?: LastUpdated;
  /** The category terms, in the order the editor listed them, with their display names. */
  categoryLinks: TermLink[];
  providerLink: TermLink;
}

export interface TermGroup extends TermLink {
  certifications: Certification[];
}

export interface LevelGroup {
  level: Level;
  slug: string;
  certifications: Certification[];
}

export interface Catalogue {
  /** Every certification, by title. */
  certifications: Certification[];
  /** Categories by name, each with its certifications by title. */
  categories: TermGroup[];
  providers: TermGroup[];
  /** The four levels from Beginner to Expert, each with its certifications (possibly none). */
  levels: LevelGroup[];
  /** The certifications to suggest next to each one, by slug. */
  related: ReadonlyMap<string, Certification[]>;
}

/** The last commit when git knows it, else the day the facts were last verified, else nothing. */
export function lastUpdatedOf(lastCommitDate?: CalendarDate, lastVerified?: CalendarDate): LastUpdated | undefined {
  if (lastCommitDate) return { date: lastCommitDate, source: 'git' };
  if (lastVerified) return { date: lastVerified, source: 'last_verified' };
  return undefined;
}

/** A lookup from every spelling of a term to its link. */
function termLinks(terms: readonly Term[]): (name: string) => TermLink {
  const bySpelling = new Map<string, TermLink>();
  for (const term of terms)
    for (const spelling of term.spellings) bySpelling.set(spelling, { slug: term.slug, name: term.name });
  return (name) => {
    const link = bySpelling.get(name.trim());
    if (!link) throw new Error(`No term for "${name}"`);
    return link;
  };
}

/** Groups certifications (already sorted) under the terms they link to, in one pass; groups by name. */
function groupByTerm(
  certifications: readonly Certification[],
  linksOf: (certification: Certification) => TermLink[],
): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const certification of certifications) {
    for (const link of linksOf(certification)) {
      let group = groups.get(link.slug);
      if (!group) {
        group = { ...link, certifications: [] };
        groups.set(link.slug, group);
      }
      group.certifications.push(certification);
    }
  }
  return [...groups.values()].sort((a, b) => byName(a.name, b.name));
}

/** Builds the catalogue from parsed entries; `relatedCount` is how many related certifications each gets. */
export function buildCatalogue(inputs: readonly CatalogueInput[], relatedCount = 4): Catalogue {
  const categoryLink = termLinks(
    mergeTerms(inputs.flatMap(({ slug, data }) => data.categories.map((name) => ({ name, file: slug })))),
  );
  const providerLink = termLinks(mergeTerms(inputs.map(({ slug, data }) => ({ name: data.provider, file: slug }))));

  const certifications = inputs
    .map(({ slug, data, filePath, lastCommitDate, sourceFile }): Certification => {
      const lastUpdated = lastUpdatedOf(lastCommitDate, data.lastVerified);
      return {
        ...data,
        slug,
        filePath,
        ...(sourceFile && { sourceFile }),
        categoryLinks: data.categories.map(categoryLink),
        providerLink: providerLink(data.provider),
        ...(lastUpdated && { lastUpdated }),
      };
    })
    .sort(byTitle);

  const byLevel = new Map<Level, Certification[]>(LEVELS.map((level) => [level, []]));
  for (const certification of certifications) byLevel.get(certification.level)?.push(certification);

  return {
    certifications,
    categories: groupByTerm(certifications, (certification) => certification.categoryLinks),
    providers: groupByTerm(certifications, (certification) => [certification.providerLink]),
    levels: LEVELS.map((level) => ({ level, slug: levelSlug(level), certifications: byLevel.get(level) ?? [] })),
    related: relatedCertifications(certifications, relatedCount),
  };
}
