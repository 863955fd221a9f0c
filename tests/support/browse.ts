/** Driving the browse page and the search box the way a student does. */
import { expect, type Locator, type Page } from '@playwright/test';
import { termSlug } from '../../src/lib/text/slug';
import { catalogueFiles } from './catalogue-files';

/** The browser form, once its script has drawn the first results. */
export async function openBrowser(page: Page, query = ''): Promise<Locator> {
  await page.goto(`certifications/${query}`);
  const browser = page.getByRole('form', { name: 'Filter certifications' });
  await expect(browser).toBeVisible();
  await expect(summary(page)).toHaveText(/\d+ certifications?|No certification/);
  return browser;
}

/** The live summary: "N certifications". */
export function summary(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /certification/ });
}

/** The number of results the summary announces. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await summary(page).textContent()) ?? '';
  return /^No /.test(text) ? 0 : Number(/^(\d+)/.exec(text)?.[1]);
}

/** A facet's group of options. */
export function facet(page: Page, name: string): Locator {
  return page.getByRole('group', { name });
}

/** One option's checkbox, by its label (without the count). */
export function option(page: Page, facetName: string, label: string): Locator {
  return facet(page, facetName).getByRole('checkbox', {
    name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
  });
}

/** The titles of the results shown. */
export function resultTitles(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Results' }).getByRole('article').getByRole('heading').allTextContents();
}

/** The titles of every result, page after page, following the result pages' "Next" link. */
export async function allResultTitles(page: Page): Promise<string[]> {
  const titles: string[] = [];
  const pages = page.getByRole('navigation', { name: 'Result pages' });
  for (;;) {
    const shown = await resultTitles(page);
    titles.push(...shown);
    const next = pages.getByRole('link', { name: /^Next/ });
    if ((await next.count()) === 0) return titles;
    await next.click();
    await expect.poll(async () => (await resultTitles(page))[0]).not.toBe(shown[0]);
  }
}

/** Titles of the published files matching a test on their raw front matter, by title order not assumed. */
export function titlesWhere(test: (frontMatter: Record<string, unknown>) => boolean): string[] {
  return catalogueFiles()
    .filter(({ frontMatter }) => test(frontMatter) && frontMatter.status !== 'retired')
    .map(({ frontMatter }) => String(frontMatter.title));
}

/** True when a file lists the category, however it is spelt. */
export function inCategory(frontMatter: Record<string, unknown>, category: string): boolean {
  return (frontMatter.categories as string[]).some((name) => termSlug(String(name)) === termSlug(category));
}
