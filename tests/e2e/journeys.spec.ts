import { expect, test } from '@playwright/test';
import { BASE_PATH_TAG } from '../support/tiers';

test(
  'a student goes from the home page to a category, a certification and its official page',
  BASE_PATH_TAG,
  async ({ page }) => {
    await page.route('https://aws.amazon.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<title>Official AWS page</title><h1>Official AWS page</h1>',
      }),
    );
    await page.goto('./');
    await page
      .getByRole('region', { name: 'Browse by category' })
      .getByRole('link', { name: /^Machine Learning \(\d+\s*certifications?\s*\)$/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Machine Learning certifications' })).toBeVisible();

    await page.getByRole('link', { name: 'AWS Certified Machine Learning – Specialty' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'AWS Certified Machine Learning – Specialty' }),
    ).toBeVisible();

    const official = page.getByRole('link', { name: /Official certification page/ });
    await expect(official).toHaveAttribute(
      'href',
      'https://aws.amazon.com/certification/certified-machine-learning-specialty/',
    );
    await expect(official).toHaveAttribute('rel', 'noopener noreferrer');
    await official.click();
    await expect(page).toHaveURL('https://aws.amazon.com/certification/certified-machine-learning-specialty/');
    await expect(page.getByRole('heading', { name: 'Official AWS page' })).toBeVisible();
  },
);

test('the keyboard reaches the skip link first, then the search box and the main navigation', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.goto('./');
  // The skip link, the site's name, then the search box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search certifications', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All certifications' }),
  ).toBeFocused();
});

test('breadcrumbs lead back from a certification to its category', async ({ page }) => {
  await page.goto('certified-kubernetes-administrator/');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('Certified Kubernetes Administrator (CKA)');
  await breadcrumb.getByRole('link', { name: 'Kubernetes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes certifications' })).toBeVisible();
});
