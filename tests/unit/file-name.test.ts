import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameProblem, reservedSlugs, slugOfFile, slugProblem } from '../../src/lib/files/file-name';

const root = path.resolve(import.meta.dirname, '../..');

describe('slugProblem', () => {
  const context = { slugs: new Set(['isc2-cissp']) };

  it('refuses a file name that is taken, reserved or malformed', () => {
    expect(slugProblem('isc2-cissp', context.slugs)).toContain('already exists');
    expect(slugProblem('categories', context.slugs)).toContain('is taken by a page of the site');
    expect(slugProblem('Bad_Name', context.slugs)).toContain('lowercase letters');
    expect(slugProblem('fine-name', context.slugs)).toBeUndefined();
  });
});

describe('reservedSlugs', () => {
  it('holds the first path segment of every page in src/pages, whatever pages are added or removed', () => {
    const segments = readdirSync(path.join(root, 'src/pages'))
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\..*$/, ''));
    expect(segments).toEqual(
      expect.arrayContaining(['404', 'api', 'categories', 'index', 'levels', 'providers', 'robots']),
    );
    for (const segment of segments) expect(slugProblem(segment), segment).toContain('is taken by a page of the site');
  });

  it('holds what the build and public/ put at the root, and nothing else', () => {
    const publicFiles = readdirSync(path.join(root, 'public')).map((name) => name.replace(/\..*$/, ''));
    const pages = readdirSync(path.join(root, 'src/pages'))
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\..*$/, ''));
    expect([...reservedSlugs()].sort()).toEqual(
      [...new Set([...pages, ...publicFiles, '_astro', 'sitemap-index', 'sitemap-0'])].sort(),
    );
  });
});

describe('fileNameProblem', () => {
  it('proposes the file name npm run new would propose', () => {
    expect(fileNameProblem('Sample_Certification')).toMatchObject({
      found: '"Sample_Certification"',
      example: 'sample-certification.mdx',
    });
    expect(fileNameProblem('C++')?.example).toBe('c-plus-plus.mdx');
    expect(fileNameProblem('categories')?.example).toBe('categories-certification.mdx');
    expect(fileNameProblem('fine-name')).toBeUndefined();
  });

  it('reads a slug from a path with either extension', () => {
    expect(slugOfFile('src/content/certifications/isc2-cissp.mdx')).toBe('isc2-cissp');
    expect(slugOfFile('a/b.md')).toBe('b');
  });
});
