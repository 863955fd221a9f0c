/**
 * Structured data stays valid whatever the content: every JSON-LD block of every page, and the JSON
 * API, parse as JSON, in the catalogue build and in the build of hostile and odd fixtures; every entry
 * of the API, in the list and in its own file, is valid against the published JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../../src/lib/site/api';
import { pageTypeOf, pathOfFile } from '../support/page-types';
import { attribute, builtPages, elements, isMovedPage, textOf } from '../support/built-pages';
import { TEST_SITE_URL, TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';
import { sitesOfTier } from '../support/tiers';

describe.each(sitesOfTier(['root', 'edge'] as const))('structured data of the %s build', (name) => {
  const root = siteDir(name);
  // Pages at old addresses send readers on: they describe nothing of their own.
  const pages = builtPages(root, TEST_SITES[name].basePath).filter((page) => !isMovedPage(page.html));

  it('every JSON-LD block parses, and each certification page has its credential and breadcrumbs', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const blocks = elements(page.document).filter(
        (element) => element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json',
      );
      const types = blocks.map((block) => {
        try {
          return (JSON.parse(textOf(block)) as { '@type': string })['@type'];
        } catch (error) {
          problems.push(`${page.file}: ${(error as Error).message}`);
          return 'invalid';
        }
      });
      if (pageTypeOf(pathOfFile(page.file)) === 'certification') {
        if (!types.includes('EducationalOccupationalCredential') || !types.includes('BreadcrumbList'))
          problems.push(`${page.file}: JSON-LD types ${types.join(', ')}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the JSON API parses and lists every certification page', () => {
    const api = JSON.parse(readFileSync(path.join(root, 'api/certifications.json'), 'utf8')) as {
      version: number;
      count: number;
      certifications: { slug: string; title: string }[];
    };
    expect(api.version).toBe(API_VERSION);
    expect(api.certifications).toHaveLength(api.count);
    const certificationPages = pages.filter((page) => pageTypeOf(pathOfFile(page.file)) === 'certification');
    expect(api.certifications.map((certification) => `${certification.slug}/index.html`).sort()).toEqual(
      certificationPages.map((page) => page.file).sort(),
    );
  });
});

describe.each(sitesOfTier(['root', 'edge'] as const))('the open data of the %s build', (name) => {
  const root = siteDir(name);
  const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;
  const schema = read('api/certification.schema.json') as Record<string, unknown>;

  it('every certification, in the list and in its own file, is valid against the published JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const { certifications } = read('api/certifications.json') as { certifications: { slug: string }[] };
    const problems: string[] = [];
    for (const entry of certifications) {
      if (!validate(entry as unknown))
        problems.push(`api/certifications.json ${entry.slug}: ${JSON.stringify(validate.errors)}`);
      const file = `api/certifications/${entry.slug}.json`;
      const document = read(file) as { slug: string; facts?: unknown[] };
      if (!validate(document as unknown)) problems.push(`${file}: ${JSON.stringify(validate.errors)}`);
      if (document.slug !== entry.slug || !document.facts?.length)
        problems.push(`${file}: not the document of ${entry.slug}`);
    }
    expect(certifications.length).toBeGreaterThan(0);
    expect(problems.slice(0, 5), problems.slice(0, 5).join('\n')).toEqual([]);
    expect(schema.$id).toBe(`${TEST_SITE_URL}${TEST_SITES[name].basePath}api/certification.schema.json`);
  });
});
