import { describe, expect, it } from 'vitest';
import {
  normalizeBasePath,
  parseRepository,
  parseRepositoryUrl,
  parseSiteUrl,
  parseToday,
} from '../../src/site.config';

describe('parseSiteUrl', () => {
  it('keeps the origin of an absolute URL', () => {
    expect(parseSiteUrl('https://certs.example.org')).toBe('https://certs.example.org');
    expect(parseSiteUrl('https://certs.example.org/')).toBe('https://certs.example.org');
    expect(parseSiteUrl('http://localhost:4321')).toBe('http://localhost:4321');
  });

  it.each([
    ['a bare host', 'certs.example.org', 'absolute origin'],
    ['a path (that belongs in BASE_PATH)', 'https://example.org/certs/', 'no path'],
    ['another protocol', 'ftp://example.org', 'no path'],
  ])('refuses %s', (_case, value, reason) => {
    expect(() => parseSiteUrl(value)).toThrow(reason);
  });
});

describe('normalizeBasePath', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['certs', '/certs/'],
    ['/certs', '/certs/'],
    ['/certs/', '/certs/'],
    ['certs/', '/certs/'],
    ['//a//b//', '/a/b/'],
  ])('%j → %j', (value, basePath) => {
    expect(normalizeBasePath(value)).toBe(basePath);
  });

  it('refuses characters that would need escaping, and dot segments', () => {
    expect(() => normalizeBasePath('/my certs/')).toThrow('BASE_PATH');
    expect(() => normalizeBasePath('/../')).toThrow('BASE_PATH');
  });
});

describe('parseToday', () => {
  it('takes CERT_COMPASS_TODAY when set, else the UTC date', () => {
    expect(parseToday('2026-11-26')).toBe('2026-11-26');
    expect(parseToday(undefined, new Date('2026-03-04T23:30:00Z'))).toBe('2026-03-04');
  });

  it('refuses anything but a real date written YYYY-MM-DD', () => {
    expect(() => parseToday('26/11/2026')).toThrow('CERT_COMPASS_TODAY');
    expect(() => parseToday('2026-02-30')).toThrow('CERT_COMPASS_TODAY');
  });
});

describe('repository', () => {
  it('reads REPOSITORY_URL, refusing anything but an https repository address', () => {
    expect(parseRepositoryUrl('https://github.com/example/cert-compass/')).toBe(
      'https://github.com/example/cert-compass',
    );
    expect(parseRepositoryUrl('https://github.com/example/cert-compass.git')).toBe(
      'https://github.com/example/cert-compass',
    );
    expect(() => parseRepositoryUrl('git@github.com:example/cert-compass.git')).toThrow('REPOSITORY_URL');
    expect(() => parseRepositoryUrl('https://github.com/example')).toThrow('REPOSITORY_URL');
  });

  it('is a repository with its branch, or nothing when REPOSITORY_URL is unset', () => {
    expect(parseRepository('https://github.com/example/cert-compass', undefined)).toEqual({
      url: 'https://github.com/example/cert-compass',
      branch: 'main',
    });
    expect(parseRepository('https://github.com/example/cert-compass', 'release')?.branch).toBe('release');
    expect(parseRepository(undefined, 'release')).toBeUndefined();
  });
});
