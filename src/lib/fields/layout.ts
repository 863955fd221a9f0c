/** The legacy Jekyll `layout` key: accepted so the original pages build unchanged, never read. */
import { ignoredField } from './field';

export const layoutField = ignoredField({
  description:
    'Ignored. Accepted so that pages copied from the original Jekyll site build unchanged; the site chooses the ' +
    'layout.',
  expected: 'any text',
  examples: ['layout: certifications/certifications-individual'],
});
