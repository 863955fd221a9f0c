/**
 * Installable and recognisable: the manifest parses without errors, Chromium finds nothing that stops
 * it offering to install the site (its installability checks, which Lighthouse's PWA audit used), and
 * every icon the pages and the manifest name is a PNG of the size it claims.
 */
import { expect, test } from '@playwright/test';
import { pngSize } from '../support/png';

const sizesOf = (bytes: Buffer) => {
  const size = pngSize(bytes);
  return size ? `${size.width}x${size.height}` : 'not a PNG';
};

test('Chromium can install the site: its manifest parses and nothing blocks installing', async ({ page }) => {
  await page.goto('');
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  // Playwright's browser contexts are incognito ones, where Chromium never installs anything: that
  // one answer is about the test's browser, not the site.
  const ABOUT_THE_BROWSER = new Set(['in-incognito']);
  await expect
    .poll(async () =>
      (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
        .map((error) => error.errorId)
        .filter((id) => !ABOUT_THE_BROWSER.has(id)),
    )
    .toEqual([]);
});

test('every icon is a PNG of the size it claims', async ({ page, request }) => {
  await page.goto('isc2-cissp/');
  const linked = await page
    .locator('link[rel="icon"][type="image/png"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) =>
      links.map((link) => ({ href: (link as HTMLLinkElement).href, sizes: link.getAttribute('sizes') })),
    );
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link) => (link as HTMLLinkElement).href);
  const manifest = (await (await request.get(manifestUrl)).json()) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  const icons = [
    ...linked.map(({ href, sizes }) => ({ url: href, sizes: sizes ?? '180x180' })),
    ...manifest.icons
      .filter((icon) => icon.type === 'image/png')
      .map((icon) => ({ url: new URL(icon.src, manifestUrl).href, sizes: icon.sizes })),
  ];
  expect(manifest.icons.map((icon) => icon.purpose ?? 'any')).toEqual(expect.arrayContaining(['any', 'maskable']));
  expect(icons.length).toBeGreaterThanOrEqual(5);
  for (const icon of icons) {
    const response = await request.get(icon.url);
    expect(response.status(), icon.url).toBe(200);
    expect(sizesOf(await response.body()), icon.url).toBe(icon.sizes);
  }
});
