/** The editors' catalogue report (`npm run report`), on sample entries. */
import { describe, expect, it } from 'vitest';
import { catalogueReport, formatCatalogueReport } from '../../src/lib/editor/catalogue-report';
import { checkCertificationSource } from '../../src/lib/files/check-file';
import type { CheckedFile } from '../../src/lib/files/check-file';

function entry(slug: string, front: string): CheckedFile {
  const text = `---
title: "${slug}"
provider: "Amazon Web Services (AWS)"
level: Intermediate
overview: "An overview."
short_description: "Short."
categories: [Cloud]
link: "https://example.org/${slug}"
${front}
---
`;
  const { checked, problems } = checkCertificationSource(`src/content/certifications/${slug}.mdx`, text);
  if (!checked) throw new Error(JSON.stringify(problems));
  return checked;
}

const entries = [
  entry('aws-certified-developer-associate', 'last_verified: 2026-11-01\nverified_against: https://example.org/a'),
  entry('old-check-associate', 'last_verified: 2024-01-01\nverified_against: https://example.org/b'),
  entry('never-checked-associate', 'fee: $150'),
  entry('reported-retired-associate', 'status: retired\nstatus_source: reported\nretirement_date: 2026-03-31'),
];

describe('the catalogue report', () => {
  const report = catalogueReport(entries, '2026-12-04');

  it('counts kinds, statuses, unconfirmed retirements and the age of checks', () => {
    expect(report.total).toBe(4);
    expect(report.byKind).toMatchObject({ certification: 4, qualification: 0 });
    expect(report.byStatus).toEqual({ active: 3, retiring: 0, retired: 1 });
    expect(report.reported).toBe(1);
    expect(report.checks).toEqual({ recent: 1, old: 1, never: 2, corrected: 0 });
  });

  it('gives each provider’s levels and where they come from', () => {
    expect(report.providers).toEqual([
      expect.objectContaining({
        provider: 'Amazon Web Services (AWS)',
        entries: 4,
        checked: 2,
        basis: { ladder: 4, general: 0, experience: 0, exception: 0 },
      }),
    ]);
    expect(report.categories[0]).toMatchObject({ category: 'Cloud', entries: 4 });
  });

  it('puts an unconfirmed retirement first, then an old check, then entries never checked', () => {
    expect(report.needingCheck.map((need) => need.title)).toEqual([
      'reported-retired-associate',
      'old-check-associate',
      'never-checked-associate',
    ]);
    expect(report.needingCheck[2]?.reasons).toContain('in Cloud, which students look for most');
    expect(formatCatalogueReport(report)).toMatch(/Most in need of a check \(3 of 3\)/);
  });
});
