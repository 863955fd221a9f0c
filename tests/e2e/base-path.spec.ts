/**
 * Under BASE_PATH=/certs/, no URL of a page leaves the base path: one page of every type and a fixed
 * sample of certifications (every internal link of every page is also resolved by tests/gates/links).
 */
import { expect, test } from '@playwright/test';
import { catalogueFiles } from '../support/catalogue-files';
import { samplePages } from '../support/page-types';
import { sitemapPaths } from '../support/sitemap';
import { BASE_PATH_TAG } from '../support/tiers';
import { timeoutForPages } from '../support/timeouts';

test(
  'no link, asset, canonical or Open Graph URL escapes the base path',
  BASE_PATH_TAG,
  async ({ page, request, baseURL }) => {
    const base = new URL(baseURL!);
    const allPaths = [...(await sitemapPaths(request, baseURL!)), 'no-such-page/'];
    expect(allPaths.length).toBeGreaterThan(catalogueFiles().length);
    const paths = samplePages(allPaths);
    test.setTimeout(timeoutForPages(paths.length));
    for (const path of paths) {
      await page.goto(path);
      const references = await page.evaluate(() =>
        [
          ...document.querySelectorAll('[href], [src], [srcset], meta[property="og:url"], link[rel="canonical"]'),
        ].flatMap((element) => {
          const values = ['href', 'src', 'content']
            .map((name) => element.getAttribute(name))
            .filter((value): value is string => Boolean(value));
          const srcset = element.getAttribute('srcset');
          if (srcset) values.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
          return values;
        }),
      );
      for (const reference of references) {
        if (reference.startsWith('#') || /^(mailto|tel):/.test(reference)) continue;
        const resolved = new URL(reference, page.url());
        const isSite = resolved.origin === base.origin || resolved.origin === 'https://certs.example.org';
        if (isSite) expect(resolved.pathname.startsWith(base.pathname), `${reference} on ${path}`).toBe(true);
        else expect(resolved.protocol, `${reference} on ${path}`).toBe('https:');
      }
    }
  },
);

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
