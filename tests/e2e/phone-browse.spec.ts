/**
 * Browsing on a phone: results first, the filters in a dialog that works from the keyboard; long
 * facets with the common options first, "Show all" and a box to find one; the exam language and kind
 * facets counting what the files say. On a wide screen the facets stay beside the results.
 */
import { expect, test, type Page } from '@playwright/test';
import { termSlug } from '../../src/lib/text/slug';
import { facet, openBrowser, option, resultCount, summary, titlesWhere } from '../support/browse';

const PHONE = { width: 390, height: 844 };
const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('article');

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the first screen shows the count and the first result, the facets wait behind "Filters"', async ({ page }) => {
    await openBrowser(page);
    const first = await results(page).first().boundingBox();
    expect(first!.y).toBeLessThan(PHONE.height - 100);
    await expect(summary(page)).toBeInViewport();
    await expect(facet(page, 'Category')).toBeHidden();
  });

  test('the filters dialog works from the keyboard: focus inside, ticking applies, Escape closes', async ({ page }) => {
    await openBrowser(page);
    const all = await resultCount(page);
    const opener = page.getByRole('button', { name: 'Filters', exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Filters' });
    await expect(dialog).toBeVisible();
    // The page behind is inert: focus stays in the dialog however far it goes.
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    const cloud = option(page, 'Category', 'Cloud');
    await cloud.focus();
    await page.keyboard.press('Space');
    const expected = titlesWhere((front) =>
      (front.categories as string[]).some((name) => termSlug(String(name)) === 'cloud'),
    ).length;
    await expect(dialog.getByText(`${expected} certifications`, { exact: true })).toBeVisible();
    expect(expected).toBeLessThan(all);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The button now says how many filters apply, and has the focus back.
    await expect(page.getByRole('button', { name: 'Filters, 1 applied' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Remove filter: Cloud' })).toBeVisible();
    await expect(summary(page)).toHaveText(new RegExp(`^${expected} certifications`));
    await expect(page).toHaveURL(/\?category=cloud$/);
  });
});

test.describe('the header on a phone', () => {
  test.use({ viewport: PHONE });

  test('is one line of controls; the search and the menu open below it, the search focused', async ({ page }) => {
    await page.goto('isc2-cissp/');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await header.getByText('Menu').click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(6);
    await expect(page.getByLabel('Colour theme')).toBeVisible();
    await header.getByText('Menu').click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search certifications', { exact: true })).toBeFocused();
  });
});

test('on a wide screen the facets stay beside the results, with no Filters button', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openBrowser(page);
  await expect(facet(page, 'Category')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
  const facets = await facet(page, 'Category').boundingBox();
  const first = await results(page).first().boundingBox();
  expect(facets!.x + facets!.width).toBeLessThanOrEqual(first!.x);
});

test('a long facet shows its most common options first, the rest behind "Show all", and finds one by name', async ({
  page,
}) => {
  await openBrowser(page);
  const providers = facet(page, 'Provider');
  const shown = providers.getByRole('checkbox');
  await expect(shown).toHaveCount(8);
  const counts = await providers
    .locator('li:visible [data-count]')
    .allTextContents()
    .then((texts) => texts.map((text) => Number(/\d+/.exec(text)?.[0])));
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  const showAll = providers.getByRole('button', { name: /^Show all \d+$/ });
  const total = Number(/\d+/.exec((await showAll.textContent()) ?? '')?.[0]);
  await showAll.click();
  await expect(shown).toHaveCount(total);
  await providers.getByRole('button', { name: 'Show fewer' }).click();
  await expect(shown).toHaveCount(8);
  // Ticking keeps the order and what is shown: nothing moves under the student's finger.
  const before = await providers.locator('li:visible [data-label]').allTextContents();
  await shown.nth(3).check();
  await expect(summary(page)).not.toHaveText(/^703/);
  expect(await providers.locator('li:visible [data-label]').allTextContents()).toEqual(before);
  const finder = providers.getByRole('searchbox', { name: 'Find provider options' });
  await finder.fill('micro');
  await expect(providers.locator('li:visible [data-label]')).toHaveText(['Microsoft']);
  await finder.fill('<img src=x onerror=alert(1)>');
  await expect(providers.locator('li:visible')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(finder).toHaveValue('<img src=x onerror=alert(1)>');
});

test('the exam language and kind facets count what the files say', async ({ page }) => {
  await openBrowser(page);
  const japanese = titlesWhere((front) =>
    ((front.languages as string[] | undefined) ?? []).some((language) => termSlug(String(language)) === 'japanese'),
  );
  const languages = facet(page, 'Exam language');
  await languages.getByRole('searchbox').fill('japanese');
  await option(page, 'Exam language', 'Japanese').check();
  await expect(summary(page)).toHaveText(new RegExp(`^${japanese.length} certifications`));
  await expect(page).toHaveURL(/\?language=japanese$/);
  await option(page, 'Exam language', 'Japanese').uncheck();
  const papers = titlesWhere((front) => front.kind === 'paper');
  expect(papers.length).toBeGreaterThan(1);
  await option(page, 'Kind', 'Paper').check();
  await expect(summary(page)).toHaveText(new RegExp(`^${papers.length} certifications`));
});
