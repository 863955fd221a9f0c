/** Reading a certification page the way a reader does: by the names of its regions and terms. */
import type { Locator, Page } from '@playwright/test';

/** The "Key facts" region of a certification page. */
export function keyFacts(page: Page): Locator {
  return page.getByRole('region', { name: 'Key facts' });
}

/** The value shown for one fact (`Exam fee`, `Validity` ...) in the key facts. */
export function factValue(page: Page, term: string): Locator {
  const exactly = new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return keyFacts(page).getByRole('term').filter({ hasText: exactly }).locator('xpath=following-sibling::*[1]');
}
