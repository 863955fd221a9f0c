/**
 * Paper: the certification page and the compare page print their facts and the official link as an
 * address, without what only works on a screen (navigation, search, theme, compare buttons, tray, the
 * "My plan" control).
 */
import { expect, test, type Page } from '@playwright/test';

const SCREEN_ONLY = [
  '.site-header nav',
  '.site-search',
  '.theme-picker',
  '.compare-toggle',
  '.plan-control',
  '.compare-bar',
];

async function hiddenOnPaper(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const selector of SCREEN_ONLY) {
    for (const element of await page.locator(selector).all()) {
      if (await element.isVisible()) shown.push(selector);
    }
  }
  return shown;
}

test('a certification page prints its facts and the official address, not the screen’s controls', async ({ page }) => {
  await page.goto('isc2-cissp/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await hiddenOnPaper(page)).toEqual([]);
  await expect(page.getByRole('region', { name: 'Key facts' })).toBeVisible();
  const official = page.getByRole('link', { name: /Official certification page/ });
  const href = await official.getAttribute('href');
  const printed = await official.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toBe(`" (${href})"`);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('the compare page prints the table without its controls', async ({ page }) => {
  await page.goto('compare/?ids=isc2-cissp,comptia-security-plus');
  await expect(page.locator('table[data-table] tbody tr').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await hiddenOnPaper(page)).toEqual([]);
  await expect(page.locator('table[data-table]')).toBeVisible();
});
