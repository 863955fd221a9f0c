/**
 * Target size (WCAG 2.2, 2.5.8, AA): every control on one page of each type, on a phone and on a
 * desktop, is at least 24x24 CSS px, or has no other control within a 24 px circle around its centre
 * (the spacing exception), or is a link inside a sentence (the inline exception). A checkbox or radio
 * button counts with its label, which takes the same clicks.
 */
import { expect, test } from '@playwright/test';
import { untilDrawn } from '../support/drawn';
import { timeoutForPages } from '../support/timeouts';

export const PAGE_TYPES = [
  '',
  'isc2-cissp/',
  'categories/',
  'categories/cloud/',
  'providers/',
  'levels/',
  'certifications/',
  'certifications/?level=beginner',
  'compare/?ids=isc2-cissp,comptia-security-plus',
  'map/',
  'roles/cloud-architect/',
  'guide/?role=cloud-architect&stage=some',
  'my-plan/',
  'no-such-page/',
];

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test(`every control is a 24 px target on a ${device}, or spaced or inline`, async ({ page }) => {
    test.setTimeout(timeoutForPages(PAGE_TYPES.length));
    await page.setViewportSize(viewport);
    const problems: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      // Pages whose scripts draw them are measured once drawn.
      await untilDrawn(page, path);
      const small = await page.evaluate(() => {
        const SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
        const visible = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
        };
        /** The clickable box: a checkbox's or radio button's label, else the element. */
        const boxOf = (element: Element) => {
          const label = element.matches('input[type="checkbox"], input[type="radio"]') && element.closest('label');
          return (label || element).getBoundingClientRect();
        };
        /** A link in a sentence: its block has text of its own besides the link's. */
        const inline = (element: Element) => {
          if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
          const block =
            element.parentElement?.closest('p, li, td, dd, figcaption, small, span') ?? element.parentElement;
          const ownText = (block?.textContent ?? '').replace(element.textContent ?? '', '').trim();
          return /[A-Za-z]{3,}/.test(ownText);
        };
        const targets = [...document.querySelectorAll(SELECTOR)].filter(visible);
        const boxes = targets.map(boxOf);
        return targets.flatMap((target, index) => {
          const box = boxes[index]!;
          if ((box.width >= 24 && box.height >= 24) || inline(target)) return [];
          const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          const crowded = boxes.some((other, otherIndex) => {
            if (otherIndex === index || targets[otherIndex]!.contains(target) || target.contains(targets[otherIndex]!))
              return false;
            const dx = Math.max(other.left - centre.x, 0, centre.x - other.right);
            const dy = Math.max(other.top - centre.y, 0, centre.y - other.bottom);
            return Math.hypot(dx, dy) < 12;
          });
          if (!crowded) return [];
          const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40);
          return [`<${target.tagName.toLowerCase()}> "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`];
        });
      });
      problems.push(...small.map((problem) => `/${path}: ${problem}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
