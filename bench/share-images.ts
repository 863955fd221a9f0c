/**
 * `npm run bench:share-images [-- --count 10000]`: what share images cost a build. For the catalogue,
 * and for `--count` generated entries, two production builds from an empty build cache: one with an
 * empty share image cache (every image drawn) and one with the cache the first filled (every image read).
 * Prints wall seconds, images and their size; writes bench/share-images.json. One run each, on a shared
 * machine: a benchmark, never a test.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedEntries } from './lib/generate-entries';
import { folderBytes, measureCommand, removeFolders } from './lib/measure';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const work = mkdtempSync(path.join(tmpdir(), 'bench-share-images-'));

async function buildWith(entries: string | undefined, imageCache: string, name: string) {
  removeFolders(PROJECT_ROOT, ['node_modules/.astro', '.astro']);
  const outDir = path.join(work, `out-${name}`);
  const cost = await measureCommand(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CACHE_DIR: path.join(work, `cache-${name}`),
      SHARE_IMAGE_CACHE: imageCache,
      ...(entries && { CERTIFICATIONS_DIR: entries }),
    },
    logFile: path.join(work, `${name}.log`),
  });
  const images = path.join(outDir, 'og');
  const count = readdirSync(images, { recursive: true }).filter((file) => String(file).endsWith('.png')).length;
  const bytes = folderBytes(images);
  rmSync(outDir, { recursive: true, force: true });
  return { wallSeconds: Number(cost.wallSeconds.toFixed(1)), peakRssBytes: cost.peakRssBytes, images: count, bytes };
}

const rows = [];
try {
  for (const [label, entries] of [
    ['catalogue', undefined],
    [`${values.count} generated`, path.join(work, 'entries')],
  ] as const) {
    if (entries) writeGeneratedEntries(entries, Number(values.count));
    const imageCache = path.join(work, `images-${rows.length}`);
    const cold = await buildWith(entries, imageCache, `${rows.length}-cold`);
    const warm = await buildWith(entries, imageCache, `${rows.length}-warm`);
    const row = {
      entries: label,
      cold,
      warm,
      msPerImage: ((cold.wallSeconds - warm.wallSeconds) * 1000) / cold.images,
    };
    rows.push(row);
    console.log(
      `${label}: ${cold.images} images, ${(cold.bytes / cold.images / 1024).toFixed(1)} KB each; ` +
        `build with images drawn ${cold.wallSeconds} s, with images cached ${warm.wallSeconds} s ` +
        `(${row.msPerImage.toFixed(1)} ms per image drawn)`,
    );
  }
  writeFileSync(
    path.join(PROJECT_ROOT, 'bench/share-images.json'),
    `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), rows }, null, 2)}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
