/**
 * The quick tier's browser stage (`npm test`): every page type of the edge-case build opens under the
 * real Content-Security-Policy with its heading, no console error, no page error and no CSP violation;
 * the pages drawn by scripts (browse, compare, the guide) draw. The full tier (`npm run test:full`) tests all of it
 * in depth, on the catalogue.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGE_TYPES = [
  { name: 'home', path: '', heading: /Cert Compass|certification/i },
  { name: 'certification', path: 'a-very-long-title/', heading: /^Certified Professional in Large-Scale/ },
  { name: 'category index', path: 'categories/', heading: 'Categories' },
  { name: 'category', path: 'categories/cloud/', heading: 'Cloud certifications' },
  { name: 'provider index', path: 'providers/', heading: 'Providers' },
  { name: 'level', path: 'levels/beginner/', heading: /Beginner/ },
  { name: 'map', path: 'map/', heading: /map/i },
  { name: 'role index', path: 'roles/', heading: 'Roles' },
  { name: 'role', path: 'roles/software-developer/', heading: 'Software developer' },
  { name: 'my plan', path: 'my-plan/', heading: 'My plan' },
  { name: 'not found', path: 'no-such-page/', heading: /not found|no page/i },
] as const;

/** Collects what a page says went wrong: console errors, page errors and CSP violations. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 404 page's own status is logged by Chromium as a console error; that one is expected.
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`),
    );
  });
  return problems;
}

for (const { name, path, heading } of PAGE_TYPES) {
  test(`the ${name} page opens with its heading and no error`, async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('the browse page draws its results and filters them', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('certifications/');
  const summary = page.getByRole('status').filter({ hasText: /certification/ });
  await expect(summary).toHaveText(/^\d+ certifications?/);
  await page.goto('certifications/?level=expert');
  await expect(summary).toHaveText(/^1 certification\b/);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('article')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('the compare page draws its table from the data files', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('compare/?ids=a-very-long-title,only-required-fields');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('the guide ranks a shortlist from its index', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('guide/?role=software-developer&stage=some');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which certification next?');
  await expect(page.locator('.shortlist > li').first()).toBeVisible();
  expect(problems).toEqual([]);
});
