/**
 * The catalogue: certifications with their categories, providers and levels resolved, sorted once,
 * and grouped in one pass. Pure functions over parsed data; `queries.ts` feeds them the collection.
 */
import type { CalendarDate } from '../values/calendar-date';
import type { Fee } from '../values/money';
import { LEVELS, levelSlug, type Level } from '../fields/level';
import type { CertificationData } from '../schema';
import { costOf, sumFees, type Cost } from './cost';
import { byName, byTitle } from './order';
import { relatedCertifications } from './related';
import { ancestorsOf, neighboursOf, stepsOf } from './relations';
import { mergeTerms, type Term } from './taxonomy';
import type { LevelPlacement } from './ladders';
import { levelPlacementOf } from './placement';
import type { FactHistory } from './fact-history';
import { checkAgeOf, type CheckAge } from './verification';
import { jobRolesOf, type JobRoles } from './roles';

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
  /** What changed in its facts, commit by commit, if git knows. */
  history?: FactHistory;
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
  /** What changed in its facts, commit by commit, newest first, if git knows. */
  history?: FactHistory;
  /** The category terms, in the order the editor listed them, with their display names. */
  categoryLinks: TermLink[];
  providerLink: TermLink;
  /** False once retired: a current certification can still be earned (it may be retiring). */
  current: boolean;
  /** How long ago its facts were checked against the official page, on the day of the build. */
  checkAge: CheckAge;
  /** What earning it costs: each exam, a required course, and the total when every part is priced. */
  cost: Cost;
  /** The exam time in minutes: the exam's, or all its exams' added up when each gives it. */
  examMinutes?: number;
  /** For a retiring or retired certification with a successor: how it is replaced. */
  succession?: Succession;
  /** Where its level comes from: the provider's ladder, years of experience, an exception or the general rule. */
  levelPlacement: LevelPlacement;
  /** The job roles it leads to (src/data/roles.json): from its `roles` field, else from the roles file's rules. */
  jobRoles: JobRoles;
  /** For a paper: the qualification it is a paper of. */
  qualification?: EntryLink;
  /** For a qualification: its papers and what they add up to. */
  paperSet?: QualificationPapers;
}

/** Another entry as a page links to it. */
export interface EntryLink {
  slug: string;
  title: string;
}

/** How a retiring or retired certification is replaced. */
export interface Succession {
  /** The successor its file names. */
  successor: EntryLink;
  /** The current certification the chain of successors ends at, when it is not the successor itself. */
  current?: EntryLink;
}

/** A qualification's papers and what they add up to. */
export interface QualificationPapers {
  papers: Certification[];
  /** All the papers' exam fees, when every paper has one in one currency. */
  totalFee?: Fee;
  /** How many papers give a fee. */
  pricedPapers: number;
  /** All the papers' exam time in minutes, when every paper gives it. */
  totalMinutes?: number;
  /** How many papers give their exam time. */
  timedPapers: number;
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
  /** Every entry by slug. */
  bySlug: ReadonlyMap<string, Certification>;
}

const NO_PLACE: PathPlace = { startWith: [], nextSteps: [], comesAfter: [] };

/**
 * Every certification's place on the paths its files state, computed once: O(certifications + steps).
 * A current certification's cards never send a student to a retired one (a retired one may still name
 * the current ones around it).
 */
function pathPlaces(certifications: readonly Certification[], bySlug: ReadonlyMap<string, Certification>) {
  // The checks refuse unknown slugs before a build; a step to one is ignored here rather than shown broken.
  const steps = stepsOf(certifications).filter((step) => bySlug.has(step.before) && bySlug.has(step.after));
  const neighbours = neighboursOf(steps);
  const ancestors = ancestorsOf(steps);
  const places = new Map<string, PathPlace>();
  for (const [slug, { startWith, nextSteps }] of neighbours) {
    const own = bySlug.get(slug);
    const resolve = (slugs: readonly string[]) =>
      slugs.flatMap((other) => bySlug.get(other) ?? []).filter((other) => other.current || !own?.current);
    places.set(slug, {
      startWith: resolve(startWith),
      nextSteps: resolve(nextSteps),
      comesAfter: [...(ancestors.get(slug) ?? [])].sort(),
    });
  }
  return places;
}

const entryLink = (certification: Certification): EntryLink => ({
  slug: certification.slug,
  title: certification.title,
});

/**
 * Gives each retiring or retired certification with a successor its succession: the successor, and
 * the current certification the chain of successors ends at (the checks refuse cycles).
 */
function attachSuccessions(bySlug: ReadonlyMap<string, Certification>): void {
  const link = entryLink;
  for (const certification of bySlug.values()) {
    let next = certification.replacedBy === undefined ? undefined : bySlug.get(certification.replacedBy);
    if (!next) continue;
    const successor = link(next);
    const seen = new Set([certification.slug]);
    while (!next.current && next.replacedBy !== undefined && !seen.has(next.slug)) {
      seen.add(next.slug);
      const after = bySlug.get(next.replacedBy);
      if (!after) break;
      next = after;
    }
    certification.succession = {
      successor,
      ...(next.current && next.slug !== successor.slug && { current: link(next) }),
    };
  }
}

