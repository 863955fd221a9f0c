/**
 * `npm run bench:dev [-- --count 1000 --runs 5]`: how long `astro dev` takes to show an edited entry.
 * It generates that many entries (bench/lib/generate-entries.ts), starts the dev server on them,
 * then, --runs times, changes a sentence in one entry's body and times how long until the page served
 * holds the new sentence (polling every 25 ms). A benchmark, never a test: it prints the times and
 * their median and writes bench/dev-results.json.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedEntries } from './lib/generate-entries';
import { median } from './lib/measure';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 4599;
const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } },
});
const count = Number(values.count);
const runs = Number(values.runs);

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Polls a URL until its body holds `text`; the milliseconds it took, or Infinity after `limit` ms. */
async function timeUntil(url: string, text: string, limit = 30_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limit) {
    const body = await fetch(url)
      .then((response) => response.text())
      .catch(() => '');
    if (body.includes(text)) return performance.now() - started;
    await sleep(25);
  }
  return Infinity;
}

const work = mkdtempSync(path.join(tmpdir(), 'cert-bench-dev-'));
const folder = path.join(work, 'entries');
const [file] = writeGeneratedEntries(folder, count);
const slug = path.basename(file!, '.mdx');
const server = spawn(
  process.execPath,
  [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)],
  {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CERTIFICATIONS_DIR: folder,
      CACHE_DIR: path.join(work, 'cache'),
      CERT_COMPASS_TODAY: '2026-11-26',
    },
    stdio: 'ignore',
  },
);
try {
  const page = `http://localhost:${PORT}/${slug}/`;
  const startup = await timeUntil(page, '<h1', 180_000);
  console.log(`dev server over ${count} entries: first page served after ${(startup / 1000).toFixed(1)} s`);
  const original = readFileSync(file!, 'utf8');
  const times: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const sentence = `Edited for the dev benchmark, run ${run} at ${Date.now()}.`;
    writeFileSync(file!, `${original.trimEnd()}\n\n${sentence}\n`);
    const milliseconds = await timeUntil(page, sentence);
    times.push(milliseconds);
    console.log(`run ${run}/${runs}: the edit was served after ${Math.round(milliseconds)} ms`);
    await sleep(500);
  }
  writeFileSync(file!, original);
  const result = { date: new Date().toISOString().slice(0, 10), entries: count, runs: times, medianMs: median(times) };
  console.log(`median: ${Math.round(result.medianMs)} ms from saving an entry to the dev server serving it`);
  writeFileSync(path.join(PROJECT_ROOT, 'bench/dev-results.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
