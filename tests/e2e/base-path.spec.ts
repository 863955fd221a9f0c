import { sitemapPaths } from '../support/sitemap';
import { expect, test } from '@playwright/test';

test('no link, asset, canonical or Open Graph URL escapes the base path', async ({ page, request, baseURL }) => {
  test.slow();
  const base = new URL(baseURL!);
  const paths = [...(await sitemapPaths(request, baseURL!)), 'no-such-page/'];
  for (const path of paths) {
    await page.goto(path);
    const references = await page.evaluate(() =>
      [...document.querySelectorAll('[href], [src], [srcset], meta[property="og:url"], link[rel="canonical"]')].flatMap((element) => {
        const values = ['href', 'src', 'content'].map((name) => element.getAttribute(name)).filter((value): value is string => Boolean(value));
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
});
