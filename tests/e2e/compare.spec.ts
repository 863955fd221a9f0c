/**
 * Comparing certifications, the way a student does: pick them with "Add to compare", open the
 * comparison from the tray, read the facts side by side, plan a path; and what a bad link gives.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseFee } from '../../src/lib/fields/fee';
import { catalogueFiles } from '../support/catalogue-files';

const ML_SPECIALTY = 'aws-certified-machine-learning-specialty';
const DATABRICKS_ML = 'databricks-certified-machine-learning-professional';

function table(page: Page): Locator {
  return page.getByRole('table');
}

/** The cells of one fact's row, one per compared certification. */
function row(page: Page, id: string): Locator {
  return table(page).locator(`tr[data-row="${id}"]`);
}

function notes(page: Page): Locator {
  return page.locator('[data-notes]');
}

test('a student picks two certifications on their pages and compares them from the tray', async ({ page }) => {
  await page.goto(`${ML_SPECIALTY}/`);
  const add = page.getByRole('button', { name: 'Add to compare: AWS Certified Machine Learning – Specialty' });
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  const tray = page.getByRole('complementary', { name: 'Compare' });
  await expect(tray.getByRole('heading')).toHaveText('Compare (1 of 4)');
  await expect(tray.getByRole('listitem')).toHaveText(['AWS Certified Machine Learning – Specialty']);

  // The selection follows the student to another page, tray and pressed buttons included.
  await page.goto(`${DATABRICKS_ML}/`);
  await expect(tray.getByRole('listitem')).toHaveCount(1);
  await page
    .getByRole('button', { name: 'Add to compare: Databricks Certified Machine Learning Professional' })
    .click();
  await expect(tray.getByRole('heading')).toHaveText('Compare (2 of 4)');
  await tray.getByRole('link', { name: 'Compare 2' }).click();

  await expect(page).toHaveURL(new RegExp(`compare/\\?ids=${ML_SPECIALTY},${DATABRICKS_ML}$`));
  await expect(table(page).getByRole('columnheader')).toHaveText([
    'Certification',
    // Retired since March 2026: the column says so, and what to take instead.
    new RegExp(
      '^AWS Certified Machine Learning – SpecialtyRemoveRetired: it can no longer be earned\\. ' +
        'Take AWS Certified Machine Learning Engineer – Associate instead\\.$',
    ),
    /^Databricks Certified Machine Learning ProfessionalRemove$/,
  ]);
  await expect(row(page, 'fee').getByRole('cell')).toHaveText([
    '$300 ≈ ₹25,000',
    /^\$400 ≈ ₹35,400 \(rates of \d{4}-\d{2}-\d{2}\)$/,
  ]);
  // The rows whose values differ are marked, in words as well as colour; the others are not.
  for (const differing of ['provider', 'fee', 'questions', 'duration', 'validity', 'status']) {
    await expect(row(page, differing), differing).toHaveClass(/differs/);
    await expect(row(page, differing).getByRole('rowheader'), differing).toContainText('differs');
  }
  for (const same of ['level']) {
    await expect(row(page, same), same).not.toHaveClass(/differs/);
    await expect(row(page, same).getByRole('rowheader'), same).not.toContainText('differs');
  }

  await page.getByRole('checkbox', { name: 'Only differences' }).check();
  await expect(row(page, 'level')).toBeHidden();
  await expect(row(page, 'fee')).toBeVisible();
});

test('removing a column updates the comparison, its link and the kept selection', async ({ page }) => {
  await page.goto(`compare/?ids=${ML_SPECIALTY},${DATABRICKS_ML},isc2-cissp`);
  await expect(table(page).getByRole('columnheader')).toHaveCount(4);
  await page
    .getByRole('button', { name: 'Remove Databricks Certified Machine Learning Professional from the comparison' })
    .click();
  await expect(table(page).getByRole('columnheader')).toHaveCount(3);
  await expect(page).toHaveURL(new RegExp(`compare/\\?ids=${ML_SPECIALTY},isc2-cissp$`));
  await page.goto('isc2-cissp/');
  await expect(page.getByRole('complementary', { name: 'Compare' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Add to compare: CISSP/ })).toHaveAttribute('aria-pressed', 'true');
});

