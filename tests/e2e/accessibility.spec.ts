/**
 * axe-core on every page of the built catalogue (every sitemap URL and the 404 page) and of the
 * edge-case build, in the light and the dark colour scheme, with WCAG 2.0/2.1/2.2 A and AA rules and
 * best practices: zero violations. Pages run under the real CSP (served with `_headers`); a CSP
 * violation or console error on the way fails too. The catalogue is split in shards so both workers
 * share it; each page is loaded once and checked in both schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from '../support/sites';
import { sitemapPaths } from '../support/sitemap';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const SHARDS = { root: 2, edge: 1 } as const;

/** Problems axe finds on the page as it is now. Legacy mode runs axe in the page itself: the site has no iframes to merge. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}

for (const [site, shardCount] of Object.entries(SHARDS) as [keyof typeof SHARDS, number][]) {
  for (let shard = 0; shard < shardCount; shard += 1) {
    test(`axe finds nothing on ${site === 'root' ? 'catalogue' : 'edge-case'} pages, light and dark (shard ${shard + 1} of ${shardCount})`, async ({ page, request }) => {
      test.setTimeout(600_000);
      const baseURL = siteUrl(site);
      const allPaths = [...(await sitemapPaths(request, baseURL)), 'no-such-page/'];
      const paths = allPaths.filter((_, index) => index % shardCount === shard);
      const problems: string[] = [];
      let current = '';
      page.on('console', (message) => {
        // The 404 page's own status is logged as a console error by Chromium; that one is expected.
        if (message.type() === 'error' && !(current === 'no-such-page/' && message.text().includes('404'))) problems.push(`/${current}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`/${current}: page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`));
      });
      for (const path of paths) {
        current = path;
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(baseURL + path);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const violation of await axeViolations(page)) problems.push(`/${path} (${scheme}): ${violation}`);
        }
      }
      console.log(`axe on ${paths.length} of ${allPaths.length} ${site} pages, light and dark: ${problems.length} problems`);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}
