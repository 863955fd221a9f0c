/**
 * The guide, "Which certification next?": the answers in the address give a ranked shortlist of at most
 * five with their reasons; answering the form keeps the answers in the address (back goes to the last
 * shortlist); what the student holds never comes back; a hostile address is data, never markup.
 */
import { expect, test } from '@playwright/test';

test('a student answers the guide and gets a shortlist with reasons, kept in the address', async ({ page }) => {
  await page.goto('guide/?role=cloud-architect&stage=new&budget=20000&currency=INR');
  const items = page.locator('.shortlist > li');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
  await expect(page.getByRole('heading', { name: 'Your shortlist' })).toBeVisible();
  // Every suggestion says why, from the data: its level first, its fee in rupees (or free).
  for (const reasons of await items.locator('[data-reasons]').allTextContents())
    expect(reasons).toMatch(/^(Beginner|Intermediate|Advanced|Expert); (Free|.*₹[\d,]+)/);
  await expect(items.first().getByRole('link', { name: /^See the .+ route$/ })).toHaveAttribute(
    'href',
    /\/roles\/cloud-architect\/#route-[\w-]+$/,
  );
  // The form shows the answers; the student ticks the first suggestion as held and asks again.
  await expect(page.getByLabel('The job you want')).toHaveValue('cloud-architect');
  const first = (await items.first().getByRole('heading').textContent())!.trim();
  await page.getByRole('checkbox', { name: first, exact: true }).check();
  await page.getByRole('button', { name: 'Show my shortlist' }).click();
  await expect(page).toHaveURL(/[?&]held=/);
  await expect(page.getByRole('heading', { name: 'Your shortlist' })).toBeFocused();
  await expect(items.getByRole('heading', { name: first, exact: true })).toHaveCount(0);
  await expect(page.locator('[data-left]')).toContainText(/1 you hold or are past|\d+ you hold or are past/);
  // Back: the shortlist before, with the first suggestion again.
  await page.goBack();
  await expect(items.getByRole('heading', { name: first, exact: true })).toHaveCount(1);
});

test('a hostile address is shown as text and ranks nothing it does not know', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const hostile = '<img src=x onerror="window.hacked=1">';
  await page.goto(`guide/?role=${encodeURIComponent(hostile)}`);
  await expect(page.getByText('The address names no role the guide knows')).toBeVisible();
  await page.goto(
    `guide/?role=software-developer&language=${encodeURIComponent(hostile)}&provider=${encodeURIComponent(hostile)}`,
  );
  await expect(page.locator('.shortlist > li').first()).toBeVisible();
  await expect(page.locator('guide-app img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.getByLabel('Exam language')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('without JavaScript the guide offers the role pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}guide/`);
  await expect(page.getByText('The guide needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cloud solutions architect' })).toHaveAttribute(
    'href',
    /roles\/cloud-architect\/$/,
  );
  await expect(page.getByRole('button', { name: 'Show my shortlist' })).toBeHidden();
  await context.close();
});
