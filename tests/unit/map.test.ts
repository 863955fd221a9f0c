import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { mapPages, mapRows } from '../../src/lib/site/map';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

const catalogue = buildCatalogue(
  [
    sampleInput('ml-advanced', { categories: ['Machine Learning', 'Cloud'], level: 'Advanced', fee: '$300' }),
    sampleInput('cloud-beginner', { categories: ['Cloud'], level: 'Beginner', fee: 'Free' }),
    sampleInput('cloud-expert', { categories: ['Cloud'], level: 'Expert' }),
    sampleInput('agile', { categories: ['Agile'], level: 'Intermediate', fee: '€150' }),
  ],
  { today: SAMPLE_TODAY },
);

describe('the certification map', () => {
  const rows = mapRows(catalogue.certifications);

  it('has a row per category by name, a cell per level, and a chip per certification in each of its rows', () => {
    expect(rows.map((row) => [row.category.name, row.size])).toEqual([
      ['Agile', 1],
      ['Cloud', 3],
      ['Machine Learning', 1],
    ]);
    const cloud = rows.find((row) => row.category.slug === 'cloud');
    expect(cloud?.cells.map((cell) => [cell.level, cell.chips.map((chip) => chip.slug)])).toEqual([
      ['Beginner', ['cloud-beginner']],
      ['Intermediate', []],
      ['Advanced', ['ml-advanced']],
      ['Expert', ['cloud-expert']],
    ]);
    const ml = rows.find((row) => row.category.slug === 'machine-learning');
    expect(ml?.cells[2]?.chips).toEqual([
      { slug: 'ml-advanced', title: 'ml-advanced', provider: 'Sample Org', fee: '$300' },
    ]);
  });

  it('gives each chip its provider and official price, or says the fee is not listed', () => {
    const chips = rows.flatMap((row) => row.cells.flatMap((cell) => cell.chips));
    expect(new Map(chips.map((chip) => [chip.slug, chip.fee]))).toEqual(
      new Map([
        ['agile', '€150'],
        ['cloud-beginner', 'Free'],
        ['ml-advanced', '$300'],
        ['cloud-expert', 'Fee not listed'],
      ]),
    );
  });

  it('packs rows onto pages within the chip budget, splitting a row that is too long for one page', () => {
    const { pages, index } = mapPages(rows, 2);
    expect(pages.map((page) => page.map((row) => `${row.anchor}:${row.size}`))).toEqual([
      ['agile:1'],
      ['cloud:2'],
      ['cloud-2:1', 'machine-learning:1'],
    ]);
    expect(pages[1]?.[0]?.part).toEqual({ index: 1, of: 2 });
    expect(index.map((entry) => [entry.category.name, entry.page, entry.anchor, entry.size])).toEqual([
      ['Agile', 1, 'agile', 1],
      ['Cloud', 2, 'cloud', 3],
      ['Machine Learning', 3, 'machine-learning', 1],
    ]);
  });

  it('holds every chip once per category, however small the pages', () => {
    for (const size of [1, 2, 3, 100]) {
      const chips = mapPages(rows, size)
        .pages.flat()
        .reduce((sum, row) => sum + row.size, 0);
      expect(chips, `pages of ${size}`).toBe(5);
      expect(
        Math.max(...mapPages(rows, size).pages.map((page) => page.reduce((sum, row) => sum + row.size, 0))),
      ).toBeLessThanOrEqual(size);
    }
  });
});
