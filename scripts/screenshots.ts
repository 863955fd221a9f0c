/**
 * `npm run screenshots`: builds the site, then photographs the home page, browse with filters, a
 * certification, compare with two and the map, on a phone (390x844) and a desktop (1440x900), in the
 * light and the dark scheme, into docs/screenshots/ (the README shows them). The first screen of each
 * page, as a student sees it on arrival.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './harness/chromium';
import { settle, SHOWCASE_SCHEMES, SHOWCASE_VIEWPORTS, type ShowcasePage } from './harness/showcase';
import { startStaticServer } from './harness/static-server';
import { siteConfig } from '../src/site.config';

const PAGES: ShowcasePage[] = [
  { name: 'home', path: '' },
  { name: 'browse', path: 'certifications/?category=cloud&level=intermediate' },
  { name: 'certification', path: 'isc2-cissp/' },
  { name: 'compare', path: 'compare/?ids=isc2-cissp,comptia-security-plus' },
  { name: 'map', path: 'map/' },
];

const FOLDER = 'docs/screenshots';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(FOLDER, { recursive: true });
const server = await startStaticServer(new URL('../dist', import.meta.url).pathname, siteConfig.basePath);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS });
try {
  for (const [device, viewport] of Object.entries(SHOWCASE_VIEWPORTS)) {
    for (const colorScheme of SHOWCASE_SCHEMES) {
      const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
      for (const { name, path } of PAGES) {
        await page.goto(`${server.url}${path}`);
        await settle(page);
        const file = `${FOLDER}/${name}-${device}-${colorScheme}.png`;
        // A palette PNG: about half the bytes in the repository, no difference a reader sees.
        const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
        await sharp(shot).png({ palette: true, quality: 95, effort: 7 }).toFile(file);
        console.log(`${file} written from ${server.url}${path}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
