/**
 * What the search box knows of a certification (`/api/search-index.json`, built by
 * src/lib/site/search-documents.ts), and the keys derived from it in the browser: the ways a student
 * writes its exam codes and its names. The derivations live here, beside the type, so the build ships
 * only the names as editors wrote them and one rule decides how each is spelt.
 */
import { compactKey, wordsOf } from '../text/words';

/** One certification as the search index holds it. */
export interface SearchDocument {
  slug: string;
  /** The certification page's address, base path included. */
  url: string;
  title: string;
  /** The provider's name, shown beside the title (codes are not unique across providers). */
  provider: string;
  /** The provider's other names: aliases, former names (found, never shown). */
  providerAliases: string[];
  /** Every exam code, as the provider writes it: the certification's and each of its exams'. */
  codes: string[];
  /** The certification's other names: its former titles. */
  aliases: string[];
  /** Retired: shown when a query names it, after current certifications otherwise. */
  retired: boolean;
  /** For a retired certification: the current one that replaces it (the end of its chain of successors). */
  successor?: string;
}

/** Words of a title that do not tell one certification from another. */
const FILLER = new Set(['certified', 'certification', 'certificate', 'exam', 'the', 'of', 'in', 'for', 'and', 'on']);

/** True for a word that does not tell one certification from another ("certified", "exam", "the"). */
export function isFiller(word: string): boolean {
  return FILLER.has(word);
}

/**
 * True when a code is written as a code ("AZ-900", "SAA-C03", "CKA", "ACA-BigData") rather than as a
 * name ("Fundamentals", "Zendesk Admin Expert"): only codes answer a query that spells them exactly,
 * or the query "fundamentals" would put one certification above every other.
 */
export function isCodeLike(code: string): boolean {
  return /\d|-/.test(code) || code === code.toUpperCase();
}

/**
 * The words a code is found by: the code run together and its parts of two characters or more
 * ("SAA-C03" gives "saac03", "saa" and "c03"), so "saa c03", "SAA-C03" and "saac03" all find it.
 */
export function codeTerms(code: string): string[] {
  return [...new Set([compactKey(code), ...wordsOf(code).filter((part) => part.length > 1)])];
}

/**
 * The words of each name of the provider, and of the bracketed abbreviation of each ("Amazon Web
 * Services (AWS)" gives amazon web services, and aws). Entries of one provider share them: a caller
 * indexing many entries computes them once per provider.
 */
export function providerNameWords(document: SearchDocument): string[][] {
  const names = [document.provider, ...document.providerAliases];
  const bracketed = names.flatMap((name) => [...name.matchAll(/\(([^)]+)\)/g)].map((match) => match[1] ?? ''));
  return [...names.map((name) => name.replace(/\([^)]*\)/g, ' ')), ...bracketed]
    .map(wordsOf)
    .filter((words) => words.length > 0);
}

/** `words` without a leading provider name and filler ("aws certified solutions architect" → "solutions architect"). */
function withoutLeadingProvider(words: readonly string[], providers: readonly string[][]): string[] {
  let rest = [...words];
  for (const provider of providers) {
    if (provider.length < rest.length && provider.every((word, index) => rest[index] === word)) {
      rest = rest.slice(provider.length);
      break;
    }
  }
  while (rest.length > 1 && FILLER.has(rest[0]!)) rest = rest.slice(1);
  return rest;
}

/**
 * The keys of the names a query may spell exactly, run together: the title and each former title, with
 * and without their bracketed parts and leading provider name, and each bracketed abbreviation
 * ("Certified Kubernetes Administrator (CKA)" is found as "cka"; "CompTIA Security+" as "security plus").
 */
export function nameKeys(document: SearchDocument, providers = providerNameWords(document)): string[] {
  return [
    ...new Set(
      [document.title, ...document.aliases].flatMap((name) => {
        const outside = wordsOf(name.replace(/\([^)]*\)/g, ' '));
        const bracketed = [...name.matchAll(/\(([^)]+)\)/g)].map((match) => compactKey(match[1] ?? ''));
        return [
          compactKey(name),
          outside.join(''),
          withoutLeadingProvider(outside, providers).join(''),
          ...bracketed,
        ].filter(Boolean);
      }),
    ),
  ];
}

/**
 * The words of a title a query must cover to name the certification: its words outside brackets,
 * without the provider's names and filler ("AWS Certified Machine Learning – Specialty" → machine,
 * learning, specialty).
 */
export function significantWords(document: SearchDocument, providers = providerNameWords(document)): string[] {
  const providerWords = new Set(providers.flat());
  const words = wordsOf(document.title.replace(/\([^)]*\)/g, ' '));
  const significant = words.filter((word) => !FILLER.has(word) && !providerWords.has(word));
  return [...new Set(significant.length > 0 ? significant : words)];
}

/** The text of each field the word index reads. */
export function fieldText(document: SearchDocument, field: string): string {
  switch (field) {
    case 'title':
      return document.title;
    case 'aliases':
      return document.aliases.join(' · ');
    case 'codes':
      return document.codes.flatMap(codeTerms).join(' ');
    case 'provider':
      return [document.provider, ...document.providerAliases].join(' · ');
    default:
      return '';
  }
}

/**
 * The Pagefind filter each certification page carries its slug in: a text search's filter counts then
 * name every page it matched, without loading each result's fragment.
 */
export const SLUG_FILTER = 'slug';
