/**
 * Under BASE_PATH=/certs/, what scripts draw stays under the base path: the links of every built page
 * are read by tests/gates/links.test.ts (an address outside the base path resolves to no file there);
 * here, the links the browse page and the guide draw in the browser, and below, compare's.
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH_TAG } from '../support/tiers';

/** Every link and source on the page as it is now, resolved against it. */
async function referencesOf(page: Page): Promise<URL[]> {
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('main [href], main [src]')].flatMap((element) =>
      ['href', 'src'].map((name) => element.getAttribute(name)).filter((value): value is string => Boolean(value)),
    ),
  );
  return values.filter((value) => !value.startsWith('#')).map((value) => new URL(value, page.url()));
}

test('no link the browse page or the guide draws escapes the base path', BASE_PATH_TAG, async ({ page, baseURL }) => {
  const base = new URL(baseURL!);
  await page.goto('certifications/?category=cloud');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article').first()).toBeVisible();
  const drawn = await referencesOf(page);
  await page.goto('guide/?role=cloud-architect&stage=some');
  await expect(page.locator('.shortlist > li').first()).toBeVisible();
  drawn.push(...(await referencesOf(page)));
  const onSite = drawn.filter((url) => url.origin === base.origin);
  expect(onSite.length).toBeGreaterThan(20);
  for (const url of onSite) expect(url.pathname.startsWith(base.pathname), url.href).toBe(true);
  for (const url of drawn.filter((url) => url.origin !== base.origin)) expect(url.protocol, url.href).toBe('https:');
});

test(
  'under a base path, compare reads its data, keeps its links and opens the plan',
  BASE_PATH_TAG,
  async ({ page, baseURL }) => {
    await page.goto('isc2-cissp/');
    const addCissp = page.getByRole('button', { name: /^Add to compare: CISSP/ });
    await addCissp.click();
    // The pick is kept once the tray module has loaded and pressed the button; leaving earlier loses it.
    await expect(addCissp).toHaveAttribute('aria-pressed', 'true');
    await page.goto('comptia-security-plus/');
    await page.getByRole('button', { name: 'Add to compare: CompTIA Security+' }).click();
    await page.getByRole('complementary', { name: 'Compare' }).getByRole('link', { name: 'Compare 2' }).click();
    await expect(page).toHaveURL(`${baseURL}compare/?ids=isc2-cissp,comptia-security-plus`);
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
    await expect(page.getByRole('table').getByRole('link', { name: /^CISSP/ })).toHaveAttribute(
      'href',
      '/certs/isc2-cissp/',
    );
    await page.getByRole('button', { name: 'Plan a path' }).click();
    await expect(page).toHaveURL(/\/certs\/compare\/\?ids=isc2-cissp,comptia-security-plus&view=plan$/);
    await expect(page.locator('ol.plan > li')).toHaveCount(2);
  },
);

test(
  'under a base path, the browse page reads its index, filters and links into the base',
  BASE_PATH_TAG,
  async ({ page }) => {
    await page.goto('certifications/?level=expert');
    const results = page.getByRole('region', { name: 'Results' }).getByRole('article');
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /certification/ })).toHaveText(/^\d+ certifications?/);
    const href = await results.first().getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/certs\/[a-z0-9-]+\/$/);
  },
);
