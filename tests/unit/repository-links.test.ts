import { describe, expect, it } from 'vitest';
import { editFileUrl, reportOutdatedUrl } from '../../src/lib/site/repository-links';

describe('repository links', () => {
  const repository = { url: 'https://github.com/example/cert-compass', branch: 'main' };

  it('opens the certification’s own file in the web editor', () => {
    expect(editFileUrl(repository, 'src/content/certifications/isc2-cissp.mdx')).toBe(
      'https://github.com/example/cert-compass/edit/main/src/content/certifications/isc2-cissp.mdx',
    );
    expect(editFileUrl({ ...repository, branch: 'release/2026' }, 'src/content/certifications/a b.md')).toBe(
      'https://github.com/example/cert-compass/edit/release%2F2026/src/content/certifications/a%20b.md',
    );
  });

  it('prefills the outdated-information issue form', () => {
    const url = new URL(
      reportOutdatedUrl(
        repository,
        { title: 'CISSP & more', slug: 'isc2-cissp' },
        'https://certs.example.org/isc2-cissp/',
      ),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/example/cert-compass/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'report-outdated.yml',
      title: 'Outdated: CISSP & more',
      labels: 'outdated',
      certification: 'isc2-cissp',
      page: 'https://certs.example.org/isc2-cissp/',
    });
  });
});
