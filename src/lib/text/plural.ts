/** English nouns for counts, for pages, checks and commands alike. */

/** An English noun for a count: `certification` for 1, `certifications` otherwise. */
export function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** A count with its noun: `1 certification`, `3 certifications`. */
export function countOf(count: number, word: string): string {
  return `${count} ${plural(word, count)}`;
}