test('copy the link puts the comparison’s address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`compare/?ids=${ML_SPECIALTY},${DATABRICKS_ML}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('an unknown id is named, and the others are still compared', async ({ page }) => {
  await page.goto(`compare/?ids=isc2-cissp,no-such-certification`);
  await expect(notes(page)).toHaveText(
    /No certification is called “no-such-certification”: check the link\. The others/,
  );
  await expect(table(page).getByRole('columnheader')).toHaveText(['Certification', /^CISSP/]);
  await expect(page).toHaveURL(/compare\/\?ids=isc2-cissp$/);
});

test('more than four ids keep the first four and say which were left out', async ({ page }) => {
  const slugs = catalogueFiles()
    .slice(0, 6)
    .map((file) => file.slug);
  await page.goto(`compare/?ids=${slugs.join(',')}`);
  await expect(table(page).getByRole('columnheader')).toHaveCount(5);
  await expect(notes(page)).toHaveText(
    `A comparison holds 4 certifications, so “${slugs[4]}”, “${slugs[5]}” were left out.`,
  );
  await expect(page).toHaveURL(new RegExp(`compare/\\?ids=${slugs.slice(0, 4).join(',')}$`));
});

test('a hostile id is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(`compare/?ids=${encodeURIComponent(hostile)},isc2-cissp`);
  await expect(notes(page)).toContainText(`No certification is called “${hostile}”`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // A hostile selection kept in storage is dropped, not drawn.
  await page.evaluate(() => localStorage.setItem('cert-compass:compare', '[{"slug":"<script>","title":"<b>x</b>"}]'));
  await page.goto('compare/');
  await expect(page.getByRole('heading', { name: 'Nothing to compare yet' })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('with nothing picked, the page says how to add certifications and links to them', async ({ page }) => {
  await page.goto('compare/');
  await expect(page.getByRole('heading', { name: 'Nothing to compare yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all certifications' }).click();
  await expect(page).toHaveURL(/certifications\/$/);
});

test('a fifth pick is refused with a message, the four kept', async ({ page }) => {
  await page.goto('certifications/');
  const buttons = page.getByRole('region', { name: 'Results' }).getByRole('button', { name: /^Add to compare/ });
  for (let index = 0; index < 4; index += 1) await buttons.nth(index).click();
  const tray = page.getByRole('complementary', { name: 'Compare' });
  await expect(tray.getByRole('heading')).toHaveText('Compare (4 of 4)');
  await buttons.nth(4).click();
  await expect(tray.getByRole('status')).toHaveText('You can compare up to 4. Remove one first.');
  await expect(buttons.nth(4)).toHaveAttribute('aria-pressed', 'false');
  await tray.getByRole('button', { name: 'Clear' }).click();
  await expect(tray).toBeHidden();
  await expect(buttons.nth(0)).toHaveAttribute('aria-pressed', 'false');
});

test('the plan puts a certification after the one it builds on and totals fees, time and questions', async ({
  page,
}) => {
  // CompTIA Tech+ leads to A+, which leads to Network+: Tech+ comes before Network+ even though, both
  // Beginner, their titles would put Network+ first.
  await page.goto('compare/?ids=comptia-network-plus,comptia-tech-plus&view=plan');
  const plan = page.getByRole('region', { name: 'Your plan' });
  await expect(plan.locator('ol.plan > li').getByRole('heading')).toHaveText(['CompTIA Tech+', 'CompTIA Network+']);
  // The totals are what the two files say, added up; a fee a file leaves out is named, not guessed.
  const files = ['comptia-network-plus', 'comptia-tech-plus'].map(
    (slug) => catalogueFiles().find((file) => file.slug === slug)!.frontMatter,
  );
  const fees = files
    .map((front) => (front.fee === undefined ? undefined : parseFee(String(front.fee))))
    .map((fee) => (fee?.kind === 'paid' ? fee.price.amount : 0));
  const unpriced = files.filter((front) => front.fee === undefined).map((front) => String(front.title));
  const minutes = files.map((front) => Number(/(\d+) minutes/.exec(String(front.exam_format))?.[1]));
  const total = fees.reduce((sum, amount) => sum + amount, 0);
  const totalFees = plan.locator('.totals dd').first();
  const notCounting =
    unpriced.length > 0 ? `, not counting ${unpriced.map((title) => `“${title}”`).join(', ')} (not listed)` : '';
  const stated = `$${total.toLocaleString('en-US')}${notCounting}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(totalFees).toHaveText(new RegExp(`^${stated} ≈ ₹[\\d,]+ \\(rates of \\d{4}-\\d{2}-\\d{2}\\)$`));
  await expect(plan.locator('.totals dd').nth(1)).toHaveText(new RegExp(`^${minutes[0]! + minutes[1]!} minutes`));
  await expect(page.getByRole('button', { name: 'Plan a path' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(
    /compare\/\?ids=comptia-tech-plus,comptia-network-plus$|compare\/\?ids=comptia-network-plus,comptia-tech-plus$/,
  );
  await expect(table(page)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/view=plan$/);
  await expect(plan).toBeVisible();
});

test('the currency picker converts every fee shown, and is remembered on the browse page', async ({ page }) => {
  await page.goto(`compare/?ids=${ML_SPECIALTY},${DATABRICKS_ML}`);
  await page.getByLabel('Fees also in').selectOption('EUR');
  await expect(row(page, 'fee').getByRole('cell')).toHaveText([
    /^\$300 \(≈ ₹25,000\) ≈ €2\d\d \(rates of/,
    /^\$400 ≈ €3\d\d \(rates of/,
  ]);
  await page.reload();
  await expect(page.getByLabel('Fees also in')).toHaveValue('EUR');
  // The browse card of the same certification says the same fee as the compare page.
  await page.goto('certifications/?status=retired&sort=name');
  const card = page
    .getByRole('region', { name: 'Results' })
    .getByRole('article')
    .filter({ hasText: 'AWS Certified Machine Learning – Specialty' });
  await expect(card.locator('[data-slot="fee"]')).toHaveText('$300 (≈ ₹25,000)');
  await expect(card.locator('[data-slot="fee-secondary"]')).toHaveText(/^≈ €2\d\d \(rates of/);
  await page.goto('certifications/?q=&sort=name');
  const firstFee = page.getByRole('region', { name: 'Results' }).locator('[data-slot="fee-secondary"]:visible').first();
  await expect(firstFee).toHaveText(/^≈ €[\d,.]+ \(rates of/);
  await page.getByLabel('Fees also in').selectOption('GBP');
  await expect(firstFee).toHaveText(/^≈ £[\d,.]+ \(rates of/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('four columns scroll inside the table, the page itself never sideways', async ({ page }) => {
    const slugs = [ML_SPECIALTY, DATABRICKS_ML, 'isc2-cissp', 'comptia-security-plus'];
    await page.goto(`compare/?ids=${slugs.join(',')}`);
    await expect(table(page).getByRole('columnheader')).toHaveCount(5);
    const widths = await page.evaluate(() => {
      const frame = document.querySelector('.compare-scroll')!;
      return {
        page: document.documentElement.scrollWidth,
        view: window.innerWidth,
        inner: frame.scrollWidth,
        frame: frame.clientWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.inner).toBeGreaterThan(widths.frame);
    // The names of the facts stay in view while the columns scroll.
    const offset = await page.locator('.compare-scroll').evaluate((frame) => {
      frame.scrollBy(400, 0);
      const name = frame.querySelector('tr[data-row="fee"] th')!;
      return name.getBoundingClientRect().left - frame.getBoundingClientRect().left;
    });
    expect(Math.abs(offset)).toBeLessThanOrEqual(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the compare page explains that comparing needs JavaScript and where the facts are', async ({ page }) => {
    await page.goto(`compare/?ids=${ML_SPECIALTY}`);
    await expect(page.getByText(/needs JavaScript, which is off or blocked here/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'All certifications' }).last()).toBeVisible();
    await expect(page.getByRole('table')).toBeHidden();
  });

  test('"Add to compare" takes no room a reader could click', async ({ page }) => {
    await page.goto(`${ML_SPECIALTY}/`);
    await expect(page.getByRole('button', { name: /^Add to compare/ })).toBeHidden();
  });
});
