/**
 * The faceted browser of /certifications/, against the catalogue's own files: what a student ticks
 * gives exactly the certifications the files say, counts tell the truth, the URL is the state.
 */
import { expect, test } from '@playwright/test';
import {
  allResultTitles,
  facet,
  inCategory,
  openBrowser,
  option,
  resultCount,
  resultTitles,
  summary,
  titlesWhere,
} from '../support/browse';
import { catalogueFiles } from '../support/catalogue-files';

const sorted = (titles: string[]) => [...titles].sort((a, b) => a.localeCompare(b));

/**
 * The filtering logic runs once, at the root: a base path changes none of it. Under /certs/ the tests
 * of what does involve addresses run (the URL as state, paging, unknown values, no JavaScript).
 */
const atTheRootOnly = (baseURL: string | undefined) =>
  test.skip(new URL(baseURL!).pathname !== '/', 'filtering logic, the same under any base path');

test('ticking a level and a category gives exactly the certifications the files say', async ({ page }) => {
  await openBrowser(page);
  await option(page, 'Level', 'Advanced').check();
  await option(page, 'Category', 'Cloud').check();
  const expected = titlesWhere(
    (front) => String(front.level).toLowerCase() === 'advanced' && inCategory(front, 'Cloud'),
  );
  expect(expected.length).toBeGreaterThan(1);
  await expect(summary(page)).toHaveText(new RegExp(`^${expected.length} certifications`));
  await expect(page).toHaveURL(/\?category=cloud&level=advanced$/);
  expect(sorted(await allResultTitles(page))).toEqual(sorted(expected));
});

test('two options of one facet add up (OR), and each option’s count is what ticking it gives', async ({
  page,
  baseURL,
}) => {
  atTheRootOnly(baseURL);
  await openBrowser(page, '?category=cloud');
  const levels = facet(page, 'Level').getByRole('checkbox');
  for (const label of ['Beginner', 'Intermediate', 'Advanced', 'Expert']) {
    const box = option(page, 'Level', label);
    const announced = Number(
      /\((\d+)\)/.exec((await box.evaluate((input) => input.closest('label')?.textContent)) ?? '')?.[1],
    );
    if (announced === 0) {
      await expect(box).toBeDisabled();
      continue;
    }
    await box.check();
    await expect.poll(() => resultCount(page)).toBe(announced);
    await box.uncheck();
  }
  await expect(levels).toHaveCount(4);
  await option(page, 'Level', 'Beginner').check();
  const beginner = await resultCount(page);
  await option(page, 'Level', 'Intermediate').check();
  const both = titlesWhere(
    (front) => ['beginner', 'intermediate'].includes(String(front.level).toLowerCase()) && inCategory(front, 'Cloud'),
  );
  await expect.poll(() => resultCount(page)).toBe(both.length);
  expect(both.length).toBeGreaterThan(beginner);
});

test('a shared URL shows the same view, and back and forward walk through the changes', async ({ page, context }) => {
  await openBrowser(page);
  await option(page, 'Level', 'Beginner').check();
  await expect(page).toHaveURL(/level=beginner/);
  const beginnerTitles = await resultTitles(page);
  await option(page, 'Category', 'Cloud').check();
  await expect(page).toHaveURL(/category=cloud&level=beginner/);
  const shared = page.url();
  const cloudTitles = await resultTitles(page);

  const other = await context.newPage();
  await other.goto(shared);
  await expect(option(other, 'Category', 'Cloud')).toBeChecked();
  await expect.poll(() => resultTitles(other)).toEqual(cloudTitles);

  await page.goBack();
  await expect(page).toHaveURL(/\?level=beginner$/);
  await expect(option(page, 'Category', 'Cloud')).not.toBeChecked();
  await expect.poll(() => resultTitles(page)).toEqual(beginnerTitles);
  await page.goForward();
  await expect(option(page, 'Category', 'Cloud')).toBeChecked();
});

