/**
 * Odd but valid content keeps every page type readable on a 320 px wide phone: no horizontal
 * scrolling on one page of each type of the catalogue, browse with filters, compare with three, the
 * map, a role page, the guide with a shortlist and My plan included, once their scripts have drawn them.
 * Every page of the edge-case build (120-character
 * title, unbroken words, Japanese and accented text, an entry with only the required fields) is
 * measured at 320 px by the one visit of tests/e2e/hostile-content.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { factValue } from '../support/facts';
import { siteUrl } from '../support/sites';
import { timeoutForPages } from '../support/timeouts';
import { untilDrawn } from '../support/drawn';
import { sidewaysOverflow } from '../support/overflow';

const CATALOGUE_PAGE_TYPES = [
  '',
  'isc2-cissp/',
  'categories/',
  'categories/cloud/',
  'categories/cloud/2/',
  'providers/',
  'providers/isc2/',
  'levels/',
  'levels/expert/',
  'certifications/',
  'certifications/?level=beginner&fee=free',
  'compare/?ids=isc2-cissp,comptia-security-plus,aws-certified-solutions-architect-associate',
  'map/',
  'roles/cloud-architect/',
  'guide/?role=cloud-architect&stage=some',
  'my-plan/',
  'no-such-page/',
];

test.use({ viewport: { width: 320, height: 640 } });

async function overflowingPaths(page: Page, baseURL: string, paths: string[]): Promise<string[]> {
  test.setTimeout(timeoutForPages(paths.length));
  const overflowing: string[] = [];
  for (const path of paths) {
    await page.goto(baseURL + path);
    // Pages whose scripts draw them are measured once drawn.
    await untilDrawn(page, path);
    const overflow = await sidewaysOverflow(page);
    if (overflow) overflowing.push(`/${path}: ${overflow}`);
  }
  return overflowing;
}

test('no page type of the catalogue scrolls sideways at 320 px', async ({ page }) => {
  expect(await overflowingPaths(page, siteUrl('root'), CATALOGUE_PAGE_TYPES)).toEqual([]);
});

test('the entry with only the required fields says what is not listed', async ({ page }) => {
  await page.goto(`${siteUrl('edge')}only-required-fields/`);
  await expect(factValue(page, 'Exam fee')).toHaveText('Not listed');
  await expect(factValue(page, 'Validity')).toHaveText('Not listed');
  await expect(page.getByRole('region', { name: 'Skills' })).toHaveCount(0);
});

test('Japanese and accented text renders, in titles, terms and slugs', async ({ page }) => {
  await page.goto(`${siteUrl('edge')}ipa-fundamental-information-technology-engineer/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '基本情報技術者試験 (Fundamental Information Technology Engineer Examination)',
  );
  await page.getByRole('region', { name: 'Categories' }).getByRole('link', { name: '情報技術' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('情報技術 certifications');
  await page.goto(`${siteUrl('edge')}categories/`);
  await page.getByRole('link', { name: /^Sécurité/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sécurité certifications');
});
