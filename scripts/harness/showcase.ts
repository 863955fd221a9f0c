/**
 * The pages the README's screenshots and the visual tests photograph, and how: two viewports, both
 * colour schemes, once the page's scripts have drawn it and its fonts have loaded.
 */
import type { Page } from '@playwright/test';

export const SHOWCASE_VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;

export const SHOWCASE_SCHEMES = ['light', 'dark'] as const;

/** A page type and the path that shows it (below the site's base). */
export interface ShowcasePage {
  name: string;
  path: string;
}

/** Waits until the page is still: requests done, fonts loaded, no caret blinking. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}