test('sorting by fee orders the results from free to the dearest, fees not listed last', async ({ page, baseURL }) => {
  atTheRootOnly(baseURL);
  await openBrowser(page, '?sort=fee');
  const fees = await page.getByRole('region', { name: 'Results' }).locator('[data-slot="fee"]').allTextContents();
  expect(fees.length).toBe(24);
  const amounts = fees.map((fee) =>
    fee === 'Free' ? 0 : fee === 'Not listed' ? Infinity : Number(fee.replace(/[^\d.].*$/, '').replace(/^\D+/, '')),
  );
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  expect(amounts[0]).toBe(0);
});

test('retired certifications are hidden until the student asks for them', async ({ page, baseURL }) => {
  atTheRootOnly(baseURL);
  const notRetired = titlesWhere(() => true).length;
  const retired = catalogueFiles().length - notRetired;
  expect(retired).toBeGreaterThan(0);
  await openBrowser(page);
  await expect(summary(page)).toHaveText(new RegExp(`^${notRetired} certifications`));
  await option(page, 'Status', 'Retired').check();
  await expect.poll(() => resultCount(page)).toBe(retired);
});

test('no match shows how to get results back, and clear all restores every certification', async ({
  page,
  baseURL,
}) => {
  atTheRootOnly(baseURL);
  await openBrowser(page, '?q=zzqxjvw');
  await expect(summary(page)).toHaveText(/No certification matches/);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect.poll(() => resultCount(page)).toBe(titlesWhere(() => true).length);
  await expect(page).toHaveURL(/certifications\/$/);
});

test('a removable chip per active filter', async ({ page, baseURL }) => {
  atTheRootOnly(baseURL);
  await openBrowser(page, '?level=expert&category=security');
  await page.getByRole('button', { name: 'Remove filter: Expert' }).click();
  await expect(page).toHaveURL(/\?category=security$/);
  await expect(option(page, 'Level', 'Expert')).not.toBeChecked();
});

test('values the page does not know are ignored with a visible note, and hostile ones stay text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await openBrowser(
    page,
    `?level=wizard&category=${encodeURIComponent(hostile)}&q=${encodeURIComponent('<script>alert(2)</script>')}`,
  );
  await expect(
    page.getByText(/Ignored what this page does not know: category “<img src=x onerror=alert\(1\)>”, level “wizard”/),
  ).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toHaveValue('<script>alert(2)</script>');
  expect(dialogs).toEqual([]);
});

test('results come in pages, the URL keeping the page', async ({ page }) => {
  await openBrowser(page);
  const first = await resultTitles(page);
  expect(first).toHaveLength(24);
  const pages = page.getByRole('navigation', { name: 'Result pages' });
  // Many pages: the first, the current one and its neighbours, and the last, not every number.
  const last = Math.ceil(titlesWhere(() => true).length / 24);
  expect(await pages.getByRole('link').allTextContents()).toEqual(['1', '2', String(last), 'Next']);
  await pages.getByRole('link', { name: '2', exact: true }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect.poll(async () => (await resultTitles(page)).some((title) => first.includes(title))).toBe(false);
});

test('the whole browser works from the keyboard', async ({ page, baseURL }) => {
  atTheRootOnly(baseURL);
  await openBrowser(page);
  await option(page, 'Level', 'Expert').focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/level=expert/);
  const experts = titlesWhere((front) => String(front.level).toLowerCase() === 'expert');
  await expect.poll(() => resultCount(page)).toBe(experts.length);
  await page.getByRole('combobox', { name: 'Sort by' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/sort=/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the browse page is the complete static list, page by page', async ({ page }) => {
    await page.goto('certifications/');
    await expect(page.getByRole('form', { name: 'Filter certifications' })).toBeHidden();
    await expect(page.getByText(`Showing 1–24 of ${catalogueFiles().length} certifications.`)).toBeVisible();
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/certifications\/2\/$/);
    const total = catalogueFiles().length;
    await expect(page.getByText(`Showing 25–${Math.min(48, total)} of ${total} certifications.`)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(Math.min(24, total - 24));
  });

  test('the header search is a form that opens the browse page with the query', async ({ page }) => {
    await page.goto('isc2-cissp/');
    await page.getByRole('searchbox', { name: 'Search certifications' }).fill('kubernetes');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/certifications\/\?q=kubernetes$/);
  });
});
