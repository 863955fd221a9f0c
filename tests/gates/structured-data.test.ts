/**
 * Structured data stays valid whatever the content: every JSON-LD block of every page, and the JSON
 * API, parse as JSON, in the catalogue build and in the build of hostile and odd fixtures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../../src/lib/site/api';
import { pageTypeOf, pathOfFile } from '../support/page-types';
import { attribute, builtPages, elements, textOf } from '../support/built-pages';
import { TEST_SITES } from '../support/sites';
import { siteDir } from '../support/test-sites';

describe.each(['root', 'edge'] as const)('structured data of the %s build', (name) => {
  const root = siteDir(name);
  const pages = builtPages(root, TEST_SITES[name].basePath);

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
