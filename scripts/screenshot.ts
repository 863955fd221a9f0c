/**
 * `npm run screenshot`: captures the home page of the built site (`dist/`, so run `npm run build`
 * first) into docs/screenshot.png for the README.
 */
import { chromium } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './harness/chromium';
import { startStaticServer } from './harness/static-server';
import { siteConfig } from '../src/site.config';

const server = await startStaticServer(new URL('../dist', import.meta.url).pathname, siteConfig.basePath);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, colorScheme: 'light' });
  await page.goto(server.url);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written from', server.url);
} finally {
  await browser.close();
  await server.close();
}
