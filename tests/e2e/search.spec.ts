/** The search box in every page's header: a shortcut, results as you type, the keyboard all the way. */
import { expect, test, type Page } from '@playwright/test';
import { allResultTitles, summary } from '../support/browse';
import { catalogueFiles } from '../support/catalogue-files';
import { BASE_PATH_TAG } from '../support/tiers';

function box(page: Page) {
  return page.getByRole('combobox', { name: 'Search certifications' });
}

function results(page: Page) {
  return page.getByRole('listbox', { name: 'Search results' });
}

test(
  '"/" focuses the search box, an exam code finds its certification, Enter opens it',
  BASE_PATH_TAG,
  async ({ page }) => {
    const file = catalogueFiles().find(({ frontMatter }) => frontMatter.exam_code === 'SAA-C03');
    expect(file).toBeDefined();
    await page.goto('categories/');
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search certifications', { exact: true })).toBeFocused();
    await page.keyboard.type('SAA-C03');
    const first = results(page).getByRole('option').first();
    await expect(first).toContainText(String(file?.frontMatter.title));
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${file?.slug}/$`));
  },
);

test('Ctrl+K focuses the box; a skill finds the certifications that teach it, highlighted', async ({ page }) => {
  const skill = 'Feature Engineering';
  // Retired certifications are left out of the browse results unless asked for.
  const teaching = catalogueFiles().filter(
    ({ frontMatter }) =>
      String(frontMatter.skills ?? '')
        .toLowerCase()
        .includes(skill.toLowerCase()) && frontMatter.status !== 'retired',
  );
  expect(teaching.length).toBeGreaterThan(0);
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await page.keyboard.type(skill);
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await expect(results(page).locator('mark').first()).toBeVisible();
  // The box shows the best few; "see all" lists every match, and those teaching the skill are among them.
  await page.getByRole('link', { name: /^See all \d+ results$/ }).click();
  await expect(summary(page)).toHaveText(/^\d+ certifications?/);
  const found = await allResultTitles(page);
  for (const { frontMatter } of teaching) expect(found).toContain(String(frontMatter.title));
});

test(
  'Escape closes the results, and "see all" opens the browse page with the query',
  BASE_PATH_TAG,
  async ({ page }) => {
    await page.goto('levels/');
    await page.keyboard.press('/');
    await page.keyboard.type('cloud');
    await expect(results(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(results(page)).toBeHidden();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.type(' architect');
    const seeAll = page.getByRole('link', { name: /^See all \d+ results$/ });
    await expect(seeAll).toHaveAttribute('href', /q=cloud(\+|%20)architect$/);
    // The count is final once the pages' text has answered too: their excerpts show.
    await expect(
      page.locator('#site-search-results[data-query="cloud architect"] .search-excerpt').first(),
    ).toBeVisible();
    const count = /\d+/.exec((await seeAll.textContent()) ?? '')?.[0];
    await seeAll.click();
    await expect(page).toHaveURL(/certifications\/\?q=cloud(\+|%20)architect$/);
    await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toHaveValue('cloud architect');
    // The browse page lists as many as the link said: retired ones the query does not name are hidden there.
    await expect(page.getByRole('status').filter({ hasText: /certification/ })).toHaveText(
      new RegExp(`^${count} certifications?\\b`),
    );
  },
);

test('a query is text: markup typed into the box is shown, never run', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await page.goto('./');
  await page.keyboard.press('/');
  const hostile = '<img src=x onerror=alert(1)>';
  await page.keyboard.type(hostile);
  const seeAll = page.getByRole('link', { name: /^See all \d+ results$/ });
  await expect(seeAll).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // On a loaded machine a search may run on part of the text before the last keystroke: wait for the whole.
  await expect
    .poll(async () => new URL((await seeAll.getAttribute('href')) ?? '', page.url()).searchParams.get('q'))
    .toBe(hostile);
});

test('content pages load the search only when the student asks for it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/'))
      scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('isc2-cissp/');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => /pagefind|search\./.test(script))).toEqual([]);
  await page.keyboard.press('/');
  await page.keyboard.type('aws');
  await expect(results(page)).toBeVisible();
  // Names and codes answer first; Pagefind follows for the pages' text when typing pauses.
  await expect.poll(() => scripts.some((script) => script.includes('/pagefind/pagefind.js'))).toBe(true);
});
