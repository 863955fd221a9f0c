import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, withBase } from '../../src/lib/site/routes';
import { siteConfig } from '../../src/site.config';

describe('paths', () => {
  it('builds every page type under the base path with a trailing slash', () => {
    const base = siteConfig.basePath;
    expect(paths.home()).toBe(base);
    expect(paths.certification('aws-x')).toBe(`${base}aws-x/`);
    expect(paths.category('cloud')).toBe(`${base}categories/cloud/`);
    expect(paths.category('cloud', 1)).toBe(`${base}categories/cloud/`);
    expect(paths.category('cloud', 2)).toBe(`${base}categories/cloud/2/`);
    expect(paths.provider('cisco', 3)).toBe(`${base}providers/cisco/3/`);
    expect(paths.level('expert')).toBe(`${base}levels/expert/`);
    expect(withBase('/favicon.svg')).toBe(`${base}favicon.svg`);
  });

  it('makes absolute URLs from the site URL', () => {
    expect(absoluteUrl(paths.categories())).toBe(`${siteConfig.siteUrl}${siteConfig.basePath}categories/`);
  });
});
