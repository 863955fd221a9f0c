/**
 * Categories and providers are free-form names. Names with the same slug are one term, shown in its
 * most common spelling; names whose slugs are nearly equal are probably typos of each other.
 */
import { editDistance } from '../text/edit-distance';
import { termSlug } from '../text/slug';

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

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups name uses by slug and picks each term's most common spelling (ties: the first in code-point order). */
export function mergeTerms(uses: readonly NameUse[]): Term[] {
  const bySlug = new Map<string, { counts: Map<string, number>; files: Set<string> }>();
  for (const use of uses) {
    const slug = termSlug(use.name);
    let group = bySlug.get(slug);
    if (!group) {
      group = { counts: new Map(), files: new Set() };
      bySlug.set(slug, group);
    }
    const name = use.name.trim();
    group.counts.set(name, (group.counts.get(name) ?? 0) + 1);
    group.files.add(use.file);
  }
  return [...bySlug.entries()]
    .map(([slug, { counts, files }]) => {
      const spellings = [...counts.entries()]
        .sort(([a, countA], [b, countB]) => countB - countA || compareCodePoints(a, b))
        .map(([name]) => name);
      return { slug, name: spellings[0] ?? slug, spellings, files: [...files] };
    })
    .sort((a, b) => compareCodePoints(a.slug, b.slug));
}

/** Two terms that are probably one, misspelt. */
export interface NearDuplicate {
  first: Term;
  second: Term;
}

/** Names longer than this many characters are compared; shorter ones (`AI`, `Data`, `Java`) differ too easily. */
const MIN_COMPARED_LENGTH = 5;
const MAX_TYPO_DISTANCE = 2;
/** Slugs shorter than this are allowed one typo, not two: `iabac` and `iassc` are two bodies, `cisko` is Cisco. */
const TWO_TYPO_LENGTH = 8;

const typoLimit = (first: string, second: string) =>
  Math.min(first.length, second.length) < TWO_TYPO_LENGTH ? 1 : MAX_TYPO_DISTANCE;

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
    const bothNumbers = /^\d+$/.test(word) && /^\d+$/.test(other);
    return word === other || bothNumbers || ([...word].length <= 3 && [...other].length <= 3);
  });
}

/**
 * Pairs of terms with different slugs at an edit distance of at most 2 (1 for slugs under 8
 * characters), both names longer than four characters, unless they differ only in numbers or short codes.
 */
export function findNearDuplicates(terms: readonly Term[]): NearDuplicate[] {
  const compared = terms.filter((term) => [...term.name].length >= MIN_COMPARED_LENGTH);
  const pairs: NearDuplicate[] = [];
  for (const [index, first] of compared.entries()) {
    for (const second of compared.slice(index + 1)) {
      const limit = typoLimit(first.slug, second.slug);
      if (editDistance(first.slug, second.slug, limit) > limit) continue;
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
  const slug = termSlug(name);
  if (!slug) return undefined;
  const containsWords = (longer: string, shorter: string) => `-${longer}-`.includes(`-${shorter}-`);
  return existing.find((candidate) => {
    const other = termSlug(candidate);
    return other !== slug && (containsWords(other, slug) || containsWords(slug, other));
  });
}
