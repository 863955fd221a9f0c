/** Certification levels, from the first step to the top of a track, and their order. Safe in the browser. */
import { termSlug } from '../text/slug';

export const LEVELS = ['Beginner', 'Intermediate', 'Advanced', 'Expert'] as const;

export type Level = (typeof LEVELS)[number];

/** The URL segment of a level: `Beginner` → `beginner`. */
export function levelSlug(level: Level): string {
  return termSlug(level);
}

/** The position of a level, for sorting from Beginner (0) to Expert (3); -1 for a word that is not a level. */
export function levelRank(level: Level | string): number {
  return (LEVELS as readonly string[]).indexOf(level);
}
