/**
 * The colour theme: System follows the device, Light and Dark override it, the choice is kept across
 * pages, and a kept choice applies before the first paint (no flash of the other theme). Without
 * JavaScript there is no picker (it could not work), and the page follows the device.
 */
import { expect, test, type Page } from '@playwright/test';
import { THEME_KEY } from '../../src/client/theme';
import { THEME_COLORS } from '../../src/lib/site/theme';

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the picker overrides the device scheme, and the choice is kept on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('isc2-cissp/');
  const picker = page.getByRole('combobox', { name: 'Colour theme' });
  await expect(picker).toHaveValue('system');
  expect(await background(page)).toBe(rgb(THEME_COLORS.light));

  await picker.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(rgb(THEME_COLORS.dark));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Providers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Providers');
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('dark');
  expect(await background(page)).toBe(rgb(THEME_COLORS.dark));

  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background(page)).toBe(rgb(THEME_COLORS.light));
});

test('a kept dark choice is applied before the first frame is painted', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript((key) => {
    localStorage.setItem(key, 'dark');
    requestAnimationFrame(() => {
      (window as { firstFrame?: string }).firstFrame = getComputedStyle(document.body).backgroundColor;
    });
  }, THEME_KEY);
  await page.goto('');
  await page.waitForFunction(() => (window as { firstFrame?: string }).firstFrame !== undefined);
  expect(await page.evaluate(() => (window as { firstFrame?: string }).firstFrame)).toBe(rgb(THEME_COLORS.dark));
});

test('a light choice holds on a dark device', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  expect(await background(page)).toBe(rgb(THEME_COLORS.dark));
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('light');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('light');
  expect(await background(page)).toBe(rgb(THEME_COLORS.light));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no picker, and the page follows the device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeHidden();
    expect(await background(page)).toBe(rgb(THEME_COLORS.dark));
  });
});
