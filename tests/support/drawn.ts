/**
 * Waits until a page whose script draws it has drawn (the browse results, compare, the guide, My
 * plan), so a measurement reads the page a student sees. Other pages are ready once loaded. A wait
 * for one thing the script draws, not for the network to fall quiet (at least 500 ms a page).
 */
import { expect, type Page } from '@playwright/test';

export async function untilDrawn(page: Page, path: string): Promise<void> {
  if (/^certifications\/(\?|$)/.test(path))
    await expect(page.getByRole('status').filter({ hasText: /certification/ })).toHaveText(
      /^(\d+ certifications?|No certification)/,
    );
  else if (path.startsWith('compare/')) await expect(page.locator('[data-compare-app]:not([hidden])')).toBeVisible();
  else if (path.startsWith('guide/')) {
    await expect(page.locator('[data-guide-form]:not([hidden])')).toBeVisible();
    if (path.includes('role=')) await expect(page.locator('.shortlist > li').first()).toBeVisible();
  } else if (path.startsWith('my-plan/')) await expect(page.locator('[data-my-plan-app]:not([hidden])')).toBeVisible();
}
