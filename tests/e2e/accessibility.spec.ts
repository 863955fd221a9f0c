/**
 * axe-core in the light and the dark colour scheme, with WCAG 2.0/2.1/2.2 A and AA rules and best
 * practices: zero violations. It runs on one page of every type of the catalogue plus a fixed sample
 * of certification pages (tests/support/page-types.ts: the cost stays flat as the catalogue grows;
 * the cheap gates in tests/gates/ read every page), and on every page of the edge-case build. Pages
 * run under the real CSP (served with `_headers`); a CSP violation or console error fails too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { PLAN_STORAGE_KEY, storedPlanText, type PlanEntry } from '../../src/lib/my-plan/plan';
import { catalogueFiles, edgeCaseFiles } from '../support/catalogue-files';
import { pageTypeOf, samplePages } from '../support/page-types';
import { siteUrl } from '../support/sites';
import { sitemapPaths } from '../support/sitemap';
import { PER_PAGE_MS, timeoutForPages } from '../support/timeouts';

// Colours settle at once when the scheme changes (the site's transitions are 0 s under reduced motion):
// axe reads each colour as the page shows it, not halfway through a 120 ms transition.
test.use({ reducedMotion: 'reduce' });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
/**
 * Which pages of each build axe reads: one page of every type of the catalogue and three certification
 * pages (one template: more would only repeat it), leaving out the second and later pages of a listing
 * (the first page's template with other cards); of the edge cases, every page that shows their odd
 * text (hostile strings, a 120-character title, Japanese): the certifications, the listings of their
 * categories and providers, and the role page they lead to. The other pages of the edge build are the
 * catalogue's page types again.
 */
const AXE_CERTIFICATION_SAMPLE = 3;
const PAGES_OF = {
  root: (paths: string[]) =>
    samplePages(paths, AXE_CERTIFICATION_SAMPLE).filter((path) => !pageTypeOf(path).endsWith('page 2+')),
  edge: (paths: string[]) =>
    paths.filter(
      (path) =>
        (['certification', 'listing'].includes(pageTypeOf(path)) && !path.startsWith('levels/')) ||
        path === 'roles/software-developer/',
    ),
} as const;

/**
 * The rules a colour scheme can change the outcome of. The dark scheme changes colours only (the same
 * markup, the same tokens under another palette), so on a page already read in the light scheme the
 * dark one runs these, not all of axe again: half the cost, the same findings.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's script, read once per worker and put into each page the tests read (not a dependency of the site). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Problems axe finds on the page as it is now: every rule of the tags in the light scheme, the colour
 * rules in the dark one. axe goes into the page once per load and runs there for both schemes: putting
 * it in again for each run (as @axe-core/playwright does) cost about 40 % more per page (measured
 * 2026-12-05: 8.7 s against 13.0 s for five pages, light and dark). Like that package's legacy mode,
 * it runs in the top document: the site has no iframes.
 */
async function axeViolations(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = scheme === 'light' ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: COLOUR_RULES };
  const options: RunOptions = { runOnly: runOnly as RunOptions['runOnly'], resultTypes: ['violations'] };
  const violations = await page.evaluate(
    async (runOptions) =>
      (
        await (
          window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }
        ).axe.run(document, runOptions)
      ).violations,
    options,
  );
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

test('axe as run here finds what it should: an image without text, and faint text in the dark', async ({ page }) => {
  await page.goto(siteUrl('root'));
  // Through the DOM and CSSOM, which the page's CSP allows (an inline <style> would be refused).
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.append(Object.assign(document.createElement('img'), { src: 'data:,' }));
    main.append(Object.assign(document.createElement('p'), { className: 'faint-test', textContent: 'Faint' }));
  });
  expect((await axeViolations(page, 'light')).map((text) => text.split(' ')[0])).toContain('image-alt');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.faint-test')!.style.color = '#333';
  });
  expect((await axeViolations(page, 'dark')).map((text) => text.split(' ')[0])).toEqual(['color-contrast']);
});

