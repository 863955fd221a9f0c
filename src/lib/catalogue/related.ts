/**
 * Related certifications: for each one, those sharing the most categories, then from the same
 * provider, then closest in level, then by title. Only certifications sharing a category qualify.
 *
 * Computed once for the whole catalogue, and without comparing every certification with every other
 * in its categories (at 10,000 entries in 20 categories that is 20 million comparisons). An index of
 * every set of up to four categories, by provider and level, gives each certification a bounded set of
 * candidates that provably holds its best ones: those sharing exactly m categories with it are in one
 * list of its m-category sets, where the best come first when read by provider, then from the nearest
 * level outwards, then by title. Tiers go from the most categories shared down, and stop once `count`
 * candidates are found. Linear in the catalogue; tests/unit/related.test.ts checks the result against
 * the exhaustive ranking and the number of candidates looked at against the catalogue's size.
 */
import { LEVELS, levelRank } from '../values/levels';
import type { Certification } from './catalogue';
import { byTitle } from './order';

interface Candidate {
  other: Certification;
  shared: number;
  sameProvider: number;
  levelGap: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return b.shared - a.shared || b.sameProvider - a.sameProvider || a.levelGap - b.levelGap || byTitle(a.other, b.other);
}

/** Keeps the `count` best candidates in order, inserting each new one where it belongs. */
function insertBest(best: Candidate[], candidate: Candidate, count: number): void {
  let index = best.length;
  while (index > 0 && compareCandidates(candidate, best[index - 1]!) < 0) index -= 1;
  if (index >= count) return;
  best.splice(index, 0, candidate);
  if (best.length > count) best.pop();
}

/** Appends to the list under a key, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The levels in order of distance from `rank`, nearer first, the lower one first on a tie (order is by title then). */
function levelsByGap(rank: number): number[][] {
  const byGap: number[][] = [];
  for (let gap = 0; gap < LEVELS.length; gap += 1) {
    const levels = [rank - gap, rank + gap].filter(
      (level, index) => level >= 0 && level < LEVELS.length && (gap > 0 || index === 0),
    );
    if (levels.length > 0) byGap.push(levels);
  }
  return byGap;
}

/** Certifications of several title-ordered lists, merged in title order. */
function* mergedByTitle(lists: readonly (readonly Certification[])[]): Generator<Certification> {
  const positions = lists.map(() => 0);
  for (;;) {
    let pick = -1;
    for (const [index, list] of lists.entries()) {
      const next = list[positions[index]!];
      if (next && (pick === -1 || byTitle(next, lists[pick]![positions[pick]!]!) < 0)) pick = index;
    }
    if (pick === -1) return;
    yield lists[pick]![positions[pick]!]!;
    positions[pick]! += 1;
  }
}

/** Subsets of more categories than this are not indexed: sharing five categories is rare enough to rank by hand. */
const MAX_TIER = 4;

/** The subsets of `size` items of a sorted list, each joined into one key. */
function subsetKeys(slugs: readonly string[], size: number): string[] {
  if (size === 0) return [''];
  return slugs.flatMap((first, index) =>
    subsetKeys(slugs.slice(index + 1), size - 1).map((rest) => (rest ? `${first}\u0001${rest}` : first)),
  );
}

/** A certification's categories as sorted slugs. */
const categorySlugs = (certification: Certification) => certification.categoryLinks.map((link) => link.slug).sort();

/**
 * The indexes, built once: for every set of up to four categories, the certifications having all of
 * them, by provider and level and by level alone, each list in title order.
 */
function indexOf(certifications: readonly Certification[]) {
  const byProviderLevel = new Map<string, Certification[]>();
  const byLevel = new Map<string, Certification[]>();
  // Certifications come in title order, so every list is in title order.
  for (const certification of certifications) {
    const slugs = categorySlugs(certification);
    const rank = levelRank(certification.level);
    for (let size = 1; size <= Math.min(slugs.length, MAX_TIER); size += 1) {
      for (const subset of subsetKeys(slugs, size)) {
        push(byProviderLevel, `${subset}\u0000${certification.providerLink.slug}\u0000${rank}`, certification);
        push(byLevel, `${subset}\u0000${rank}`, certification);
      }
    }
  }
  return { byProviderLevel, byLevel };
}

/**
 * The `count` certifications to suggest next to each certification, by slug; `work`, when given,
 * counts the candidates looked at (the tests check it grows linearly with the catalogue).
 */
export function relatedCertifications(
  certifications: readonly Certification[],
  count: number,
  work: { candidates: number } = { candidates: 0 },
): Map<string, Certification[]> {
  const sorted = [...certifications].sort(byTitle);
  const { byProviderLevel, byLevel } = indexOf(sorted);
  const related = new Map<string, Certification[]>();
  for (const certification of sorted) {
    const slugs = categorySlugs(certification);
    const categories = new Set(slugs);
    const provider = certification.providerLink.slug;
    const rank = levelRank(certification.level);
    const sharedWith = (other: Certification) =>
      other.categoryLinks.reduce((shared, link) => shared + (categories.has(link.slug) ? 1 : 0), 0);
    const best: Candidate[] = [];
    const seen = new Set<Certification>([certification]);
    const consider = (other: Certification, shared: number) => {
      work.candidates += 1;
      seen.add(other);
      insertBest(
        best,
        {
          other,
          shared,
          sameProvider: other.providerLink.slug === provider ? 1 : 0,
          levelGap: Math.abs(levelRank(other.level) - rank),
        },
        count,
      );
    };
    // Tier by tier, from the most categories shared: a certification sharing exactly `tier` categories
    // is in exactly one of the lists of this one's subsets of that size. Within a list, the best come
    // first when read by provider, then level gap, then title; a later tier cannot beat `count` earlier ones.
    const top = Math.min(slugs.length, MAX_TIER);
    for (let tier = top; tier >= 1; tier -= 1) {
      const mixed = tier === MAX_TIER && slugs.length > MAX_TIER;
      for (const subset of subsetKeys(slugs, tier)) {
        let taken = 0;
        const take = (other: Certification) => {
          if (seen.has(other)) return;
          const shared = sharedWith(other);
          // Sharing more belongs to an earlier tier, except in the top tier of a long list of categories.
          if (shared !== tier && !mixed) return;
          consider(other, shared);
          taken += 1;
        };
        for (const levels of levelsByGap(rank)) {
          const lists = levels.map((level) => byProviderLevel.get(`${subset}\u0000${provider}\u0000${level}`) ?? []);
          for (const other of mergedByTitle(lists)) {
            if (taken >= count && !mixed) break;
            take(other);
          }
        }
        for (const levels of levelsByGap(rank)) {
          const lists = levels.map((level) => byLevel.get(`${subset}\u0000${level}`) ?? []);
          for (const other of mergedByTitle(lists)) {
            if (taken >= count && !mixed) break;
            if (other.providerLink.slug !== provider) take(other);
          }
        }
      }
      if (best.length >= count) break;
    }
    related.set(
      certification.slug,
      best.map(({ other }) => other),
    );
  }
  return related;
}
