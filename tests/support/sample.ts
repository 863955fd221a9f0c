/** Sample certifications for unit tests: the required fields, and catalogue inputs built from them. */
import { buildCatalogue, type CatalogueInput, type Certification } from '../../src/lib/catalogue/catalogue';
import { certificationSchema } from '../../src/lib/schema';

/** The day the sample catalogues are built on (it ages their checks against the official page). */
export const SAMPLE_TODAY = '2026-11-26';

/** The front matter of a file with only the required fields. */
export const MINIMAL_FRONT_MATTER = {
  title: 'Sample Certified Engineer',
  provider: 'Sample Org',
  level: 'beginner',
  overview: 'Proves sample skills.',
  short_description: 'A sample.',
  categories: ['Cloud'],
  link: 'https://example.org/cert',
} as const;

/** The front matter of a check against the official page on `date`: the day and the page read. */
export function checkedOn(date: string) {
  return { last_verified: date, verified_against: 'https://example.org/cert' };
}

/** A catalogue input for `slug`: the minimal front matter (titled after the slug) with `overrides`, parsed. */
export function sampleInput(slug: string, overrides: Record<string, unknown> = {}): CatalogueInput {
  const data = certificationSchema.parse({ ...MINIMAL_FRONT_MATTER, title: slug, ...overrides });
  return { slug, data, filePath: `src/content/certifications/${slug}.mdx` };
}

/** One certification as the catalogue resolves it. */
export function sampleCertification(slug: string, overrides: Record<string, unknown> = {}): Certification {
  const [certification] = buildCatalogue([sampleInput(slug, overrides)], { today: SAMPLE_TODAY }).certifications;
  if (!certification) throw new Error('the catalogue lost its only certification');
  return certification;
}
