/**
 * Categories and providers are free-form names. Names with the same slug are one term, shown in its
 * most common spelling; names whose slugs are nearly equal are probably typos of each other.
 */

/**
 * Lower case, every run of characters other than letters (with their accents) and digits becomes one
 * hyphen: `Machine Learning` → `machine-learning`. `+` and `#` are spelt out first, so `C++`, `C#` and
 * `C` stay three names.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** One spelling of a term as an editor wrote it, and where. */
export interface NameUse {
  name: string;
  file: string;
}

/** A category or provider: its slug, its display name and the files that use it. */
export interface Term {
  slug: string;
  name: string;
  /** Every spelling seen, most common first. */
  spellings: string[];
  files: string[];
}

/** Groups name uses by slug and picks each term's most common spelling (ties: the first in code-point order). */
export function mergeTerms(uses: readonly NameUse[]): Term[] {
  const bySlug = new Map<string, NameUse[]>();
  for (const use of uses) {
    const slug = slugify(use.name);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), use]);
  }
  return [...bySlug.entries()]
    .map(([slug, group]) => {
      const counts = new Map<string, number>();
      for (const { name } of group) counts.set(name.trim(), (counts.get(name.trim()) ?? 0) + 1);
      const spellings = [...counts.entries()]
        .sort(([a, countA], [b, countB]) => countB - countA || compareCodePoints(a, b))
        .map(([name]) => name);
      return { slug, name: spellings[0] ?? slug, spellings, files: [...new Set(group.map((use) => use.file))] };
    })
    .sort((a, b) => compareCodePoints(a.slug, b.slug));
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Two terms that are probably one, misspelt. */
export interface NearDuplicate {
  first: Term;
  second: Term;
}

/** Names longer than this many characters are compared; shorter ones (`AI`, `Data`, `Java`) differ too easily. */
const MIN_COMPARED_LENGTH = 5;
const MAX_TYPO_DISTANCE = 2;

/**
 * True when two slugs differ only in words that carry meaning by design: numbers (`level-1`,
 * `level-2`) and short codes (`java-ee`, `java-se`). Typos hide in longer words (`engineerng`).
 */
function differOnlyInCodes(first: string, second: string): boolean {
  const firstWords = first.split('-');
  const secondWords = second.split('-');
  if (firstWords.length !== secondWords.length) return false;
  return firstWords.every((word, index) => {
    const other = secondWords[index] ?? '';
    return word === other || (/^\d+$/.test(word) && /^\d+$/.test(other)) || ([...word].length <= 3 && [...other].length <= 3);
  });
}

/**
 * Pairs of terms with different slugs at an edit distance of at most 2, both names longer than four
 * characters, unless they differ only in numbers or short codes.
 */
export function findNearDuplicates(terms: readonly Term[]): NearDuplicate[] {
  const compared = terms.filter((term) => [...term.name].length >= MIN_COMPARED_LENGTH);
  const pairs: NearDuplicate[] = [];
  for (const [index, first] of compared.entries()) {
    for (const second of compared.slice(index + 1)) {
      if (editDistance(first.slug, second.slug, MAX_TYPO_DISTANCE) > MAX_TYPO_DISTANCE) continue;
      if (!differOnlyInCodes(first.slug, second.slug)) pairs.push({ first, second });
    }
  }
  return pairs;
}

/**
 * An existing name that a new one probably means: one whose slug contains the other's as whole words
 * (`AWS` and `Amazon Web Services (AWS)`), for suggesting the catalogue's spelling.
 */
export function similarName(name: string, existing: readonly string[]): string | undefined {
  const slug = slugify(name);
  if (!slug) return undefined;
  const containsWords = (longer: string, shorter: string) => `-${longer}-`.includes(`-${shorter}-`);
  return existing.find((candidate) => {
    const other = slugify(candidate);
    return other !== slug && (containsWords(other, slug) || containsWords(slug, other));
  });
}
