/**
 * How fresh the facts are: `/freshness/` counts the current certifications by the age of their check and
 * leads to the browse page filtered on that age, whose cards say the age; the calendars of retirements
 * are announced by the pages they concern and read as iCalendar.
 */
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { openBrowser, resultCount } from '../support/browse';

test('the freshness page counts each age of check and leads to the browse page filtered on it', async ({ page }) => {
  await openBrowser(page);
  const current = await resultCount(page);
  await page.goto('freshness/');
  await expect(page.getByRole('heading', { level: 1, name: 'How fresh are the facts?' })).toBeVisible();
  const rows = page
    .getByRole('table', { name: 'Current certifications by the age of their check' })
    .locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const counts = (await rows.locator('td:first-of-type').allTextContents()).map(Number);
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(current);
  await rows.first().getByRole('link', { name: 'Within 6 months' }).click();
  await expect(page).toHaveURL(/certifications\/\?checked=within-6-months$/);
  await expect(page.getByRole('status').filter({ hasText: /certification/ })).toHaveText(
    new RegExp(`^${counts[0]} certifications?`),
  );
  const cards = page.getByRole('region', { name: 'Results' }).getByRole('article');
  await expect(cards.first()).toContainText('Checked within 6 months');
  for (const text of await cards.locator('[data-slot="checked"]').allTextContents()) {
    expect(text).toBe('Checked within 6 months');
  }
});

test('the retirement calendars are announced by their pages and are iCalendar with shared event ids', async ({
  page,
  request,
}) => {
  const eventsAt = async (href: string) => {
    const response = await request.get(href);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    return calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
    }));
  };
  await page.goto('freshness/');
  const catalogueHref = await page.locator('link[rel="alternate"][type="text/calendar"]').getAttribute('href');
  const catalogueEvents = await eventsAt(catalogueHref!);
  const listed = await page.locator('ul.dated > li').count();
  expect(catalogueEvents).toHaveLength(listed);

  await page.goto('aws-certified-machine-learning-specialty/');
  const ownHref = await page.locator('link[rel="alternate"][type="text/calendar"]').getAttribute('href');
  await expect(page.getByRole('link', { name: 'Add its dates to your calendar' })).toHaveAttribute('href', ownHref!);
  const [own] = await eventsAt(ownHref!);
  expect(own?.summary).toBe('Retirement: AWS Certified Machine Learning – Specialty');
  expect(catalogueEvents).toContainEqual(own);
});