for (const site of ['root', 'edge'] as const) {
  test(`axe finds nothing on ${site === 'root' ? 'catalogue' : 'edge-case'} pages, light and dark`, async ({
    page,
    request,
  }) => {
    const baseURL = siteUrl(site);
    const allPaths = [...(await sitemapPaths(request, baseURL)), 'no-such-page/'];
    // The sitemap lists every certification: an empty one would leave axe nothing to read.
    expect(allPaths.length).toBeGreaterThan((site === 'root' ? catalogueFiles() : edgeCaseFiles()).length);
    const paths = PAGES_OF[site](allPaths);
    // Two colour schemes of axe per page: a larger share of time for each.
    test.setTimeout(timeoutForPages(paths.length, 3 * PER_PAGE_MS));
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      // The 404 page's own status is logged as a console error by Chromium; that one is expected.
      if (message.type() === 'error' && !(current === 'no-such-page/' && message.text().includes('404')))
        problems.push(`/${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`/${current}: page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`),
      );
    });
    for (const path of paths) {
      current = path;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(baseURL + path);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const violation of await axeViolations(page, scheme)) problems.push(`/${path} (${scheme}): ${violation}`);
      }
    }
    console.log(
      `axe on ${paths.length} of ${allPaths.length} ${site} pages, light and dark: ${problems.length} problems`,
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

/** The states a student reaches by asking for something: axe in both schemes, and no CSP violation on the way. */
const INTERACTIVE_STATES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  {
    name: 'the browse page filtered',
    path: 'certifications/?level=advanced&category=cloud',
    prepare: async (page) => {
      await expect(page.getByRole('status').filter({ hasText: /certification/ })).toHaveText(/\d+ certifications/);
    },
  },
  {
    name: 'the browse page with no result',
    path: 'certifications/?q=zzqxjvw',
    prepare: async (page) => {
      await expect(page.getByRole('status').filter({ hasText: /certification/ })).toHaveText(/No certification/);
    },
  },
  {
    name: 'the compare page with two columns',
    path: 'compare/?ids=aws-certified-machine-learning-specialty,databricks-certified-machine-learning-professional',
    prepare: async (page) => {
      await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
    },
  },
  {
    name: 'the compare page with four columns and only the differences',
    path:
      'compare/?ids=aws-certified-machine-learning-specialty,databricks-certified-machine-learning-professional,' +
      'isc2-cissp,comptia-security-plus',
    prepare: async (page) => {
      await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(5);
      await page.getByRole('checkbox', { name: 'Only differences' }).check();
    },
  },
  {
    name: 'the browse page on a phone with the filters dialog open',
    path: 'certifications/?category=cloud',
    prepare: async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: /^Filters/ }).click();
      await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    },
  },
  {
    name: 'a certification page on a phone with the header menu open',
    path: 'isc2-cissp/',
    prepare: async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('banner').getByText('Menu').click();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    },
  },
  {
    name: 'the guide with a shortlist',
    path: 'guide/?role=cloud-architect&stage=some&budget=20000&currency=INR&hours=6',
    prepare: async (page) => {
      await expect(
        page
          .getByRole('list')
          .filter({ has: page.locator('.suggestion') })
          .getByRole('listitem')
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: 'the plan',
    path: 'compare/?ids=comptia-network-plus,comptia-tech-plus,comptia-a-plus&view=plan',
    prepare: async (page) => {
      await expect(page.locator('ol.plan > li')).toHaveCount(3);
    },
  },
  {
    name: 'a certification page with the compare tray open',
    path: 'isc2-cissp/',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Add to compare: CISSP/ }).click();
      await expect(page.getByRole('complementary', { name: 'Compare' })).toBeVisible();
    },
  },
  {
    name: 'the search box open with results',
    path: 'isc2-cissp/',
    prepare: async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('security');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    },
  },
  // Last: the plan it keeps stays in the page's storage for the states after it.
  {
    // (An unknown certification's note is left out: its API file's 404 is logged as a console error.)
    name: 'my plan with a kept plan: statuses, a passed date, a retired one',
    path: 'my-plan/',
    prepare: async (page) => {
      const entries: PlanEntry[] = [
        { slug: 'cloud-digital-leader', status: 'passed', passedOn: '2025-06-30' },
        { slug: 'isc2-cissp', status: 'preparing' },
        { slug: 'aws-certified-machine-learning-specialty', status: 'planning' },
      ];
      await page.evaluate(({ key, text }) => localStorage.setItem(key, text), {
        key: PLAN_STORAGE_KEY,
        text: storedPlanText(entries),
      });
      await page.reload();
      await expect(page.getByRole('region', { name: 'Certifications' }).getByRole('combobox')).toHaveCount(3);
      await expect(page.getByText('Retired on 31 March 2026')).toBeVisible();
    },
  },
];

test('axe and the CSP find nothing in the interactive states, nor on the browse page without scripts', async ({
  page,
}) => {
  // Each state, and the page without scripts, is checked by axe in two colour schemes.
  test.setTimeout(timeoutForPages(INTERACTIVE_STATES.length + 1, 4 * PER_PAGE_MS));
  const problems: string[] = [];
  const watch = async (target: Page) => {
    target.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${target.url()}: console error: ${message.text()}`);
    });
    target.on('pageerror', (error) => problems.push(`${target.url()}: page error: ${error.message}`));
    await target.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`),
      );
    });
  };
  await watch(page);
  const baseURL = siteUrl('root');
  for (const state of INTERACTIVE_STATES) {
    // Desktop Chrome's size, unless the state asks for a phone's.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(baseURL + state.path);
    await state.prepare?.(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const violation of await axeViolations(page, scheme))
        problems.push(`${state.name} (${scheme}): ${violation}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);

  // As without JavaScript: the site's scripts never load (axe itself still runs in the page). The
  // blocked scripts are reported as console errors, so only axe's findings count here.
  const withoutScripts: string[] = [];
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(`${baseURL}certifications/`);
  await expect(page.getByRole('form', { name: 'Filter certifications' })).toBeHidden();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const violation of await axeViolations(page))
      withoutScripts.push(`no-JavaScript browse page (${scheme}): ${violation}`);
  }
  expect(withoutScripts, withoutScripts.join('\n')).toEqual([]);
});
