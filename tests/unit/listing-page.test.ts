import { describe, expect, it } from 'vitest';
import { listingPage } from '../../src/lib/site/listing-page';
import { absoluteUrl, paths } from '../../src/lib/site/routes';

const pageUrl = (pageNumber: number) => paths.category('cloud', pageNumber);

describe('listingPage', () => {
  it('numbers a paginated listing in its title and says which certifications it shows', () => {
    const listing = listingPage(
      'categories',
      'Cloud certifications',
      { currentPage: 2, lastPage: 3, start: 12, end: 23, total: 30 },
      pageUrl,
    );
    expect(listing.title).toBe('Cloud certifications (page 2 of 3)');
    expect(listing.path).toBe(paths.category('cloud', 2));
    expect(listing.summary).toBe('Showing 13–24 of 30 certifications.');
  });

  it('counts a single page plainly', () => {
    const listing = listingPage(
      'categories',
      'Cloud certifications',
      { currentPage: 1, lastPage: 1, start: 0, end: 0, total: 1 },
      pageUrl,
    );
    expect(listing.title).toBe('Cloud certifications');
    expect(listing.summary).toBe('1 certification.');
  });

  it('leads the crumbs through its section, the listing itself as the current page', () => {
    const listing = listingPage(
      'levels',
      'Expert certifications',
      { currentPage: 2, lastPage: 2, start: 12, end: 13, total: 14 },
      (n) => paths.level('expert', n),
    );
    expect(listing.crumbs).toEqual([
      { name: 'Home', href: paths.home() },
      { name: 'Levels', href: paths.levels() },
      { name: 'Expert certifications' },
    ]);
    const items = listing.structuredData[0]?.itemListElement as { item: string }[];
    expect(items.map((item) => item.item)).toEqual([
      absoluteUrl(paths.home()),
      absoluteUrl(paths.levels()),
      absoluteUrl(paths.level('expert')),
    ]);
  });
});
