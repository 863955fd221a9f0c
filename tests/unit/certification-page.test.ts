import { describe, expect, it } from 'vitest';
import { certificationPage } from '../../src/lib/site/certification-page';
import { absoluteUrl, paths } from '../../src/lib/site/routes';
import { sampleCertification } from '../support/sample';

const TODAY = '2026-11-26';
const repository = { url: 'https://github.com/example/cert-compass', branch: 'main' };

describe('certificationPage', () => {
  const certification = sampleCertification('sample', {
    categories: ['Machine Learning', 'Cloud'],
    last_verified: '2026-06-13',
  });

  it('leads the crumbs from home through the first category to the certification', () => {
    expect(certificationPage(certification, { today: TODAY }).crumbs).toEqual([
      { name: 'Home', href: paths.home() },
      { name: 'Machine Learning', href: paths.category('machine-learning') },
      { name: 'sample' },
    ]);
  });

  it('says nothing about status or freshness for an active, recently verified entry', () => {
    const page = certificationPage(certification, { today: TODAY });
    expect(page.statusNotice).toBeUndefined();
    expect(page.verificationNotice).toBeUndefined();
  });

  it.each([
    [
      'retired',
      { status: 'retired', retirement_date: '2026-03-31' },
      'This certification was retired on 31 March 2026. Check the official page for its successor.',
      true,
    ],
    [
      'retiring',
      { status: 'retiring', retirement_date: '2027-01-31' },
      'This certification is being retired on 31 January 2027. Check the official page for its successor.',
      false,
    ],
    [
      'retiring with no date yet',
      { status: 'retiring' },
      'This certification is being retired. Check the official page for its successor.',
      false,
    ],
  ] as const)('warns that a %s certification ends', (_case, overrides, text, final) => {
    expect(
      certificationPage(sampleCertification('s', { ...overrides, last_verified: TODAY }), { today: TODAY })
        .statusNotice,
    ).toEqual({ text, final });
  });

  it('says the facts may be outdated when verified long ago, or never', () => {
    expect(
      certificationPage(sampleCertification('old', { last_verified: '2025-01-10' }), { today: TODAY })
        .verificationNotice?.text,
    ).toBe(
      'These facts may be outdated: they were last verified on 10 January 2025, more than 12 months ago. Confirm ' +
        'them on the official page before you book.',
    );
    expect(certificationPage(sampleCertification('never'), { today: TODAY }).verificationNotice?.text).toContain(
      'nobody has recorded checking them against the official page yet',
    );
  });

  it('links to edit the file and report outdated facts only when the repository is known', () => {
    const page = certificationPage(certification, { today: TODAY, repository });
    expect(page.editUrl).toBe(
      'https://github.com/example/cert-compass/edit/main/src/content/certifications/sample.mdx',
    );
    expect(new URL(page.reportUrl ?? '').searchParams.get('page')).toBe(absoluteUrl(paths.certification('sample')));
    const without = certificationPage(certification, { today: TODAY });
    expect(without.editUrl).toBeUndefined();
    expect(without.reportUrl).toBeUndefined();
  });

  it('describes the credential and its crumbs as JSON-LD', () => {
    const [credential, breadcrumbs] = certificationPage(certification, { today: TODAY }).structuredData;
    expect(credential).toMatchObject({
      '@type': 'EducationalOccupationalCredential',
      url: absoluteUrl(paths.certification('sample')),
    });
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((breadcrumbs?.itemListElement as unknown[]).at(-1)).toMatchObject({
      name: 'sample',
      item: absoluteUrl(paths.certification('sample')),
    });
  });
});
