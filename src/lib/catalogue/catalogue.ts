/**
 * The catalogue: certifications with their categories, providers and levels resolved, sorted once,
 * and grouped in one pass. Pure functions over parsed data; `queries.ts` feeds them the collection.
 */
import type { CalendarDate } from '../fields/calendar-date';
import { LEVELS, levelSlug, type Level } from '../fields/level';
import type { CertificationData } from '../schema';
import { byName, byTitle } from './order';
import { relatedCertifications } from './related';
import { ancestorsOf, neighboursOf, stepsOf } from './relations';
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
  /** When the file was added, from git history, if known. */
  addedDate?: CalendarDate;
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
  /** When the entry was added to the catalogue (its first commit), if git knows. */
  addedDate?: CalendarDate;
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

/** A certification's place on its provider's path. */
export interface PathPlace {
  /** Certifications to hold or prepare first: those it builds on, and those that lead to it. */
  startWith: Certification[];
  /** Natural next steps: those it leads to, and those that build on it. */
  nextSteps: Certification[];
  /** The slugs of everything that comes before it, however far back, for ordering a plan. */
  comesAfter: string[];
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
  /** Each certification's place on its provider's path, by slug (empty lists when it has none). */
  paths: ReadonlyMap<string, PathPlace>;
}

const NO_PLACE: PathPlace = { startWith: [], nextSteps: [], comesAfter: [] };

/** Every certification's place on the paths its files state, computed once: O(certifications + steps). */
function pathPlaces(certifications: readonly Certification[]): Map<string, PathPlace> {
  const bySlug = new Map(certifications.map((certification) => [certification.slug, certification]));
  // The checks refuse unknown slugs before a build; a step to one is ignored here rather than shown broken.
  const steps = stepsOf(certifications).filter((step) => bySlug.has(step.before) && bySlug.has(step.after));
  const neighbours = neighboursOf(steps);
  const ancestors = ancestorsOf(steps);
  const resolve = (slugs: readonly string[]) => slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const places = new Map<string, PathPlace>();
  for (const [slug, { startWith, nextSteps }] of neighbours) {
    places.set(slug, {
      startWith: resolve(startWith),
      nextSteps: resolve(nextSteps),
      comesAfter: [...(ancestors.get(slug) ?? [])].sort(),
    });
  }
  return places;
}

/** A certification's place on its path; no place when its files state none. */
export function pathPlaceOf(catalogue: Catalogue, slug: string): PathPlace {
  return catalogue.paths.get(slug) ?? NO_PLACE;
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
    .map(({ slug, data, filePath, lastCommitDate, addedDate, sourceFile }): Certification => {
      const lastUpdated = lastUpdatedOf(lastCommitDate, data.lastVerified);
      return {
        ...data,
        slug,
        filePath,
        ...(sourceFile && { sourceFile }),
        ...(addedDate && { addedDate }),
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
    paths: pathPlaces(certifications),
  };
}
