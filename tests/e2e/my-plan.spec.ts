/**
 * My plan, the way a student uses it: mark certifications on their pages (one passed, with its date),
 * find them on /my-plan/ after a reload with what is still to pay and when the passed one expires,
 * export the CSV and the calendar, share the plan as a link, clear it, and keep a shared plan; and what a
 * hostile or unknown item of a link gives; and the page and the control without JavaScript. One journey,
 * few page loads: the browser stage is near its limit.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Download, type Page } from '@playwright/test';

const PASSED = 'cloud-digital-leader';
const PLANNED = 'isc2-cissp';

/** The text of a file the page offered for download. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('a student marks certifications, finds them in My plan after a reload, exports, shares and clears it', async ({
  page,
  context,
}) => {
  // The day the student's browser says it is: expiry dates and the calendar's reminders count from it.
  await page.clock.setFixedTime(new Date('2026-12-05T12:00:00'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto(`${PASSED}/`);
  const control = page.getByLabel('My plan', { exact: true });
  await expect(control).toHaveValue('');
  await control.selectOption('Passed');
  const passedOn = page.getByLabel('Passed on');
  await expect(passedOn).toHaveValue('2026-12-05');
  await passedOn.fill('2025-06-30');
  await expect(page.getByRole('status').filter({ hasText: 'Passed on 30 June 2025, in your plan.' })).toHaveCount(1);

  await page.goto(`${PLANNED}/`);
  await page.getByLabel('My plan', { exact: true }).selectOption('Planning');
  await page.getByRole('link', { name: 'See my plan' }).click();
  await expect(page).toHaveURL(/my-plan\/$/);

  // Kept across a reload: both, in study order (Beginner before Expert), each with what matters now.
  await page.reload();
  const list = page.getByRole('region', { name: 'Certifications' });
  const items = list.getByRole('listitem');
  await expect(items.getByRole('heading', { level: 3 })).toHaveText([
    'Cloud Digital Leader',
    'CISSP – Certified Information Systems Security Professional',
  ]);
  const passedItem = items.filter({ hasText: 'Cloud Digital Leader' });
  await expect(passedItem.getByRole('combobox', { name: 'Status of Cloud Digital Leader' })).toHaveValue('passed');
  await expect(passedItem.getByLabel('Passed on (the day you passed Cloud Digital Leader)')).toHaveValue('2025-06-30');
  await expect(passedItem.locator('dt:text-is("Expires") + dd')).toHaveText('30 June 2028');
  await expect(passedItem.locator('dt:text-is("Renewal fee") + dd')).toHaveText(/^\$60 ≈ ₹[\d,]+ \(rates of /);
  const totals = page.getByRole('region', { name: 'Still ahead' });
  await expect(totals).toContainText('1 planning or preparing, 1 passed');
  await expect(totals.locator('dt:text-is("Exam fees still to pay") + dd')).toHaveText(/^\$749 ≈ ₹[\d,]+ \(rates of /);
  await expect(totals.locator('dt:text-is("Exam time ahead") + dd')).toHaveText('180 minutes (3 h)');

  // A status changed here is kept, and what is ahead follows.
  await items
    .filter({ hasText: 'CISSP' })
    .getByRole('combobox', { name: /^Status of CISSP/ })
    .selectOption('Preparing');
  await expect(page.getByRole('status').filter({ hasText: 'Preparing in your plan.' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Open in compare' })).toHaveAttribute(
    'href',
    `/compare/?ids=${PASSED},${PLANNED}&view=plan`,
  );

  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toBe('my-plan.csv');
  const rows = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(rows[0]).toMatch(/^slug,title,url,provider,level,plan_status,passed_on,expires_on,/);
  expect(rows.slice(1).map((row) => row.split(',').slice(5, 8).join(','))).toEqual([
    'passed,2025-06-30,2028-06-30',
    'preparing,,',
  ]);

  const calendar = await downloaded(page, () => page.getByRole('button', { name: 'Download calendar' }).click());
  expect(calendar.name).toBe('my-plan.ics');
  const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent');
  expect(
    events.map((event) => [
      event.getFirstPropertyValue('uid'),
      String(event.getFirstPropertyValue('dtstart')),
      String(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')),
    ]),
  ).toEqual([[`${PASSED}.renewal@certs.example.org`, '2028-06-30', '-P90D']]);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toHaveCount(1);
  const shareLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(shareLink).toBe(
    `${new URL(page.url()).origin}/my-plan/?plan=${PASSED}:passed:2025-06-30,${PLANNED}:preparing`,
  );

  // One button clears it, for good.
  await page.getByRole('button', { name: 'Clear plan' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing in your plan yet' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nothing in your plan yet' })).toBeVisible();

  // The shared link, with an item no one could read and a certification the catalogue does not have: shown
  // read-only, every name as text, until the student keeps it.
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>:planning';
  await page.goto(`${shareLink},no-such-certification:planning,${encodeURIComponent(hostile)}`);
  await expect(page.getByRole('heading', { name: 'A shared plan' })).toBeVisible();
  await expect(items).toHaveCount(2);
  await expect(list.getByRole('combobox')).toHaveCount(0);
  const notes = page.locator('[data-notes]');
  await expect(notes).toContainText(`Could not read “${hostile}” from the link`);
  await expect(notes).toContainText('No certification is called “no-such-certification” any more');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Keep as my plan' }).click();
  await expect(page).toHaveURL(/my-plan\/$/);
  await expect(page.getByRole('status').filter({ hasText: 'The shared plan is now your plan.' })).toHaveCount(1);
  await expect(list.getByRole('combobox')).toHaveCount(2);

  await page.goto(`${PASSED}/`);
  await expect(page.getByLabel('My plan', { exact: true })).toHaveValue('passed');
  await expect(page.getByLabel('Passed on')).toHaveValue('2025-06-30');
  expect(dialogs).toEqual([]);
});

test('without JavaScript My plan says it needs it and where it lives, and the control takes no room', async ({
  page,
}) => {
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('my-plan/');
  await expect(page.getByText('Your plan needs JavaScript, which is off or blocked here.')).toBeVisible();
  await expect(page.getByText(/It lives in this browser only/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear plan' })).toBeHidden();
  await page.goto(`${PLANNED}/`);
  await expect(page.locator('.plan-control')).toBeHidden();
  await expect(page.getByRole('link', { name: 'See my plan' })).toBeHidden();
});
