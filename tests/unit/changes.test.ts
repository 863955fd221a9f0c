import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import type { FactHistory } from '../../src/lib/catalogue/fact-history';
import { catalogueChanges, changeFeedItems, groupChangeFeedPaths } from '../../src/lib/site/changes';
import { historyItemId } from '../../src/lib/site/fact-history';
import type { Fee } from '../../src/lib/values/money';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

const fee = (amount: number): Fee => ({ kind: 'paid', price: { amount, currency: 'USD' }, approx: [] });
const commit = (digit: string) => digit.repeat(40);

function withHistory(slug: string, provider: string, history: FactHistory) {
  return { ...sampleInput(slug, { provider }), history };
}

const catalogue = buildCatalogue(
  [
    withHistory('alpha', 'Provider One', {
      events: [
        { date: '2026-03-04', commit: commit('a'), changes: [{ fact: 'fee', from: fee(300), to: fee(330) }] },
        { date: '2026-01-02', commit: commit('b'), added: true, changes: [] },
      ],
      unreadable: 0,
    }),
    withHistory('beta', 'Provider Two', {
      events: [{ date: '2026-03-04', commit: commit('c'), added: true, changes: [] }],
      unreadable: 0,
    }),
    sampleInput('gamma', { provider: 'Provider Two' }),
  ],
  { today: SAMPLE_TODAY },
);

describe('catalogueChanges', () => {
  it('lists every history item of the catalogue, newest first, by title within a day', () => {
    const changes = catalogueChanges(catalogue.certifications, undefined);
    expect(changes.map(({ date, slug, lines }) => [date, slug, lines])).toEqual([
      ['2026-03-04', 'alpha', ['Fee: $300 → $330']],
      ['2026-03-04', 'beta', ['Added to the catalogue']],
      ['2026-01-02', 'alpha', ['Added to the catalogue']],
    ]);
    expect(changes[0]?.provider).toBe('Provider One');
  });
});

describe('changeFeedItems', () => {
  it('links each item to its place in the certification page’s history, newest first, up to the count', () => {
    const items = changeFeedItems(
      catalogueChanges(catalogue.certifications, undefined),
      (slug) => `https://x.org/${slug}/`,
      2,
    );
    expect(items.map(({ title, link }) => [title, link])).toEqual([
      ['alpha: Fee: $300 → $330', `https://x.org/alpha/#${historyItemId(commit('a'))}`],
      ['beta: Added to the catalogue', `https://x.org/beta/#${historyItemId(commit('c'))}`],
    ]);
    expect(items[0]?.pubDate.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });
});

describe('groupChangeFeedPaths', () => {
  it('gives each provider its own changes, keyed by them', () => {
    const paths = groupChangeFeedPaths(catalogue.providers, undefined);
    expect(paths.map(({ params, props }) => [params.slug, props.name, props.changes.map(({ slug }) => slug)])).toEqual([
      ['provider-one', 'Provider One', ['alpha', 'alpha']],
      ['provider-two', 'Provider Two', ['beta']],
    ]);
    expect(new Set(paths.map(({ cacheKey }) => cacheKey)).size).toBe(2);
  });
});
