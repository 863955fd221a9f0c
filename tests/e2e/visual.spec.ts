/**
 * Visual regression: the home page, browse with filters, a certification, compare with two, the map and
 * a role page, on a phone and a desktop, light and dark, against the references in tests/e2e/__screenshots__.
 * Photographed on the edge-case build, whose content is fixed, so a reference changes only when the
 * design does (new certifications in the catalogue never fail this test). Fonts come from packages, so
 * they are the same on every machine; the threshold (1% of pixels, each compared with Playwright's
 * default colour tolerance) absorbs anti-aliasing and hinting differences, not a moved element. The
 * references are drawn by Debian's chromium-headless-shell (scripts/harness/chromium.ts), which .ci/run
 * installs: the full browser draws some text a little wider, and a line wraps elsewhere.
 *
 * After an intended change of the design: `npm run test:visual:update`, look at the new images, commit.
 */
import { expect, test } from '@playwright/test';
import { settle, SHOWCASE_SCHEMES, SHOWCASE_VIEWPORTS, type ShowcasePage } from '../../scripts/harness/showcase';
import { siteUrl } from '../support/sites';
import { PER_PAGE_MS, timeoutForPages } from '../support/timeouts';

const PAGES: ShowcasePage[] = [
  { name: 'home', path: '' },
  { name: 'browse', path: 'certifications/?level=beginner' },
  { name: 'certification', path: 'ipa-fundamental-information-technology-engineer/' },
  { name: 'compare', path: 'compare/?ids=ipa-fundamental-information-technology-engineer,a-very-long-title' },
  { name: 'map', path: 'map/' },
  { name: 'role', path: 'roles/software-developer/' },
];

for (const [device, viewport] of Object.entries(SHOWCASE_VIEWPORTS)) {
  test(`${device}: every page type looks as its reference, light and dark`, async ({ page }) => {
    // A screenshot comparison takes several seconds a page on a loaded machine; two a page here.
    test.setTimeout(timeoutForPages(PAGES.length, 4 * PER_PAGE_MS));
    await page.setViewportSize(viewport);
    for (const { name, path } of PAGES) {
      await page.emulateMedia({ colorScheme: SHOWCASE_SCHEMES[0], reducedMotion: 'reduce' });
      await page.goto(siteUrl('edge') + path);
      // One visit, both schemes: the scheme changes colours only, and under reduced motion at once.
      for (const colorScheme of SHOWCASE_SCHEMES) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await settle(page);
        await expect.soft(page).toHaveScreenshot(`${name}-${device}-${colorScheme}.png`, { fullPage: true });
      }
    }
  });
}
