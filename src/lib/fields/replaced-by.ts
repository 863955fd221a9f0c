/**
 * The certification that replaces a retiring or retired one: the slug of its file. The catalogue
 * check follows the chain (a successor may itself be replaced) and requires it to end at a current one.
 */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';
import { parseRelatedSlugs } from './relations';

/** Reads one slug in file-name form. */
export function parseSuccessorSlug(text: string): string {
  const [slug, ...others] = parseRelatedSlugs(text);
  if (!slug || others.length > 0) throw new FieldProblem('name one successor');
  return slug;
}

export const replacedByField = parsedField(
  {
    description:
      'For a retiring or retired certification: the one the provider names as its successor, by the slug of ' +
      'its file. The page sends students there, and the plan and compare pages suggest it instead.',
    expected: 'the slug of one certification file, such as aws-certified-machine-learning-engineer-associate',
    examples: ['replaced_by: aws-certified-machine-learning-engineer-associate'],
  },
  z.string(),
  parseSuccessorSlug,
);
