/**
 * Astro's incremental build, with the site's cache keys (src/lib/catalogue/cache-key.ts): after one
 * certification's fee changed, a build that starts from the last build's cache copies the pages whose
 * data did not change and renders the others, and writes exactly what a build from scratch writes (the
 * search index aside: Pagefind reads the pages in another order, so its files differ while they hold
 * the same pages). A cache key that missed something a page shows would leave a stale page here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/built-pages';
import { PROJECT_ROOT } from '../support/build-site';
import { buildLogOf } from '../support/sites';
import { siteDir } from '../support/test-sites';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a build from the cache after one entry changed', () => {
  const fresh = siteDir('edge-edited');
  const warm = siteDir('edge-edited-warm');
  const log = readFileSync(path.join(PROJECT_ROOT, buildLogOf('edge-edited-warm')), 'utf8');

  it('copied most pages from the last build and rendered the changed ones', () => {
    const copied = (log.match(/\((?:cached|restored)\)/g) ?? []).length;
    const pages = listFiles(warm).filter((file) => file.endsWith('.html') || file.endsWith('.json')).length;
    console.log(`incremental build: ${copied} of ${pages} pages and data files copied`);
    expect(copied).toBeGreaterThan(pages / 3);
    expect(readFileSync(path.join(warm, 'a-very-long-title/index.html'), 'utf8')).toContain('>$999<');
  });

  it('writes exactly the files a build from scratch writes, byte for byte', () => {
    const files = (root: string) => listFiles(root).filter((file) => !file.startsWith('pagefind/'));
    expect(files(warm)).toEqual(files(fresh));
    const differing = files(fresh).filter((file) => digest(path.join(fresh, file)) !== digest(path.join(warm, file)));
    expect(differing).toEqual([]);
  });
});
