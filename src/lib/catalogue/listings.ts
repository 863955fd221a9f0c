/**
 * Listings as pages show them: terms and levels as counted links, and the pages of each group's
 * paginated listing. Pure functions over the catalogue, so pages only compose them.
 */
import type { PaginateFunction } from 'astro';
import { siteConfig } from '../../site.config';
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
  alsoShown: (group: Group) => unknown = () => null,
) {
  return groups.flatMap((group) =>
    paginate(group.certifications, {
      params: { [param]: group.slug },
      props: { group },
      pageSize: siteConfig.pageSize,
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
