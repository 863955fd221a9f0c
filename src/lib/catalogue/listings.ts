/**
 * Listings as pages show them: terms and levels as counted links, and the pages of each group's
 * paginated listing. Pure functions over the catalogue, so pages only compose them.
 */
import { termSlug } from '../text/slug';
import type { PaginateFunction } from 'astro';
import { cacheKeyOf, pageKeyParts } from './cache-key';
import type { Certification, LevelGroup, TermGroup } from './catalogue';

/** The levels that have at least one certification: an empty level gets no page and no link. */
export function levelsWithCertifications(levels: readonly LevelGroup[]): LevelGroup[] {
  return levels.filter((group) => group.certifications.length > 0);
}

/** A link with the number of certifications behind it, as `TermList` shows it. */
export interface TermListItem {
  name: string;
  href: string;
  count: number;
}

/** Categories or providers as links with their counts. */
export function termListItems(groups: readonly TermGroup[], pathOf: (slug: string) => string): TermListItem[] {
  return groups.map((group) => ({ name: group.name, href: pathOf(group.slug), count: group.certifications.length }));
}

/** Levels as links with their counts. */
export function levelListItems(levels: readonly LevelGroup[], pathOf: (slug: string) => string): TermListItem[] {
  return levels.map((group) => ({ name: group.level, href: pathOf(group.slug), count: group.certifications.length }));
}

/**
 * The pages of every group's listing (a category, a provider or a level), for `getStaticPaths`:
 * `param` is the route's parameter, and each page gets its group as the `group` prop, and a cache key
 * of what it shows (its certifications, its place in the listing, the group's name and size, and what
 * `alsoShown` says the page shows of the whole group, such as its share image).
 */
export function paginateGroups<Group extends { slug: string; certifications: Certification[] }>(
  paginate: PaginateFunction,
  groups: readonly Group[],
  param: string,
  pageSize: number,
  alsoShown: (group: Group) => unknown = () => null,
) {
  return groups.flatMap((group) =>
    paginate(group.certifications, {
      params: { [param]: group.slug },
      props: { group },
      pageSize,
    }).map((path) => ({
      ...path,
      cacheKey: cacheKeyOf(
        group.slug,
        groupName(group),
        group.certifications.length,
        pageKeyParts(path.props.page),
        alsoShown(group),
      ),
    })),
  );
}

/** An old term name and the page its readers should go to now. */
export interface TermMove {
  from: string;
  to: { href: string; name: string };
  /** The term it leads to, when it leads to one: the move exists only while that term has a page. */
  toSlug?: string;
}

/**
 * The pages at old term addresses (a category or provider renamed or split), for a `[slug]/[...page]`
 * route: each sends readers to the page that replaced it. A name whose address is still a term's own
 * is left alone, and so is a move to a term this build has no page for (a site built from other files).
 */
export function movedTermPaths(moves: readonly TermMove[], current: readonly { slug: string }[], param = 'slug') {
  const taken = new Set(current.map((group) => group.slug));
  return moves
    .filter((move) => !taken.has(termSlug(move.from)) && (move.toSlug === undefined || taken.has(move.toSlug)))
    .map((move) => ({
      params: { [param]: termSlug(move.from), page: undefined },
      props: { moved: move.to },
      cacheKey: cacheKeyOf(move),
    }));
}

/** The name a listing of a group shows: a term's name, or a level. */
function groupName(group: { slug: string } & ({ name: string } | { level: string } | object)): string {
  return 'name' in group ? group.name : 'level' in group ? group.level : group.slug;
}

/** The certifications whose facts were checked most recently (then by title), for the home page. */
export function recentlyVerified(certifications: readonly Certification[], count: number): Certification[] {
  return certifications
    .filter((certification) => certification.lastVerified !== undefined)
    .map((certification, index) => ({ certification, index }))
    .sort(
      (a, b) =>
        (b.certification.lastVerified ?? '').localeCompare(a.certification.lastVerified ?? '') || a.index - b.index,
    )
    .slice(0, count)
    .map(({ certification }) => certification);
}
