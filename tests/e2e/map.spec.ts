/** The certification map: categories by level, static HTML and CSS, a list per category on a phone. */
import { expect, test } from '@playwright/test';

test('the original entry’s successor is under Machine Learning, Intermediate; the retired one is not', async ({
  page,
}) => {
  await page.goto('map/');
  await page
    .getByRole('navigation', { name: 'Categories on this map' })
    .getByRole('link', { name: /^Machine Learning \(/ })
    .click();
  const row = page.getByRole('region', { name: 'Machine Learning' });
  await expect(row).toBeVisible();
  const intermediate = row.locator('[data-level="intermediate"]');
  const chip = intermediate.getByRole('link', { name: /^AWS Certified Machine Learning Engineer – Associate/ });
  await expect(chip).toHaveText('AWS Certified Machine Learning Engineer – Associate Amazon Web Services (AWS) · $150');
  // Retired in March 2026: its page stays, the map's grid shows only what can still be earned.
  await expect(row.getByRole('link', { name: /Machine Learning – Specialty/ })).toHaveCount(0);
  await chip.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AWS Certified Machine Learning Engineer – Associate',
  );
});

test('the provider filter is plain links to each provider’s own map', async ({ page }) => {
  await page.goto('map/');
  await page.getByText('Show one provider’s map').click();
  await page.getByRole('link', { name: /^Amazon Web Services \(AWS\) \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/map\/amazon-web-services-aws\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon Web Services (AWS) certification map');
  const metas = await page.locator('.chip-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(5);
  for (const meta of metas) expect(meta).toMatch(/^Amazon Web Services \(AWS\) · /);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('each category is a list with its levels as sub-headings, and nothing scrolls sideways', async ({ page }) => {
    await page.goto('map/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const first = page.locator('.map-row').first();
    const levels = first.getByRole('heading', { level: 3 });
    await expect(levels.first()).toBeVisible();
    await expect(page.locator('.map-head')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map and its pages work the same', async ({ page }) => {
    await page.goto('map/');
    await expect(page.locator('.chip').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/map\/2\/$/);
    await expect(page.locator('.chip').first()).toBeVisible();
  });
});
