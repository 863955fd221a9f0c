/**
 * Every entry's level and categories are the ones the shared rules give it (src/data/ladders.json,
 * src/data/categories.json), so a level or a category never comes from a keyword accident or an
 * importer's guess; and no entry's text states a level other than its own.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_RULES } from '../../src/lib/catalogue/category-rules';
import { categoriesPlacedFor, levelPlacementOf } from '../../src/lib/catalogue/placement';
import { checkedCatalogue } from '../support/catalogue-files';

const entries = checkedCatalogue();

describe('levels', () => {
  it('are the level the provider’s ladder or the general rule gives every entry', () => {
    const disagreements = entries.flatMap(({ file, slug, data }) => {
      const placement = levelPlacementOf(slug, data);
      return placement.level === data.level
        ? []
        : [`${file}: level ${data.level}, the rules say ${placement.level} (${JSON.stringify(placement)})`];
    });
    expect(disagreements).toEqual([]);
  });

  it('come from a provider’s published ladder for most of the catalogue', () => {
    const byLadder = entries.filter(({ slug, data }) => levelPlacementOf(slug, data).by === 'ladder').length;
    expect(byLadder / entries.length).toBeGreaterThan(0.5);
  });

  it('are not contradicted by the entry’s own text', () => {
    const LEVEL_CLAIM = /\b(?:is|as) an? (beginner|intermediate|advanced|expert)(?:-level| level)? \w+/gi;
    const contradictions = entries.flatMap(({ file, data, body }) =>
      [data.overview, data.shortDescription, body].flatMap((text) =>
        [...text.matchAll(LEVEL_CLAIM)]
          .filter((match) => match[1]!.toLowerCase() !== data.level.toLowerCase())
          .map((match) => `${file}: "${match[0]}" but its level is ${data.level}`),
      ),
    );
    expect(contradictions).toEqual([]);
  });
});

describe('categories', () => {
  it('are the categories the rules give every entry (the entry’s own order: its first is its main one)', () => {
    const disagreements = entries.flatMap(({ file, slug, data }) => {
      const placed = categoriesPlacedFor(slug, data);
      const same = placed.length === data.categories.length && placed.every((name) => data.categories.includes(name));
      return same ? [] : [`${file}: [${data.categories.join(', ')}], the rules say [${placed.join(', ')}]`];
    });
    expect(disagreements).toEqual([]);
  });

  it('are all in the list of categories, none retired, and every category has entries', () => {
    const names = new Set(CATEGORY_RULES.categories.map((category) => category.name));
    const unknown = entries.flatMap(({ file, data }) =>
      data.categories.filter((name) => !names.has(name)).map((name) => `${file}: ${name}`),
    );
    expect(unknown).toEqual([]);
    const used = new Set(entries.flatMap(({ data }) => data.categories));
    expect([...names].filter((name) => !used.has(name))).toEqual([]);
  });
});
