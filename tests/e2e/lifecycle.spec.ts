/**
 * What is current, as a student meets it: a retired certification's page (the original entry's exam,
 * MLS-C01) says so at the top and links its successor; it leaves the default browse results and its
 * successor's path cards; compare flags it with what to take instead. A qualification lists its papers
 * in order with what they add up to, and a paper says whose paper it is.
 */
import { expect, test } from '@playwright/test';
import { openBrowser, resultTitles } from '../support/browse';
import { factValue } from '../support/facts';

const RETIRED = 'aws-certified-machine-learning-specialty';
const RETIRED_TITLE = 'AWS Certified Machine Learning – Specialty';
const SUCCESSOR_TITLE = 'AWS Certified Machine Learning Engineer – Associate';

test.describe('a retired certification', () => {
  test('says so at the top, with its date, and links its current successor', async ({ page }) => {
    await page.goto(`${RETIRED}/`);
    const notice = page.locator('header').getByRole('note');
    await expect(notice).toContainText('reported as retired on 31 March 2026');
    await expect(notice).toContainText('has not yet confirmed');
    await expect(factValue(page, 'Status')).toContainText('Retired');
    await notice.getByRole('link', { name: SUCCESSOR_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SUCCESSOR_TITLE);
    // The successor's own page never sends a student back to the retired exam.
    for (const section of ['Start with', 'Next steps', 'Related certifications']) {
      const region = page.getByRole('region', { name: section });
      if ((await region.count()) > 0) await expect(region).not.toContainText(RETIRED_TITLE);
    }
  });

  test('is left out of the default browse results, and listed when the student asks for retired ones', async ({
    page,
  }) => {
    await openBrowser(page, '?q=machine%20learning');
    await expect.poll(() => resultTitles(page)).not.toContain(RETIRED_TITLE);
    await openBrowser(page, '?q=machine%20learning&status=retired');
    await expect.poll(() => resultTitles(page)).toContain(RETIRED_TITLE);
  });

  test('is flagged in compare, with what to take instead', async ({ page }) => {
    await page.goto(`compare/?ids=${RETIRED},isc2-cissp`);
    const note = page.locator('.retired-note').first();
    await expect(note).toContainText('Retired: it can no longer be earned.');
    await expect(note.getByRole('link', { name: SUCCESSOR_TITLE })).toBeVisible();
  });
});

test.describe('a qualification and its papers', () => {
  test('the qualification lists its papers in order, with their number and total fees', async ({ page }) => {
    await page.goto('acca-qualification/');
    await expect(factValue(page, 'Papers')).toHaveText('15');
    const papers = page.getByRole('region', { name: 'Papers' }).getByRole('listitem');
    await expect(papers).toHaveCount(15);
    await expect(papers.first()).toContainText('Business and Technology (BT)');
  });

  test('a paper says whose paper it is, links to it, and is not called a certification', async ({ page }) => {
    await page.goto('business-and-technology-bt-f1/');
    await expect(factValue(page, 'Paper of')).toHaveText('ACCA Qualification');
    await expect(page.locator('.lede')).not.toContainText(/\bcertification\b/i);
    await factValue(page, 'Paper of').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ACCA Qualification');
  });
});