/**
 * Gives each qualification its papers in order with their totals (what a student pays in exam fees for
 * the whole qualification is its cost), and each paper its qualification.
 */
function attachPapers(certifications: readonly Certification[], bySlug: ReadonlyMap<string, Certification>): void {
  for (const qualification of certifications) {
    if (qualification.kind !== 'qualification') continue;
    const listed = qualification.papers.flatMap((slug) => bySlug.get(slug) ?? []);
    for (const paper of listed) paper.qualification = entryLink(qualification);
    const fees = listed.map((paper) => paper.cost.total);
    const minutes = listed.map((paper) => paper.examMinutes);
    const timed = minutes.filter((value) => value !== undefined);
    const totalFee = sumFees(fees);
    const totalMinutes =
      timed.length === listed.length && listed.length > 0 ? timed.reduce((a, b) => a + b, 0) : undefined;
    qualification.paperSet = {
      papers: listed,
      ...(totalFee && { totalFee }),
      pricedPapers: fees.filter((fee) => fee !== undefined).length,
      ...(totalMinutes !== undefined && { totalMinutes }),
      timedPapers: timed.length,
    };
    // A qualification's own fee is a registration fee; what it costs in exams is its papers' fees.
    const cost: Cost = { ...qualification.cost };
    delete cost.total;
    qualification.cost = totalFee ? { ...cost, total: totalFee } : cost;
    if (totalMinutes !== undefined) qualification.examMinutes = totalMinutes;
  }
}

/** The exam time: the exam's own, else all its exams' added up when every one gives it. */
function examMinutesOf(data: CertificationData): number | undefined {
  if (data.examFormat?.durationMinutes !== undefined) return data.examFormat.durationMinutes;
  const each = data.exams.map((exam) => exam.format?.durationMinutes);
  if (each.length === 0 || each.some((minutes) => minutes === undefined)) return undefined;
  return each.reduce<number>((sum, minutes) => sum + (minutes ?? 0), 0);
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

/**
 * Builds the catalogue from parsed entries; `relatedCount` is how many related certifications each gets,
 * `today` the day the build shows (it ages each check against the official page).
 */
export function buildCatalogue(
  inputs: readonly CatalogueInput[],
  { today, relatedCount = 4 }: { today: CalendarDate; relatedCount?: number },
): Catalogue {
  const categoryLink = termLinks(
    mergeTerms(inputs.flatMap(({ slug, data }) => data.categories.map((name) => ({ name, file: slug })))),
  );
  const providerLink = termLinks(mergeTerms(inputs.map(({ slug, data }) => ({ name: data.provider, file: slug }))));

  const certifications = inputs
    .map(({ slug, data, filePath, lastCommitDate, addedDate, history, sourceFile }): Certification => {
      const lastUpdated = lastUpdatedOf(lastCommitDate, data.lastVerified);
      const examMinutes = examMinutesOf(data);
      return {
        ...data,
        slug,
        filePath,
        current: data.status !== 'retired',
        checkAge: checkAgeOf(data.lastVerified, today),
        cost: costOf(data),
        levelPlacement: levelPlacementOf(slug, data),
        ...(examMinutes !== undefined && { examMinutes }),
        ...(sourceFile && { sourceFile }),
        ...(addedDate && { addedDate }),
        ...(history && { history }),
        categoryLinks: data.categories.map(categoryLink),
        providerLink: providerLink(data.provider),
        jobRoles: jobRolesOf(data.roles, {
          title: data.title,
          provider: data.provider,
          categories: data.categories.map((name) => categoryLink(name).slug),
          level: data.level,
        }),
        ...(lastUpdated && { lastUpdated }),
      };
    })
    .sort(byTitle);

  const byLevel = new Map<Level, Certification[]>(LEVELS.map((level) => [level, []]));
  for (const certification of certifications) byLevel.get(certification.level)?.push(certification);

  const bySlug = new Map(certifications.map((certification) => [certification.slug, certification]));
  attachSuccessions(bySlug);
  attachPapers(certifications, bySlug);
  return {
    certifications,
    bySlug,
    categories: groupByTerm(certifications, (certification) => certification.categoryLinks),
    providers: groupByTerm(certifications, (certification) => [certification.providerLink]),
    levels: LEVELS.map((level) => ({ level, slug: levelSlug(level), certifications: byLevel.get(level) ?? [] })),
    // Related certifications are current ones, suggested for current ones; a retired page names its successor.
    related: relatedCertifications(
      certifications.filter((certification) => certification.current),
      relatedCount,
    ),
    paths: pathPlaces(certifications, bySlug),
  };
}
