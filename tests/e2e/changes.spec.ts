/**
 * `/changes/`: the latest changes across the catalogue, newest first, each leading to its place in the
 * certification page's History; the feeds of the whole catalogue and of a provider, announced by the
 * pages they concern.
 */
import { expect, test } from '@playwright/test';

test('the changes page lists the newest changes first and leads to the change on the certification page', async ({
  page,
}) => {
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1, name: 'Recent changes' })).toBeVisible();
  const items = page.locator('ol.changes > li');
  await expect(items).toHaveCount(50);
  const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect([...dates].sort().reverse()).toEqual(dates);
  const first = items.first();
  const lines = await first.locator('li').allTextContents();
  await first.getByRole('link').click();
  const target = page.locator(':target');
  await expect(target).toBeVisible();
  await expect(target.locator('li')).toHaveText(lines);
  await expect(page.getByRole('region', { name: 'History' })).toContainText(lines[0]!);
});

test('the change feeds are RSS, announced on the pages they concern', async ({ page, request }) => {
  const feed = await (await request.get('changes.xml')).text();
  expect(feed).toMatch(/^<\?xml/);
  expect((feed.match(/<item>/g) ?? []).length).toBe(50);
  await page.goto('providers/comptia/');
  const href = await page
    .locator('link[rel="alternate"][type="application/rss+xml"][title*="CompTIA"]')
    .getAttribute('href');
  expect(href).toMatch(/providers\/comptia\/changes\.xml$/);
  const providerFeed = await (await request.get(href!)).text();
  expect(providerFeed).toContain('<title>Cert Compass: recent changes to CompTIA certifications</title>');
  for (const link of providerFeed.matchAll(/<link>([^<]+)<\/link>/g)) expect(link[1]).not.toContain('/aws-');
});
