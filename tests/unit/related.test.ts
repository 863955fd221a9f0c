/**
 * The related certifications are the same as an exhaustive ranking of every pair would give, on
 * random catalogues of every shape (many or few categories, providers and levels), and the work stays
 * linear: four times the catalogue looks at about four times the candidates, not sixteen.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type Certification } from '../../src/lib/catalogue/catalogue';
import { byTitle } from '../../src/lib/catalogue/order';
import { relatedCertifications } from '../../src/lib/catalogue/related';
import { LEVELS, levelRank } from '../../src/lib/values/levels';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

/** The ranking the site promises, computed the slow way: every pair compared. */
function exhaustive(certifications: readonly Certification[], count: number): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const certification of certifications) {
    const mine = new Set(certification.categoryLinks.map((link) => link.slug));
    const ranked = certifications
      .filter((other) => other !== certification)
      .map((other) => ({
        other,
        shared: other.categoryLinks.filter((link) => mine.has(link.slug)).length,
        sameProvider: other.providerLink.slug === certification.providerLink.slug ? 1 : 0,
        gap: Math.abs(levelRank(other.level) - levelRank(certification.level)),
      }))
      .filter((candidate) => candidate.shared > 0)
      .sort(
        (a, b) => b.shared - a.shared || b.sameProvider - a.sameProvider || a.gap - b.gap || byTitle(a.other, b.other),
      );
    result.set(
      certification.slug,
      ranked.slice(0, count).map(({ other }) => other.slug),
    );
  }
  return result;
}

/** A seeded random catalogue of `size` certifications. */
function randomCatalogue(size: number, seed: number, shape: { categories: number; providers: number; most?: number }) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = (count: number) => Math.floor(next() * count);
  return buildCatalogue(
    Array.from({ length: size }, (_, index) => {
      const categories = [
        ...new Set(Array.from({ length: 1 + pick(shape.most ?? 4) }, () => `Category ${pick(shape.categories)}`)),
      ];
      return sampleInput(`cert-${index}`, {
        title: `Certification ${pick(size)} ${index}`,
        categories,
        provider: `Provider ${pick(shape.providers)}`,
        level: LEVELS[pick(LEVELS.length)],
      });
    }),
    { today: SAMPLE_TODAY },
  );
}

describe('related certifications', () => {
  it.each([
    ['few categories, few providers', 300, { categories: 3, providers: 2 }],
    ['many categories, many providers', 300, { categories: 25, providers: 40 }],
    ['one category', 150, { categories: 1, providers: 5 }],
    ['one provider', 150, { categories: 6, providers: 1 }],
    ['up to seven categories each, beyond the indexed sets of four', 200, { categories: 8, providers: 3, most: 7 }],
  ])('match the exhaustive ranking: %s', (_shape, size, shape) => {
    for (const seed of [1, 2, 3]) {
      const catalogue = randomCatalogue(size, seed, shape);
      const expected = exhaustive(catalogue.certifications, 4);
      const actual = relatedCertifications(catalogue.certifications, 4);
      for (const certification of catalogue.certifications) {
        expect(
          actual.get(certification.slug)?.map((other) => other.slug),
          certification.slug,
        ).toEqual(expected.get(certification.slug));
      }
    }
  });

  it('look at a number of candidates that grows linearly with the catalogue, not with its square', () => {
    const candidates = (size: number) => {
      const work = { candidates: 0 };
      relatedCertifications(randomCatalogue(size, 7, { categories: 20, providers: 150 }).certifications, 4, work);
      return work.candidates;
    };
    const small = candidates(1000);
    // Comparing within categories would look at hundreds per certification; the indexes look at a few dozen.
    expect(small / 1000).toBeLessThan(40);
    expect(candidates(4000) / small).toBeLessThan(4.5);
  });
});
