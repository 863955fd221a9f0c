/**
 * `npm run audit`: Lighthouse (pinned, 12.8.2, which runs on Node >= 18.16) in mobile mode on the home
 * page, a category, a certification and a provider page of the built site, served like a static host
 * with its `_headers`. Prints the four scores and every failed audit, and writes reports/lighthouse.md
 * and reports/lighthouse.json. Targets: 100 for accessibility, best practices and SEO, 95+ for
 * performance. Not part of `npm test`: Lighthouse scores move with machine load.
 *
 * Chromium: CHROME_PATH, else the system Chromium. Build first (`npm run build`), or pass --build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './harness/chromium';
import { startStaticServer } from './harness/static-server';
import { siteConfig } from '../src/site.config';

const PAGES = [
  { name: 'Home', path: '' },
  { name: 'Category (Cloud)', path: 'categories/cloud/' },
  { name: 'Certification (original entry)', path: 'aws-certified-machine-learning-specialty/' },
  { name: 'Provider (ISC2)', path: 'providers/isc2/' },
];
const LIGHTHOUSE_VERSION = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

if (process.argv.includes('--build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startStaticServer(new URL('../dist', import.meta.url).pathname, siteConfig.basePath);
const chromePath = chromiumExecutable();
const chrome = await chromeLauncher.launch({
  ...(chromePath && { chromePath }),
  chromeFlags: ['--headless=new', '--no-sandbox', ...QUIET_CHROMIUM_ARGS],
});

interface PageResult {
  name: string;
  url: string;
  scores: Record<string, number>;
  failed: string[];
}

const results: PageResult[] = [];
try {
  for (const page of PAGES) {
    const url = server.url + page.path;
    const runner = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: [...CATEGORIES],
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = runner;
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
    );
    const failed = Object.values(lhr.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      )
      .map(
        (audit) =>
          `${audit.id} (${Math.round((audit.score ?? 0) * 100)}): ` +
          `${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
      );
    results.push({ name: page.name, url: page.path || '/', scores, failed });
    console.log(`${page.name}: ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}`);
    for (const audit of failed) console.log(`  - ${audit}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const date = new Date().toISOString().slice(0, 10);
const table = [
  `Lighthouse ${LIGHTHOUSE_VERSION}, mobile, ${date}`,
  '',
  '| Page | Performance | Accessibility | Best practices | SEO |',
  '| --- | --- | --- | --- | --- |',
  ...results.map(
    (result) => `| ${result.name} | ${CATEGORIES.map((category) => result.scores[category]).join(' | ')} |`,
  ),
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', `${JSON.stringify({ date, results }, null, 2)}\n`);
writeFileSync('reports/lighthouse.md', `${table}\n`);
console.log(`\n${table}\n\nWritten to reports/lighthouse.md and reports/lighthouse.json.`);

const missed = results.flatMap((result) =>
  CATEGORIES.filter((category) => (result.scores[category] ?? 0) < TARGETS[category]).map(
    (category) => `${result.name}: ${category} ${result.scores[category]} < ${TARGETS[category]}`,
  ),
);
if (missed.length > 0) {
  console.log(`\nBelow target:\n${missed.join('\n')}`);
  process.exitCode = 1;
}
