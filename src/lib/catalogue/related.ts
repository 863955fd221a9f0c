/**
 * Related certifications: for each one, those sharing the most categories, then from the same
 * provider, then closest in level, then by title. Only certifications sharing a category qualify.
 * Computed once for the whole catalogue through a category index, so each certification looks only
 * at the certifications of its own categories, never at the whole catalogue.
 */
import { levelRank } from '../fields/level';
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

/** The `count` certifications to suggest next to each certification, by slug. */
export function relatedCertifications(
  certifications: readonly Certification[],
  count: number,
): Map<string, Certification[]> {
  const byCategory = new Map<string, Certification[]>();
  for (const certification of certifications) {
    for (const { slug } of certification.categoryLinks) {
      const members = byCategory.get(slug);
      if (members) members.push(certification);
      else byCategory.set(slug, [certification]);
    }
  }
  const related = new Map<string, Certification[]>();
  for (const certification of certifications) {
    const shared = new Map<Certification, number>();
    for (const { slug } of certification.categoryLinks) {
      for (const other of byCategory.get(slug) ?? []) {
        if (other !== certification) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const best: Candidate[] = [];
    for (const [other, sharedCount] of shared) {
      insertBest(
        best,
        {
          other,
          shared: sharedCount,
          sameProvider: other.providerLink.slug === certification.providerLink.slug ? 1 : 0,
          levelGap: Math.abs(levelRank(other.level) - levelRank(certification.level)),
        },
        count,
      );
    }
    related.set(
      certification.slug,
      best.map(({ other }) => other),
    );
  }
  return related;
}
