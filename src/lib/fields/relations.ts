/**
 * How certifications lead to one another, in the providers' own paths: the ones to hold or prepare
 * first (`builds_on`), and the natural next steps (`leads_to`). Both name other certifications by
 * their slug, the file name without `.mdx`. Whether each slug exists, and that the paths have no
 * cycle, is checked over the whole catalogue (`files/check-catalogue.ts`).
 */
import { FILE_SLUG_FORMAT } from '../text/slug';
import { parsedField, type FieldDoc } from './field';
import { textListInput } from './lists';
import { FieldProblem } from './problem';

/** Reads a slug or a list of slugs: each in file-name form, none twice. */
export function parseRelatedSlugs(value: string | readonly string[]): string[] {
  const slugs = (typeof value === 'string' ? [value] : value).map((slug) => slug.trim()).filter(Boolean);
  if (slugs.length === 0) throw new FieldProblem('the list is empty');
  const seen = new Set<string>();
  for (const slug of slugs) {
    const asFileName = slug.replace(/\.mdx?$/, '');
    if (asFileName !== slug) throw new FieldProblem(`"${slug}" names a file; write its slug, "${asFileName}"`);
    if (!FILE_SLUG_FORMAT.test(slug)) {
      throw new FieldProblem(`"${slug}" is not a slug (lowercase letters, digits and single hyphens)`);
    }
    if (seen.has(slug)) throw new FieldProblem(`"${slug}" is listed twice`);
    seen.add(slug);
  }
  return slugs;
}

const buildsOnDoc: FieldDoc = {
  description:
    'Certifications to hold or prepare for first, as the provider’s own path describes them: the slugs of ' +
    'their files (the file name without .mdx). The page lists them under "Start with"; the plan on the ' +
    'compare page puts this certification after them.',
  expected: 'a list of certification slugs, such as [aws-certified-cloud-practitioner]',
  examples: ['builds_on: [aws-certified-cloud-practitioner]', 'builds_on: [comptia-a-plus, comptia-network-plus]'],
};

const leadsToDoc: FieldDoc = {
  description:
    'The natural next steps after this certification, in the provider’s own path: the slugs of their files. ' +
    'The page lists them under "Next steps"; each of them then shows this one under "Start with".',
  expected: 'a list of certification slugs, such as [aws-certified-solutions-architect-professional]',
  examples: [
    'leads_to: [aws-certified-solutions-architect-professional]',
    'leads_to: [certified-kubernetes-security-specialist]',
  ],
};

export const buildsOnField = parsedField(buildsOnDoc, textListInput, parseRelatedSlugs);
export const leadsToField = parsedField(leadsToDoc, textListInput, parseRelatedSlugs);
