/**
 * What editors and careful readers see on a certification page: edit and report links to the right
 * file (only when a repository is configured), when the page was last updated, a notice when the
 * facts may be outdated, and exam domains as an accessible table.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { factValue } from '../support/facts';
import { siteUrl, TEST_REPOSITORY_URL } from '../support/sites';

test('"Edit this page" opens the entry’s own file, "Report outdated information" a prefilled issue', async ({
  page,
}) => {
  await page.goto(`${siteUrl('root')}isc2-cissp/`);
  await expect(page.getByRole('link', { name: 'Edit this page on GitHub' })).toHaveAttribute(
    'href',
    `${TEST_REPOSITORY_URL}/edit/main/src/content/certifications/isc2-cissp.mdx`,
  );
  const report = new URL(
    (await page.getByRole('link', { name: 'Report outdated information on GitHub' }).getAttribute('href'))!,
  );
  expect(`${report.origin}${report.pathname}`).toBe(`${TEST_REPOSITORY_URL}/issues/new`);
  expect(report.searchParams.get('template')).toBe('report-outdated.yml');
  expect(report.searchParams.get('certification')).toBe('isc2-cissp');
  expect(report.searchParams.get('page')).toBe('https://certs.example.org/isc2-cissp/');
  expect(report.searchParams.get('title')).toBe(
    'Outdated: CISSP – Certified Information Systems Security Professional',
  );
});

test('without a repository setting, the edit and report links are left out', async ({ page }) => {
  await page.goto(`${siteUrl('base')}isc2-cissp/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Edit this page|Report outdated information/ })).toHaveCount(0);
});

test('"Last updated" is the date of the file’s last commit', async ({ page }) => {
  const file = 'src/content/certifications/isc2-cissp.mdx';
  const committed = spawnSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).stdout.trim();
  // A shallow clone has no history for the file: say so in the report, rather than pass in silence.
  if (!committed) console.warn('"Last updated" not tested: git has no commit of isc2-cissp.mdx (a shallow clone?)');
  test.skip(!committed, 'the file has no commit yet (a shallow clone?)');
  await page.goto(`${siteUrl('root')}isc2-cissp/`);
  await expect(page.getByText(/^Last updated/).locator('time')).toHaveAttribute('datetime', committed);
});

test('facts checked more than 12 months ago, or never, say so; a recent check names its day and page', async ({
  page,
}) => {
  await page.goto(`${siteUrl('edge')}a-very-long-title/`);
  await expect(page.getByRole('note')).toHaveText(
    'Last checked against the official page on 15 January 2024, more than 12 months ago: confirm these facts ' +
      'there before you book.',
  );
  await page.goto(`${siteUrl('edge')}only-required-fields/`);
  await expect(page.getByRole('note')).toHaveText(
    'Not yet checked against the official page: confirm these facts there before you book.',
  );
  await expect(factValue(page, 'Checked against the official page')).toHaveText('Not yet');
  await page.goto(`${siteUrl('root')}certified-kubernetes-administrator/`);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(factValue(page, 'Checked against the official page')).toHaveText('4 December 2026');
  const checked = page.locator('p.checked');
  await expect(checked).toHaveText(
    /^Checked against the official page on 4 December 2026, within the last 6 months\. The pages checked include/,
  );
  await expect(checked.getByRole('link')).toHaveAttribute('href', /^https:\/\/docs\.linuxfoundation\.org\//);
});

test('a fact corrected against an official page on an unchecked entry names the page', async ({ page }) => {
  await page.goto(`${siteUrl('root')}cloud-digital-leader/`);
  const correction = page.locator('p.checked').filter({ hasText: 'Fee corrected against the official page' });
  await expect(correction).toContainText('on 4 December 2026: $99 (plus tax) on the exam page');
  await expect(correction.getByRole('link', { name: 'cloud.google.com' })).toHaveAttribute(
    'href',
    'https://cloud.google.com/certification/cloud-digital-leader',
  );
  await expect(factValue(page, 'Exam fee')).toHaveText(/^\$99\b/);
});

test('exam domains are a table of names and weights, the bars hidden from screen readers', async ({ page }) => {
  await page.goto(`${siteUrl('root')}aws-certified-cloud-practitioner/`);
  const table = page.getByRole('table', { name: /Exam domains and the share of the exam each one weighs/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Domain', 'Weight']);
  await expect(table.getByRole('row', { name: /Security and Compliance/ }).getByRole('cell')).toHaveText('30%');
  await expect(table.locator('svg[aria-hidden="true"]')).toHaveCount(4);
  await page.goto(`${siteUrl('edge')}ipa-fundamental-information-technology-engineer/`);
  await expect(page.getByRole('row', { name: /マネジメント系/ }).getByRole('cell')).toHaveText('Not listed');
});
