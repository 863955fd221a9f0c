/**
 * The edge-case build holds an entry whose every string field and body carries script-injection
 * payloads. Pages show them as text, no dialog ever opens, and nothing they contain becomes markup;
 * and no page of the build scrolls sideways on a 320 px phone.
 */
import { expect, test } from '@playwright/test';
import { edgeCaseFiles } from '../support/catalogue-files';
import { factValue, keyFacts } from '../support/facts';
import { siteUrl } from '../support/sites';
import { sitemapPaths } from '../support/sitemap';
import { timeoutForPages } from '../support/timeouts';
import { untilDrawn } from '../support/drawn';
import { sidewaysOverflow } from '../support/overflow';

const SCRIPT = '</script><script>alert(1)</script>';
const IMAGE = '"><img src=x onerror=alert(1)>';

test.use({ baseURL: siteUrl('edge') });

/**
 * One visit of every page of the edge-case build, on a 320 px wide phone: no dialog, no injected element,
 * and (odd but valid content: a 120-character title, unbroken words, Japanese) no sideways scrolling.
 */
test('every edge-case page opens at 320 px without a dialog, an injected element or sideways scrolling', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const paths = [...(await sitemapPaths(request, siteUrl('edge'))), 'no-such-page/'];
  expect(paths.length).toBeGreaterThan(edgeCaseFiles().length);
  test.setTimeout(timeoutForPages(paths.length));
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('img[src="x"]'), path).toHaveCount(0);
    // The site's own scripts are files under /_astro/; nothing else may run.
    await expect(page.locator('script:not([type="application/ld+json"]):not([src*="/_astro/"])'), path).toHaveCount(0);
    // The pages their scripts draw are measured once drawn.
    await untilDrawn(page, path);
    const overflow = await sidewaysOverflow(page);
    if (overflow) overflowing.push(`/${path}: ${overflow}`);
  }
  expect(dialogs).toEqual([]);
  expect(overflowing).toEqual([]);
});

test('the hostile entry shows every payload literally', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await page.goto('hostile-text/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${SCRIPT} ${IMAGE}`);
  await expect(page).toHaveTitle(/^<\/script><script>alert\(1\)<\/script>/);
  await expect(page.locator('.lede')).toHaveText(`${SCRIPT} ${IMAGE} javascript:alert(1)`);
  await expect(page.getByRole('region', { name: 'Skills' }).getByRole('listitem')).toHaveText([
    SCRIPT,
    IMAGE,
    'javascript:alert(1)',
  ]);
  await expect(page.getByRole('region', { name: 'Categories' }).getByRole('link')).toHaveText([SCRIPT, IMAGE]);
  await expect(keyFacts(page)).toContainText(`${IMAGE} Org`);
  await expect(factValue(page, 'Exam code')).toHaveText(IMAGE);
  await expect(page.locator('.prose code').first()).toHaveText(SCRIPT);
  await expect(page.locator('.prose pre')).toContainText('<a href="javascript:alert(1)">javascript: link</a>');
  await expect(page.locator('.prose')).toContainText('Escaped in prose: </script><script>alert(1)</script>');
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? '')).toMatchObject({ name: `${SCRIPT} ${IMAGE}` });
});

test('the JSON API carries the payloads as plain strings', async ({ request }) => {
  const api = await (await request.get('api/certifications.json')).json();
  const hostile = api.certifications.find((certification: { slug: string }) => certification.slug === 'hostile-text');
  expect(hostile.title).toBe(`${SCRIPT} ${IMAGE}`);
  expect(hostile.skills).toEqual([SCRIPT, IMAGE, 'javascript:alert(1)']);
});
