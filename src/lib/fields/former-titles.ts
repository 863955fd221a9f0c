/** Names the certification went by before, as the provider wrote them: shown on its page and found by search. */
import { parsedField } from './field';
import { cleanItems, textListInput } from './lists';
import { FieldProblem } from './problem';
import { MAX_TITLE_LENGTH } from './title';

/** Reads the names: each trimmed, within the title's length. */
export function parseFormerTitles(value: string | readonly string[]): string[] {
  const titles = cleanItems(typeof value === 'string' ? [value] : value);
  const long = titles.find((title) => [...title].length > MAX_TITLE_LENGTH);
  if (long) throw new FieldProblem(`"${long.slice(0, 30)}…" is longer than ${MAX_TITLE_LENGTH} characters`);
  return titles;
}

export const formerTitlesField = parsedField(
  {
    description:
      'Earlier names of the certification (before a rename by its provider), so that a student searching the ' +
      'old name finds it. Each is shown on the page as “Formerly …”.',
    expected: `a list of names, each at most ${MAX_TITLE_LENGTH} characters`,
    examples: ['former_titles: ["CompTIA Advanced Security Practitioner (CASP+)"]'],
  },
  textListInput,
  parseFormerTitles,
);
