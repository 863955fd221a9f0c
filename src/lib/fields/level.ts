/** Certification levels, from the first step to the top of a track. */
import { z } from 'astro/zod';
import { LEVELS, type Level } from '../values/levels';
import { parsedField } from './field';
import { FieldProblem } from './problem';

export { LEVELS, levelRank, levelSlug, type Level } from '../values/levels';

/** Reads a level written in any letter case (`beginner`, `ADVANCED`). */
export function parseLevel(text: string): Level {
  const wanted = text.trim().toLowerCase();
  const level = LEVELS.find((candidate) => candidate.toLowerCase() === wanted);
  if (!level) throw new FieldProblem('not one of the four levels');
  return level;
}

/** What each level means for a student choosing where to start. */
export const LEVEL_DESCRIPTIONS: Readonly<Record<Level, string>> = {
  Beginner: 'Entry points: no experience required, they prove the fundamentals of a field.',
  Intermediate: 'For learners with some hands-on practice: they prove you can do the everyday work of a role.',
  Advanced: 'For practitioners with a few years in a field: design, specialise and lead the work.',
  Expert: 'The top of a track: deep experience, often a demanding practical exam, recognised across the industry.',
};

export const levelField = parsedField(
  {
    description: 'How far along a learner should be: Beginner, Intermediate, Advanced or Expert.',
    expected: `one of ${LEVELS.join(', ')} (any letter case)`,
    examples: ['level: Intermediate'],
  },
  z.string(),
  parseLevel,
);
