import { expect, test } from '@playwright/test';
import { catalogueFiles } from '../support/catalogue-files';
import { factValue } from '../support/facts';
import { sitemapUrls } from '../support/sitemap';

const files = catalogueFiles();

test.describe('every page type renders', () => {
  test('home shows the categories, the levels, a few recently verified cards and the way to all of them', async ({
    page,
  }) => {
    const response = await page.goto('./');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const verified = files
      .map(({ frontMatter }) => String(frontMatter.last_verified ?? ''))
      .sort()
      .reverse();
    await expect(page.getByRole('region', { name: 'Recently verified' }).getByRole('article')).toHaveCount(
      Math.min(6, verified.filter(Boolean).length),
    );
    await page.getByRole('link', { name: `Browse and filter all ${files.length} certifications` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All certifications' })).toBeVisible();
    await page.goBack();
    const card = page.getByRole('article').first();
    for (const term of ['Fee', 'Duration', 'Validity'])
      await expect(card.getByText(term, { exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Browse by category' }).getByRole('link')).not.toHaveCount(0);
  });

  test('categories index links to each category with its count', async ({ page }) => {
    await page.goto('categories/');
    await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
    const cloud = page.getByRole('link', { name: /^Cloud \(\d+\s*certifications?\s*\)$/ });
    const count = Number((await cloud.textContent())?.match(/\((\d+)/)?.[1]);
    const cloudFiles = files.filter(({ frontMatter }) =>
      (frontMatter.categories as string[]).some((name) => name.toLowerCase() === 'cloud'),
    );
    expect(count).toBe(cloudFiles.length);
  });

  test('a category pages its certifications with working pagination', async ({ page }) => {
    await page.goto('categories/cloud/');
    await expect(page.getByRole('heading', { level: 1, name: 'Cloud certifications' })).toBeVisible();
    const firstPage = await page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
    expect(firstPage.length).toBeGreaterThan(0);
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('1');
    await pagination.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/categories\/cloud\/2\/$/);
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('2');
    const secondPage = await page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await pagination.getByRole('link', { name: 'Previous' }).click();
    await expect(page).toHaveURL(/categories\/cloud\/$/);
  });

  test('providers index and a provider page', async ({ page }) => {
    await page.goto('providers/');
    await expect(page.getByRole('heading', { level: 1, name: 'Providers' })).toBeVisible();
    await page.getByRole('link', { name: /^ISC2 \(\d+\s*certifications?\s*\)$/ }).click();
    await expect(page).toHaveURL(/providers\/isc2\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ISC2 certifications' })).toBeVisible();
    const isc2Files = files.filter(({ frontMatter }) => frontMatter.provider === 'ISC2');
    await expect(page.locator('article.card')).toHaveCount(isc2Files.length);
  });

  test('levels index and a level page', async ({ page }) => {
    await page.goto('levels/');
    for (const level of ['Beginner', 'Intermediate', 'Advanced', 'Expert']) {
      await expect(page.getByRole('heading', { level: 2, name: level })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Expert', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Expert certifications' })).toBeVisible();
    const expertFiles = files.filter(({ frontMatter }) => String(frontMatter.level).toLowerCase() === 'expert');
    // A listing shows twelve a page, and says how many there are in all.
    await expect(page.locator('article.card')).toHaveCount(Math.min(12, expertFiles.length));
    expect(expertFiles.length).toBeGreaterThan(12);
    await expect(page.getByText(`Showing 1–12 of ${expertFiles.length} certifications.`)).toBeVisible();
    expect(new Set(await page.locator('article.card .level').allTextContents())).toEqual(new Set(['Expert']));
  });

  test('a certification page shows its facts, categories and related certifications', async ({ page }) => {
    await page.goto('isc2-cissp/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('CISSP');
    const facts = page.locator('dl.facts');
    for (const term of [
      'Provider',
      'Level',
      'Exam fee',
      'Questions',
      'Duration',
      'Delivery',
      'Validity',
      'Status',
      'Checked against the official page',
    ]) {
      await expect(facts.getByText(term, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Related certifications' })).toBeVisible();
    await expect(page.locator('aside article.card')).not.toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }),
    ).toBeVisible();
  });

  test('a retired certification says so, with its date', async ({ page }) => {
    await page.goto('microsoft-certified-azure-data-engineer-associate/');
    await expect(page.getByRole('note').first()).toContainText('This certification was retired on 31 March 2025');
    await expect(factValue(page, 'Status')).toHaveText('Retired on 31 March 2025');
  });

  test('the 404 page answers unknown addresses with status 404 and ways back', async ({ page }) => {
    const response = await page.goto('no-such-certification/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: /^Cloud \(\d+\s*certifications?\s*\)$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cloud certifications' })).toBeVisible();
  });

  test('robots.txt points to a sitemap that lists every certification', async ({ request, baseURL }) => {
    const robots = await (await request.get('robots.txt')).text();
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    const basePath = new URL(baseURL!).pathname;
    expect(sitemapUrl).toBe(`https://certs.example.org${basePath}sitemap-index.xml`);
    const urls = await sitemapUrls(request, baseURL!);
    for (const { slug } of files) expect(urls).toContain(`https://certs.example.org${basePath}${slug}/`);
    expect(urls.every((url) => url.startsWith(`https://certs.example.org${basePath}`))).toBe(true);
    expect(urls.some((url) => url.includes('404'))).toBe(false);
  });
});
