/** The site's queries over the `certifications` collection. Pages ask here; they never sort or group. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, relatedCertifications, type Catalogue, type Certification } from './catalogue';
import { siteConfig } from '../site.config';

export type CertificationEntry = CollectionEntry<'certifications'>;
export type SiteCertification = Certification<CertificationEntry>;

let catalogue: Promise<Catalogue<CertificationEntry>> | undefined;

async function loadCatalogue(): Promise<Catalogue<CertificationEntry>> {
  const entries = await getCollection('certifications');
  return buildCatalogue(entries.map((entry) => ({ slug: entry.id, data: entry.data, entry })));
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
