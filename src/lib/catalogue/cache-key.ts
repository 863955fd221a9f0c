/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build instead of rendered again when
 * its key and the code it is made of are unchanged (Astro hashes the code itself). A key must therefore
 * change whenever anything the page shows changes: it is a digest of the page's own data (the view
 * model, the certifications it shows, the rendered body's digest) and of the settings that change what
 * a card or a fact says. tests/unit/cache-key.test.ts checks that a change a page shows changes its key;
 * the test builds check that a build restored from the cache is byte-identical to a fresh one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';

/** What the code of every page is made of besides its own modules: the whole site's code and packages. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

/**
 * The one digest of code the build caches use: every file of `entries` (files or folders, relative to
 * `root`), by path and contents, leaving out the folder `skip`. The page cache keys use it over the whole
 * site's code; the check cache over the checker's code and rules (src/lib/files/check-folder.ts).
 */
export function codeDigest(root: string, entries: readonly string[], skip?: string): string {
  const hash = createHash('sha256');
  const skipped = skip && path.resolve(root, skip);
  const visit = (file: string) => {
    if (skipped && (file === skipped || file.startsWith(`${skipped}${path.sep}`))) return;
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(file).sort()) visit(path.join(file, name));
    } else {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  };
  for (const entry of entries) visit(path.join(root, entry));
  return hash.digest('base64url');
}

/**
 * A digest of the site's code (every file of `CODE` below `root`, certification files left out). Astro
 * hashes a page's own modules only, but every page links the one stylesheet and the bootstrap script,
 * whose hashed names change with any component's style or any browser module: a page copied from an
 * earlier build would link files that are gone. So a change to the code renders every page again; a
 * change to the certifications (what editors do) renders only the pages that show it.
 */
export function codeFingerprint(root: string, certificationsDir: string): string {
  return codeDigest(root, CODE, certificationsDir);
}

/**
 * The settings pages show without taking them as data (the second currency, the repository, the
 * addresses) and the code they are made of.
 */
let settings: string | undefined;
/** Computed on the first key, not when the module loads (walking the code is I/O). */
const settingsOf = () =>
  (settings ??= JSON.stringify([
    siteConfig.secondCurrency,
    siteConfig.repository ?? null,
    siteConfig.basePath,
    siteConfig.siteUrl,
    codeFingerprint(process.cwd(), siteConfig.certificationsDir),
  ]));

/** A digest of everything a page shows besides its code. */
export function cacheKeyOf(...inputs: unknown[]): string {
  return createHash('sha256').update(settingsOf()).update(JSON.stringify(inputs)).digest('base64url');
}

/** Astro's page object of a paginated listing, as much of it as a page shows. */
export function pageKeyParts(page: {
  data: readonly unknown[];
  currentPage: number;
  lastPage: number;
  start: number;
  end: number;
  total: number;
}): unknown[] {
  const { data, currentPage, lastPage, start, end, total } = page;
  return [data, currentPage, lastPage, start, end, total];
}
