/**
 * From a career goal to the certifications that lead there: the roles index, a role page's routes in
 * study order with their totals, the plan it opens, and the certification page's links to its roles.
 */
import { expect, test } from '@playwright/test';

test('a student picks a role and sees each provider’s route to it, in order, with what it costs', async ({ page }) => {
  await page.goto('roles/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles');
  expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(25);
  await page.getByRole('link', { name: 'Cloud solutions architect' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cloud solutions architect');

  const aws = page.getByRole('region', { name: /^Amazon Web Services \(AWS\): \d+ certifications?$/ });
  const titles = await aws.getByRole('listitem').getByRole('heading', { level: 4 }).allTextContents();
  const associate = titles.indexOf('AWS Certified Solutions Architect – Associate');
  expect(associate).toBeGreaterThanOrEqual(0);
  expect(associate).toBeLessThan(titles.indexOf('AWS Certified Solutions Architect – Professional'));
  await expect(aws.getByText('Exam fees', { exact: true })).toBeVisible();
  await expect(aws.locator('.route-totals dd').first()).toHaveText(/^\$[\d,]+ ≈ ₹[\d,]+/);
  // Retired certifications never stand on a route.
  await expect(page.getByRole('main').locator('.status-badge:text-is("Retired"):visible')).toHaveCount(0);

  await aws.getByRole('link', { name: /^Open (the first \d+ )?as a plan$/ }).click();
  await expect(page).toHaveURL(/compare\/\?ids=[^&]+&view=plan$/);
  await expect(page.getByRole('heading', { name: /plan/i }).first()).toBeVisible();
});

test('a retired certification’s successor stands on the route in its place', async ({ page }) => {
  await page.goto('roles/machine-learning-engineer/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'AWS Certified Machine Learning Engineer – Associate' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'AWS Certified Machine Learning – Specialty', exact: true })).toHaveCount(
    0,
  );
});

test('a certification page links the roles it leads to', async ({ page }) => {
  await page.goto('aws-certified-solutions-architect-associate/');
  const roles = page.getByRole('region', { name: 'Roles it leads to' });
  await roles.getByRole('link', { name: 'Cloud solutions architect' }).click();
  await expect(page).toHaveURL(/roles\/cloud-architect\/$/);
});
