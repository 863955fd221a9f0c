/** The site's queries over the `certifications` collection. Pages ask here; they never sort or group. */
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { buildCatalogue, relatedCertifications, type Catalogue, type Certification } from './catalogue';
import { lastCommitDates } from './git-dates';
import { siteConfig } from '../site.config';

export type CertificationEntry = CollectionEntry<'certifications'>;
export type SiteCertification = Certification<CertificationEntry>;

let catalogue: Promise<Catalogue<CertificationEntry>> | undefined;

async function loadCatalogue(): Promise<Catalogue<CertificationEntry>> {
  const entries = await getCollection('certifications');
  const commitDates = lastCommitDates(path.resolve(siteConfig.certificationsDir));
  return buildCatalogue(
    entries.map((entry) => {
      // The glob loader gives paths relative to the project root, which is the repository root.
      const { filePath } = entry;
      if (!filePath) throw new Error(`The certification ${entry.id} has no file path`);
      return { slug: entry.id, data: entry.data, entry, filePath, lastCommitDate: commitDates?.get(path.resolve(filePath)) };
    }),
  );
}

/** The whole catalogue, built once per build (and on every request in `astro dev`, so edits show). */
export function getCatalogue(): Promise<Catalogue<CertificationEntry>> {
  if (import.meta.env.DEV) return loadCatalogue();
  catalogue ??= loadCatalogue();
  return catalogue;
}

/** The certifications to suggest on a certification's page. */
export async function getRelatedCertifications(certification: SiteCertification): Promise<SiteCertification[]> {
  const { certifications } = await getCatalogue();
  return relatedCertifications(certification, certifications, siteConfig.relatedCount);
}

/** Groups (categories, providers, levels) as links with their counts, for `TermList`. */
export function termListItems(
  groups: readonly { slug: string; name: string; certifications: readonly unknown[] }[],
  pathOf: (slug: string) => string,
): { name: string; href: string; count: number }[] {
  return groups.map((group) => ({ name: group.name, href: pathOf(group.slug), count: group.certifications.length }));
}

/**
 * The pages of every group's listing (a category, a provider or a level), for `getStaticPaths`:
 * `param` is the route's parameter, and each page gets its group as the `group` prop.
 */
export function paginateGroups<Group extends { slug: string; certifications: SiteCertification[] }>(
  paginate: PaginateFunction,
  groups: readonly Group[],
  param: string,
) {
  return groups.flatMap((group) =>
    paginate(group.certifications, { params: { [param]: group.slug }, props: { group }, pageSize: siteConfig.pageSize }),
  );
}
