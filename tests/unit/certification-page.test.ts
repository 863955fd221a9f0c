import { describe, expect, it } from 'vitest';
import { certificationPage } from '../../src/lib/site/certification-page';
import { absoluteUrl, paths } from '../../src/lib/site/routes';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { sampleCertification, sampleInput, checkedOn, SAMPLE_TODAY } from '../support/sample';

const TODAY = '2026-11-26';
const repository = { url: 'https://github.com/example/cert-compass', branch: 'main' };

describe('certificationPage', () => {
  const certification = sampleCertification('sample', {
    categories: ['Machine Learning', 'Cloud'],
    ...checkedOn('2026-06-13'),
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
      'This certification was retired on 31 March 2026: it can no longer be earned, though those who hold it keep ' +
        'it. Check the official page for its successor.',
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
      certificationPage(sampleCertification('s', { ...overrides, ...checkedOn(TODAY) }), { today: TODAY }).statusNotice,
    ).toEqual({ text, final });
  });

  it('says the facts may be outdated when verified long ago, or never', () => {
    expect(
      certificationPage(sampleCertification('old', checkedOn('2025-01-10')), { today: TODAY }).verificationNotice?.text,
    ).toBe(
      'Last checked against the official page on 10 January 2025, more than 12 months ago: confirm these facts ' +
        'there before you book.',
    );
    expect(certificationPage(sampleCertification('never'), { today: TODAY }).verificationNotice?.text).toBe(
      'Not yet checked against the official page: confirm these facts there before you book.',
    );
  });

  it('says when and against which official page recent facts were checked', () => {
    const page = certificationPage(certification, { today: TODAY });
    expect(page.checkedNote).toEqual({
      text: 'Checked against the official page on 13 June 2026, within the last 6 months.',
      final: false,
      link: { before: 'The page checked:', href: 'https://example.org/cert', text: 'example.org', external: true },
    });
    expect(
      certificationPage(sampleCertification('ageing', checkedOn('2026-03-01')), { today: TODAY }).checkedNote?.text,
    ).toBe('Checked against the official page on 1 March 2026, 6 to 12 months ago, so a fact may have changed since.');
    expect(certificationPage(sampleCertification('never'), { today: TODAY }).checkedNote).toBeUndefined();
  });

  it('sends a student from a retired certification to its successor, or to the current end of the chain', () => {
    const retired = (slug: string, next: string) => ({
      ...sampleInput(slug, { status: 'retired', retirement_date: '2025-01-31', replaced_by: next }),
    });
    const catalogue = buildCatalogue(
      [
        retired('oldest', 'older'),
        retired('older', 'current'),
        sampleInput('current', { title: 'The Current One' }),
        sampleInput('retiring', {
          status: 'retiring',
          retirement_date: '2027-01-31',
          last_booking_date: '2027-01-15',
          replaced_by: 'current',
        }),
      ],
      { today: SAMPLE_TODAY },
    );
    const noticeOf = (slug: string) => certificationPage(catalogue.bySlug.get(slug)!, { today: TODAY }).statusNotice;
    expect(noticeOf('oldest')?.link).toEqual({
      before: 'Take its current successor instead:',
      href: paths.certification('current'),
      text: 'The Current One',
    });
    expect(noticeOf('older')?.link?.before).toBe('Its successor is');
    expect(noticeOf('retiring')).toMatchObject({
      text: 'This certification is being retired on 31 January 2027. The last day to book the exam is 15 January 2027.',
      final: false,
    });
  });

  it('never calls a paper a certification in its notices', () => {
    const paper = sampleCertification('p', { kind: 'paper', status: 'retired', retirement_date: '2025-01-31' });
    expect(certificationPage(paper, { today: TODAY }).statusNotice?.text).toMatch(/^This paper was retired/);
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
