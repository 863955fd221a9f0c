/**
 * The relevance set (tests/support/relevance-set.ts) through the header's search box, in the browser,
 * on the built catalogue; and the browse page giving the same order as the box for the same query.
 */
import { expect, test, type Page } from '@playwright/test';
import { RELEVANCE_SET, TOP } from '../support/relevance-set';

function box(page: Page) {
  return page.getByRole('combobox', { name: 'Search certifications' });
}

/** Opens the home page and the search box, which becomes a combobox once its script is loaded. */
async function openBox(page: Page): Promise<void> {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
}

/** The slugs the search box lists for `query`, once the pages' text has joined the names and codes. */
async function boxSlugs(page: Page, query: string): Promise<string[]> {
  await box(page).fill(query);
  const listbox = page.locator(`#site-search-results[data-query="${query.trim().replace(/["\\]/g, '\\$&')}"]`);
  await expect(listbox).toHaveAttribute('aria-busy', 'false');
  const urls = await listbox
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset.url ?? ''));
  return urls.map((url) => url.replace(/\/$/, '').split('/').pop() ?? '');
}

test('every query of the relevance set shows its certifications in the first three results', async ({ page }) => {
  await openBox(page);
  // The box's own answers, in its order, for every query at once (drawing them is tested below and in
  // search.spec.ts; fifty queries typed one by one would wait for each pause in typing).
  const answers = await page.evaluate(
    async (queries) => {
      const box = document.querySelector('site-search') as HTMLElement & { results(query: string): Promise<string[]> };
      const found: string[][] = [];
      for (const query of queries) found.push(await box.results(query));
      return found;
    },
    RELEVANCE_SET.map(({ query }) => query),
  );
  const misses = RELEVANCE_SET.flatMap(({ query, expected }, position) => {
    const top = answers[position]!.slice(0, TOP);
    const missing = expected.filter((slug) => !top.includes(slug));
    return missing.length > 0 ? [`"${query}": ${missing.join(', ')} not in ${top.join(', ')}`] : [];
  });
  expect(misses, misses.join('\n')).toEqual([]);
  // The list the box draws agrees with those answers.
  const [first] = RELEVANCE_SET;
  expect((await boxSlugs(page, first!.query)).slice(0, TOP)).toEqual(answers[0]!.slice(0, TOP));
});

test('a result shows the provider and the exam code beside the title, and a retired one says so', async ({ page }) => {
  await openBox(page);
  await boxSlugs(page, 'MLS-C01');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first.locator('.search-title')).toHaveText('AWS Certified Machine Learning – Specialty');
  await expect(first.locator('.search-summary')).toHaveText('Amazon Web Services (AWS) · MLS-C01 · Retired');
});

test('an excerpt never glues the byline words together', async ({ page }) => {
  await openBox(page);
  await boxSlugs(page, 'SAS Institute');
  const excerpts = await page.locator('#site-search-results .search-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Institute(Beginner|Intermediate|Advanced|Expert)/);
});

test('the browse page gives the same order as the search box for the same query', async ({ page }) => {
  for (const query of ['security plus', 'aws machine learning specialty']) {
    await openBox(page);
    const inBox = await boxSlugs(page, query);
    expect(inBox.length, query).toBeGreaterThan(1);
    await page.goto(`certifications/?q=${encodeURIComponent(query)}`);
    const cards = page
      .getByRole('region', { name: 'Results' })
      .getByRole('article')
      .getByRole('heading')
      .getByRole('link');
    await expect
      .poll(
        async () =>
          (await cards.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname)))
            .slice(0, inBox.length)
            .map((pathname) => pathname.replace(/\/$/, '').split('/').pop()),
        { message: query },
      )
      .toEqual(inBox);
  }
});
