/**
 * The relevance set (tests/support/relevance-set.ts) against the ranking, over search documents built
 * from the catalogue's files as the build builds them: a failing query shows here in a second, without
 * a build or a browser (tests/e2e/search-relevance.spec.ts runs the same set on the built site).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { createSearch } from '../../src/lib/search/ranking';
import { searchDocuments } from '../../src/lib/site/search-documents';
import { checkedCatalogue } from '../support/catalogue-files';
import { RELEVANCE_SET, TOP } from '../support/relevance-set';
import { TEST_TODAY } from '../support/sites';

const catalogue = buildCatalogue(
  checkedCatalogue().map(({ slug, data, file }) => ({ slug, data, filePath: file })),
  { today: TEST_TODAY },
);
const search = createSearch(searchDocuments(catalogue));

describe('the relevance set, against the catalogue', () => {
  it('names certifications that exist', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(40);
    const missing = RELEVANCE_SET.flatMap(({ expected }) => expected).filter((slug) => !catalogue.bySlug.has(slug));
    expect(missing).toEqual([]);
  });

  it.each(RELEVANCE_SET)('"$query" ($kind) shows $expected in the first results', ({ query, expected }) => {
    const top = search
      .rank(query)
      .slice(0, TOP)
      .map(({ document }) => document.slug);
    for (const slug of expected) expect(top, `${query} → ${top.join(', ')}`).toContain(slug);
  });
});
