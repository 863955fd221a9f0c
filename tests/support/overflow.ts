import type { Page } from '@playwright/test';

/** How much wider than the viewport the page is, when it scrolls sideways; undefined when it does not. */
export async function sidewaysOverflow(page: Page): Promise<string | undefined> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return scrollWidth > clientWidth ? `${scrollWidth}px wide in a ${clientWidth}px viewport` : undefined;
}
