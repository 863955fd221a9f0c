/** The subjects a certification belongs to; each name becomes a category page. */
import { z } from 'astro/zod';
import { termSlug } from '../text/slug';
import { parsedField } from './field';
import { FieldProblem } from './problem';

/** Category names become page addresses, so they are kept short. */
export const MAX_CATEGORY_LENGTH = 60;

/** Reads the list of category names: each with letters or digits, short, and none named twice. */
export function parseCategories(names: readonly (string | number)[]): string[] {
  if (names.length === 0) throw new FieldProblem('the list has no category');
  const cleaned = names.map((name) => String(name).trim());
  const seen = new Map<string, string>();
  for (const name of cleaned) {
    if ([...name].length > MAX_CATEGORY_LENGTH) {
      throw new FieldProblem(`"${name.slice(0, 30)}…" is longer than ${MAX_CATEGORY_LENGTH} characters`);
    }
    const slug = termSlug(name);
    if (!slug) throw new FieldProblem(`${JSON.stringify(name)} has no letters or digits`);
    const earlier = seen.get(slug);
    if (earlier !== undefined) throw new FieldProblem(`"${earlier}" and "${name}" are the same category`);
    seen.set(slug, name);
  }
  return cleaned;
}

export const categoriesField = parsedField(
  {
    description: 'The subjects the certification belongs to. Reuse existing names; a new name creates a new category.',
    expected: `a list of one or more category names, each at most ${MAX_CATEGORY_LENGTH} characters`,
    examples: ['categories: ["Machine Learning", "Cloud", "AI"]'],
  },
  z.array(z.union([z.string(), z.number()])),
  parseCategories,
);
