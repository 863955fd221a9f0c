/**
 * The text `npm run new` leaves in a body for the editor to write. The checker warns while any is
 * left: published, it would read as unfinished.
 */
import type { ProblemParts } from '../fields/problem';

/** Starts every line the new-entry template leaves for the editor. */
export const PLACEHOLDER = 'To be written:';

/** One warning per body line still holding the placeholder; lines count from the body's first line. */
export function placeholderProblems(body: string): { line: number; problem: ProblemParts }[] {
  return body.split('\n').flatMap((text, index) =>
    text.includes(PLACEHOLDER)
      ? [
          {
            line: index + 1,
            problem: {
              reason: `"${PLACEHOLDER}" text from npm run new is still there`,
              found: JSON.stringify(text.trim()),
              expected: 'the section written out for students',
              example: 'Most candidates prepare for two to three months with the official exam guide.',
            },
          },
        ]
      : [],
  );
}
