/** Certifications as the compare page reads them, for the compare logic's unit tests. */
import type { ComparedCertification } from '../../src/lib/compare/compared';

/** Exchange rates with round numbers, so expected amounts are easy to check by hand. */
export const TEST_RATES = { base: 'USD', date: '2026-12-02', source: 'test', rates: { USD: 1, EUR: 0.8, INR: 80 } };

/** A certification with only a slug, titled after it; `overrides` give it facts. */
export function compared(slug: string, overrides: Partial<ComparedCertification> = {}): ComparedCertification {
  return {
    slug,
    url: `https://certs.example.org/${slug}/`,
    title: slug,
    level: 'Beginner',
    provider: { name: 'Sample Org' },
    categories: [{ name: 'Cloud' }],
    officialLink: `https://example.org/${slug}`,
    fee: null,
    totalCost: null,
    examMinutes: null,
    status: 'active',
    retirementDate: null,
    lastBookingDate: null,
    replacedBy: null,
    examFormat: null,
    validity: null,
    skills: [],
    prerequisites: [],
    renewal: null,
    renewalFee: null,
    ...overrides,
  };
}
