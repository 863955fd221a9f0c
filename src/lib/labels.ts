/** Words the pages show in more than one place. */

/** Shown for a fact an entry does not give (a fee, a duration, a domain weight). */
export const NOT_LISTED = 'Not listed';

/** An English noun for a count: `certification` for 1, `certifications` otherwise. */
export function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** A count with its noun: `1 certification`, `3 certifications`. */
export function countOf(count: number, word: string): string {
  return `${count} ${plural(word, count)}`;
}
