import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { feedItems } from '../../src/lib/site/feed';
import { sampleInput, checkedOn, SAMPLE_TODAY } from '../support/sample';

const pageUrl = (slug: string) => `https://certs.example.org/${slug}/`;

describe('the RSS feed', () => {
  const catalogue = buildCatalogue(
    [
      { ...sampleInput('added-late', { fee: '$150', level: 'Advanced' }), addedDate: '2026-11-30' },
      { ...sampleInput('reverified', { ...checkedOn('2026-11-20'), fee: 'Free' }), addedDate: '2026-01-05' },
      { ...sampleInput('old', checkedOn('2025-01-01')), addedDate: '2025-01-01' },
      sampleInput('undated'),
    ],
    { today: SAMPLE_TODAY },
  );
  const items = feedItems(catalogue.certifications, pageUrl, 'INR');

  it('lists what was added or re-verified, newest first, leaving out what has no date', () => {
    expect(items.map((item) => [item.title, item.pubDate.toISOString().slice(0, 10)])).toEqual([
      ['added-late', '2026-11-30'],
      ['reverified', '2026-11-20'],
      ['old', '2025-01-01'],
    ]);
  });

  it('says which it was, with the level and the fee in both currencies', () => {
    expect(items[0]?.description).toMatch(
      /^Added on 2026-11-30\. Advanced · \$150, ≈ ₹13,275 \(rates of \d{4}-\d{2}-\d{2}\) · Sample Org\. A sample\.$/,
    );
    expect(items[1]?.description).toMatch(/^Facts re-verified on 2026-11-20\. Beginner · Free · Sample Org\./);
    expect(items[0]).toMatchObject({ link: 'https://certs.example.org/added-late/', categories: ['Cloud'] });
  });

  it('holds at most the number asked for', () => {
    expect(feedItems(catalogue.certifications, pageUrl, 'INR', 2)).toHaveLength(2);
  });
});
