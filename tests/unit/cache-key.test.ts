/**
 * Cache keys for incremental builds change with what a page shows and only with it: a listing page's
 * key moves when a certification on it changes, not when one on another page or in another group does.
 * (tests/gates/incremental-build.test.ts builds a site from the cache after an edit and compares it
 * with a build from scratch.)
 */
import type { PaginateFunction } from 'astro';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, codeFingerprint } from '../../src/lib/catalogue/cache-key';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { paginateGroups } from '../../src/lib/catalogue/listings';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

/** Astro's paginate, as far as the listings use it: pages of `pageSize` with their place. */
const paginate = ((data: readonly unknown[], options: { params: object; props: object; pageSize: number }) => {
  const lastPage = Math.max(1, Math.ceil(data.length / options.pageSize));
  return Array.from({ length: lastPage }, (_, index) => {
    const start = index * options.pageSize;
    const slice = data.slice(start, start + options.pageSize);
    return {
      params: { ...options.params, page: index === 0 ? undefined : String(index + 1) },
      props: {
        ...options.props,
        page: {
          data: slice,
          currentPage: index + 1,
          lastPage,
          start,
          end: start + slice.length - 1,
          total: data.length,
        },
      },
    };
  });
}) as unknown as PaginateFunction;

/** The cache keys of every category page of a catalogue, by category and page number. */
function categoryKeys(fees: Record<string, string>): Map<string, string> {
  const inputs = Object.entries(fees).map(([slug, fee], index) =>
    sampleInput(slug, { fee, categories: [index < 14 ? 'Cloud' : 'Security'] }),
  );
  const { categories } = buildCatalogue(inputs, { today: SAMPLE_TODAY });
  return new Map(
    paginateGroups(paginate, categories, 'slug', 12).map((path) => [
      `${String(path.params.slug)}/${path.props.page.currentPage}`,
      path.cacheKey,
    ]),
  );
}

describe('cache keys', () => {
  it('are the same for the same data, and differ for other data', () => {
    expect(cacheKeyOf({ a: 1 }, ['b'])).toBe(cacheKeyOf({ a: 1 }, ['b']));
    expect(cacheKeyOf({ a: 1 }, ['b'])).not.toBe(cacheKeyOf({ a: 2 }, ['b']));
  });

  it('of a listing page change with a fee shown on it, and not with one shown elsewhere', () => {
    const fees = Object.fromEntries(
      Array.from({ length: 16 }, (_, index) => [`cert-${String(index).padStart(2, '0')}`, '$100']),
    );
    const before = categoryKeys(fees);
    // cert-00 is on the first page of Cloud (12 a page); Cloud's second page and Security do not show it.
    const after = categoryKeys({ ...fees, 'cert-00': '$150' });
    expect([...before.keys()]).toEqual(['cloud/1', 'cloud/2', 'security/1']);
    expect(after.get('cloud/1')).not.toBe(before.get('cloud/1'));
    expect(after.get('cloud/2')).toBe(before.get('cloud/2'));
    expect(after.get('security/1')).toBe(before.get('security/1'));
  });
});

describe('the code fingerprint', () => {
  it('changes with any style, script or package, and not with a certification file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      };
      write('src/styles/base.css', 'body { color: black }');
      write('src/content/certifications/a.mdx', 'one');
      write('package-lock.json', '{}');
      const fingerprint = () => codeFingerprint(root, './src/content/certifications');
      const first = fingerprint();
      write('src/content/certifications/a.mdx', 'two');
      expect(fingerprint()).toBe(first);
      write('src/styles/base.css', 'body { color: navy }');
      const afterStyle = fingerprint();
      expect(afterStyle).not.toBe(first);
      write('package-lock.json', '{"lockfileVersion": 3}');
      expect(fingerprint()).not.toBe(afterStyle);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
