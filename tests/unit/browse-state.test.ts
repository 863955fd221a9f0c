import { describe, expect, it } from 'vitest';
import { FACETS } from '../../src/lib/browse/facets';
import {
  emptyState,
  isFiltered,
  stateFromUrl,
  toggled,
  urlFromState,
  type KnownOptions,
} from '../../src/lib/browse/state';

const known = Object.fromEntries(FACETS.map((facet) => [facet, new Set<string>()])) as unknown as Record<
  string,
  Set<string>
>;
for (const slug of ['cloud', 'devops']) known.category!.add(slug);
known.level!.add('advanced');
known.provider!.add('amazon-web-services-aws');
known.fee!.add('under-100');
known.delivery!.add('online-proctored');
known.status!.add('retired');
for (const slug of ['within-6-months', 'within-12-months', 'older-or-never']) known.checked!.add(slug);
const options = known as unknown as KnownOptions;

const CONTRACT =
  '?q=kubernetes&category=cloud,devops&level=advanced&provider=amazon-web-services-aws&fee=under-100' +
  '&delivery=online-proctored&sort=fee&page=2';

describe('the browse URL', () => {
  it('reads the public contract into a state', () => {
    const { state, ignored } = stateFromUrl(CONTRACT, options);
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      query: 'kubernetes',
      filters: {
        category: ['cloud', 'devops'],
        level: ['advanced'],
        provider: ['amazon-web-services-aws'],
        kind: [],
        delivery: ['online-proctored'],
        language: [],
        fee: ['under-100'],
        validity: [],
        status: [],
        checked: [],
      },
      sort: 'fee',
      page: 2,
    });
  });

  it('writes a state back to the URL of the contract, parameters in the page’s order of facets', () => {
    const { state } = stateFromUrl(CONTRACT, options);
    const written = urlFromState(state);
    expect(new Set(written.slice(1).split('&'))).toEqual(new Set(CONTRACT.slice(1).split('&')));
    expect(written).toMatch(/^\?q=kubernetes&category=cloud,devops&level=advanced&provider=/);
    expect(stateFromUrl(written, options).state).toEqual(state);
    expect(urlFromState(emptyState())).toBe('');
  });

  it('reads the check facet’s slugs from before its ages as the ages they stand for', () => {
    expect(stateFromUrl('?checked=checked', options).state.filters.checked).toEqual([
      'within-6-months',
      'within-12-months',
    ]);
    expect(stateFromUrl('?checked=not-checked,older-or-never', options).state.filters.checked).toEqual([
      'older-or-never',
    ]);
    expect(stateFromUrl('?checked=checked', options).ignored).toEqual([]);
  });

  it('ignores and reports what it does not know, hostile values included, keeping the rest', () => {
    const { state, ignored } = stateFromUrl(
      '?category=cloud,<img src=x onerror=alert(1)>&sort=cheapest&page=-1&level=wizard',
      options,
    );
    expect(state.filters.category).toEqual(['cloud']);
    expect(state.filters.level).toEqual([]);
    expect(state.sort).toBe('name');
    expect(state.page).toBe(1);
    expect(ignored).toEqual([
      { parameter: 'category', value: '<img src=x onerror=alert(1)>' },
      { parameter: 'level', value: 'wizard' },
      { parameter: 'sort', value: 'cheapest' },
      { parameter: 'page', value: '-1' },
    ]);
  });

  it('sorts by relevance when there is a query, by name otherwise, and refuses relevance without one', () => {
    expect(stateFromUrl('?q=aws', options).state.sort).toBe('relevance');
    expect(stateFromUrl('', options).state.sort).toBe('name');
    expect(stateFromUrl('?sort=relevance', options).ignored).toEqual([{ parameter: 'sort', value: 'relevance' }]);
    expect(urlFromState({ ...emptyState(), query: 'aws', sort: 'relevance' })).toBe('?q=aws');
  });

  it('drops a value written twice and keeps a query to 200 characters', () => {
    const { state } = stateFromUrl(`?category=cloud,cloud&q=${'x'.repeat(300)}`, options);
    expect(state.filters.category).toEqual(['cloud']);
    expect(state.query).toHaveLength(200);
  });
});

describe('toggled', () => {
  it('ticks and unticks an option and goes back to page 1', () => {
    const ticked = toggled({ ...emptyState(), page: 3 }, 'level', 'advanced');
    expect(ticked.filters.level).toEqual(['advanced']);
    expect(ticked.page).toBe(1);
    expect(toggled(ticked, 'level', 'advanced').filters.level).toEqual([]);
    expect(isFiltered(ticked)).toBe(true);
    expect(isFiltered(emptyState())).toBe(false);
  });
});
