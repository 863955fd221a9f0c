/**
 * The one ranking of a query, which the header's search box and the browse page both use, so they give
 * the same order. Words are matched by MiniSearch (a small, maintained full-text library with fuzzy and
 * prefix search) over titles, former titles, exam codes and provider names; exact spellings of a code
 * or a name are looked up in maps built once. The order:
 * 1. `code`: the query is an exam code in any spelling ("AZ-900", "az 900", "az900");
 * 2. `name`: the query is a title, former title or abbreviation in any spelling ("cka", "security
 *    plus"), or its words cover every word that tells the title apart ("machine learning specialty");
 * 3. `words`: title, code and provider words, forgiving typos (one edit in a word of 4–6 letters, two
 *    in a longer one; none in a word with a digit, where "az-500" is not a typo of "az-900") and
 *    reading the last word as the start of one (the student is still typing it); most query words
 *    matched first, then MiniSearch's score;
 * 4. `body`: what only the page text matches (Pagefind's answer, passed in), in the order given.
 * A retired certification comes after every current one, unless the query names it (tiers 1 and 2):
 * then it keeps its place and the certification that replaces it follows it at once.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { compactKey, wordsOf } from '../text/words';
import {
  fieldText,
  isCodeLike,
  isFiller,
  nameKeys,
  providerNameWords,
  significantWords,
  type SearchDocument,
} from './document';

export type MatchTier = 'code' | 'name' | 'words' | 'body';

/** One result of a query, best first. */
export interface RankedResult {
  document: SearchDocument;
  tier: MatchTier;
}

/** A catalogue ready to be searched. */
export interface CertificationSearch {
  /** Every certification matching `query`, best first; `bodyMatches` are slugs whose page text matches. */
  rank: (query: string, bodyMatches?: readonly string[]) => RankedResult[];
}

const TIERS: readonly MatchTier[] = ['code', 'name', 'words', 'body'];

/** Field weights: a code or a title word says more than a provider's name, which many entries share. */
const BOOST = { title: 3, codes: 3, aliases: 2, provider: 1 };

/** The edits a query word may be away from an indexed word. */
export function typosAllowed(word: string): number {
  if (/\d/.test(word)) return 0;
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

/** A map from each key to the slugs that have it. */
function keyMap(documents: readonly SearchDocument[], keysOf: (document: SearchDocument) => string[]) {
  const map = new Map<string, string[]>();
  for (const document of documents) {
    for (const key of keysOf(document)) {
      const slugs = map.get(key);
      if (slugs) slugs.push(document.slug);
      else map.set(key, [document.slug]);
    }
  }
  return map;
}

/** The search over `documents`: the word index and the exact-key maps, built once. */
export function createSearch(documents: readonly SearchDocument[]): CertificationSearch {
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  const index = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: Object.keys(BOOST),
    extractField: (document, field) => (field === 'slug' ? document.slug : fieldText(document, field)),
    tokenize: wordsOf,
    // The words are normalised already, in the index and in the query alike.
    processTerm: (term) => term,
    searchOptions: {
      boost: BOOST,
      combineWith: 'OR',
      fuzzy: typosAllowed,
      prefix: (_term, position, terms) => position === terms.length - 1,
    },
  });
  index.addAll(documents);
  const providers = new Map<string, string[][]>();
  const providersOf = (document: SearchDocument) => {
    const key = [document.provider, ...document.providerAliases].join('\n');
    if (!providers.has(key)) providers.set(key, providerNameWords(document));
    return providers.get(key)!;
  };
  const codeKeys = keyMap(documents, (document) => document.codes.filter(isCodeLike).map(compactKey));
  const nameKeyMap = keyMap(documents, (document) => nameKeys(document, providersOf(document)));
  const significant = new Map(
    documents.map((document) => [document.slug, significantWords(document, providersOf(document))]),
  );

  /** True when the query's words all match the certification and cover the words that tell its title apart. */
  const namedBy = (result: SearchResult, queryWords: readonly string[]) => {
    const matched = new Set(result.terms);
    const asked = new Set(result.queryTerms);
    return (
      queryWords.every((word) => asked.has(word)) &&
      (significant.get(String(result.id))?.every((word) => matched.has(word)) ?? false)
    );
  };

  return {
    rank(query, bodyMatches = []) {
      const key = compactKey(query);
      if (!key) return [];
      const found = new Map<string, { tier: number; matched: number; score: number }>();
      /** Records a match; a certification found several ways keeps its best tier and its word score. */
      const note = (slug: string, tier: number, matched = 0, score = 0) => {
        if (!bySlug.has(slug)) return;
        const known = found.get(slug);
        if (known) known.tier = Math.min(known.tier, tier);
        else found.set(slug, { tier, matched, score });
      };
      const queryWords = wordsOf(query).filter((word) => !isFiller(word));
      for (const result of index.search(query)) {
        note(String(result.id), namedBy(result, queryWords) ? 1 : 2, result.queryTerms.length, result.score);
      }
      for (const slug of codeKeys.get(key) ?? []) note(slug, 0);
      for (const slug of nameKeyMap.get(key) ?? []) note(slug, 1);
      for (const slug of bodyMatches) note(slug, 3);

      const ordered = [...found.entries()]
        .sort(([, a], [, b]) => a.tier - b.tier || b.matched - a.matched || b.score - a.score)
        .map(([slug, { tier }]) => ({ document: bySlug.get(slug)!, tier: TIERS[tier]! }));
      return withRetiredPlaced(ordered, bySlug);
    },
  };
}

/**
 * Moves retired certifications after the current ones, except those the query names (a code or a name
 * tier), which stay where they are with their successor right after them.
 */
function withRetiredPlaced(
  ordered: readonly RankedResult[],
  bySlug: ReadonlyMap<string, SearchDocument>,
): RankedResult[] {
  const placed: RankedResult[] = [];
  const later: RankedResult[] = [];
  const seen = new Set<string>();
  const tierOf = new Map(ordered.map((result) => [result.document.slug, result.tier]));
  for (const result of ordered) {
    if (seen.has(result.document.slug)) continue;
    const named = result.tier === 'code' || result.tier === 'name';
    if (result.document.retired && !named) {
      later.push(result);
      continue;
    }
    placed.push(result);
    seen.add(result.document.slug);
    const successor = result.document.retired ? bySlug.get(result.document.successor ?? '') : undefined;
    if (named && successor && !seen.has(successor.slug)) {
      placed.push({ document: successor, tier: tierOf.get(successor.slug) ?? result.tier });
      seen.add(successor.slug);
    }
  }
  return [...placed, ...later.filter((result) => !seen.has(result.document.slug))];
}

/**
 * Whether a query names a retired certification (its code or its name): that asks for retired ones, as
 * ticking "Retired" would, where the browse page otherwise hides them.
 */
export function namesRetired(ranked: readonly RankedResult[]): boolean {
  return ranked.some(({ document, tier }) => document.retired && (tier === 'code' || tier === 'name'));
}

/** The results the browse page lists for a query under its default filters: retired ones only when named. */
export function listedByDefault(ranked: readonly RankedResult[]): RankedResult[] {
  return namesRetired(ranked) ? [...ranked] : ranked.filter(({ document }) => !document.retired);
}
