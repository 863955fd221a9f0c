/** What list fields (skills, prerequisites) share: written either as a YAML list or as one string. */
import { z } from 'astro/zod';
import { FieldProblem } from './problem';

/** A string or a list of strings. */
export const textListInput = z.union([z.string(), z.array(z.string())]);

/** The items trimmed, blanks dropped; an empty list is refused. */
export function cleanItems(items: readonly string[]): string[] {
  const cleaned = items.map((item) => item.trim()).filter(Boolean);
  if (cleaned.length === 0) throw new FieldProblem('the list is empty');
  return cleaned;
}
