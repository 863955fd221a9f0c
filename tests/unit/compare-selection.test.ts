import { describe, expect, it } from 'vitest';
import { compareQuery, parseIds, parseStored, toggled } from '../../src/lib/compare/selection';

describe('parseIds', () => {
  it('keeps the first four slugs, in order, without repeats, and reports the rest', () => {
    expect(parseIds(' a , b,a,c,d,e,f ')).toEqual({ slugs: ['a', 'b', 'c', 'd'], invalid: [], dropped: ['e', 'f'] });
  });

  it('sets aside what is not a slug, hostile text included, without looking it up', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(parseIds(`isc2-cissp,${hostile},../etc/passwd,AWS`)).toEqual({
      slugs: ['isc2-cissp'],
      invalid: [hostile, '../etc/passwd', 'AWS'],
      dropped: [],
    });
  });
});

describe('parseStored', () => {
  it('reads what the site stored', () => {
    expect(parseStored('[{"slug":"a","title":"A"},{"slug":"b","title":"B"}]')).toEqual([
      { slug: 'a', title: 'A' },
      { slug: 'b', title: 'B' },
    ]);
  });

  it.each([
    ['nothing', null],
    ['broken JSON', '[{'],
    ['an object', '{"slug":"a"}'],
    ['a bad slug', '[{"slug":"<script>","title":"x"}]'],
  ])('gives an empty selection for %s', (_case, text) => {
    expect(parseStored(text)).toEqual([]);
  });

  it('drops repeats and what is past four, and uses the slug when the title is missing', () => {
    const stored = JSON.stringify(['a', 'a', 'b', 'c', 'd', 'e'].map((slug) => ({ slug })));
    expect(parseStored(stored).map(({ slug, title }) => `${slug}:${title}`)).toEqual(['a:a', 'b:b', 'c:c', 'd:d']);
  });
});

describe('toggled', () => {
  const picked = ['a', 'b', 'c', 'd'].map((slug) => ({ slug, title: slug.toUpperCase() }));

  it('adds, removes, and refuses a fifth', () => {
    expect(toggled([], { slug: 'a', title: 'A' })).toEqual({ selection: [{ slug: 'a', title: 'A' }], full: false });
    expect(toggled(picked, { slug: 'b', title: 'B' }).selection.map(({ slug }) => slug)).toEqual(['a', 'c', 'd']);
    expect(toggled(picked, { slug: 'e', title: 'E' })).toEqual({ selection: picked, full: true });
  });
});

describe('compareQuery', () => {
  it('names the ids and the view', () => {
    expect(compareQuery(['a', 'b'])).toBe('?ids=a,b');
    expect(compareQuery(['a', 'b'], 'plan')).toBe('?ids=a,b&view=plan');
    expect(compareQuery([])).toBe('');
  });
});
