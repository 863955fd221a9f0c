import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { levelListItems, levelsWithCertifications, termListItems } from '../../src/lib/catalogue/listings';
import { paths } from '../../src/lib/site/routes';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

describe('listings', () => {
  const catalogue = buildCatalogue(
    [sampleInput('a', { categories: ['Cloud', 'AI'] }), sampleInput('b', { categories: ['Cloud'], level: 'Expert' })],
    { today: SAMPLE_TODAY },
  );

  it('count the certifications of each term, linked', () => {
    expect(termListItems(catalogue.categories, paths.category)).toEqual([
      { name: 'AI', href: paths.category('ai'), count: 1 },
      { name: 'Cloud', href: paths.category('cloud'), count: 2 },
    ]);
  });

  it('keep only the levels that have certifications', () => {
    expect(levelListItems(levelsWithCertifications(catalogue.levels), paths.level)).toEqual([
      { name: 'Beginner', href: paths.level('beginner'), count: 1 },
      { name: 'Expert', href: paths.level('expert'), count: 1 },
    ]);
  });
});
