/**
 * A certification's place on its provider's path: "Start with" and "Next steps" as cards, from steps
 * written in either file (Security+ builds on Network+; A+ leads to Network+; CySA+ builds on Security+).
 */
import { expect, test, type Page } from '@playwright/test';

const cardTitles = (page: Page, region: string) =>
  page.getByRole('region', { name: region }).getByRole('article').getByRole('heading');

test('a certification page shows where to start and where to go next, both ways of writing a step', async ({
  page,
}) => {
  await page.goto('comptia-security-plus/');
  await expect(cardTitles(page, 'Start with')).toHaveText(['CompTIA Network+']);
  // CySA+ and PenTest+ each say they build on Security+; Security+'s own file does not list them.
  await expect(cardTitles(page, 'Next steps')).toHaveText([
    'CompTIA Cybersecurity Analyst (CySA+)',
    'CompTIA PenTest+',
  ]);
  await page.getByRole('region', { name: 'Start with' }).getByRole('link', { name: 'CompTIA Network+' }).click();
  // A+ says it leads to Network+: Network+ shows it under "Start with".
  await expect(cardTitles(page, 'Start with')).toHaveText(['CompTIA A+']);
  await expect(cardTitles(page, 'Next steps')).toContainText(['CompTIA Security+']);
});

test('a certification on no path shows neither section', async ({ page }) => {
  await page.goto('aws-certified-machine-learning-specialty/');
  await expect(page.getByRole('region', { name: 'Start with' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Next steps' })).toHaveCount(0);
});
