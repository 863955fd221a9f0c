/** What to know or hold before attempting the exam. */
import { parsedField } from './field';
import { cleanItems, textListInput } from './lists';

/**
 * Prerequisites: a string stays one item (it is often a sentence with commas in it), a YAML list
 * gives one item per entry.
 */
export function parsePrerequisites(value: string | readonly string[]): string[] {
  return cleanItems(typeof value === 'string' ? [value] : value);
}

export const prerequisitesField = parsedField(
  {
    description: 'What to know or hold before attempting the exam. A string is kept whole; a list gives one item each.',
    expected: 'a string or a list of strings',
    examples: [
      'prerequisites: "One year of hands-on experience with AWS"',
      'prerequisites: [Linux basics, Networking basics]',
    ],
  },
  textListInput,
  parsePrerequisites,
);
