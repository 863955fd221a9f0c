/**
 * The catalogue as a spreadsheet: `/api/certifications.csv`, one row per certification. The columns
 * are defined once, here, with their meaning (the README's table is checked against this list). Written
 * as text/csv.ts writes every CSV of the site; lists are joined with "; " inside one cell.
 */
import type { Certification } from '../catalogue/catalogue';
import { csvText, type CsvValue } from '../text/csv';
import { formatPassingScore } from '../values/passing-score';
import { formatValidity, validityMonths } from '../values/validity';
import { feeInUsdCents } from '../values/exchange';
import { formatFee } from '../values/money';

/** One column: its header, what it holds, and its value for a certification. */
export interface CsvColumn {
  name: string;
  description: string;
  value: (certification: Certification, pageUrl: (slug: string) => string) => CsvValue;
}

const list = (items: readonly string[]) => items.join('; ');

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'slug', description: 'The certification’s slug (its page is /<slug>/)', value: (c) => c.slug },
  { name: 'title', description: 'Its name', value: (c) => c.title },
  { name: 'url', description: 'Its page on this site', value: (c, pageUrl) => pageUrl(c.slug) },
  { name: 'provider', description: 'Who awards it', value: (c) => c.providerLink.name },
  { name: 'level', description: 'Beginner, Intermediate, Advanced or Expert', value: (c) => c.level },
  { name: 'status', description: 'active, retiring or retired', value: (c) => c.status },
  {
    name: 'fee',
    description:
      'The exam fee as the provider states it, an editor’s approximation in brackets (`Free`, `$300 (≈ ₹25,000)`)',
    value: (c) => c.fee && formatFee(c.fee),
  },
  {
    name: 'fee_amount',
    description: 'The official price as a number (0 when free)',
    value: (c) => (c.fee ? (c.fee.kind === 'free' ? 0 : c.fee.price.amount) : undefined),
  },
  {
    name: 'fee_currency',
    description: 'Its ISO 4217 currency code',
    value: (c) => (c.fee?.kind === 'paid' ? c.fee.price.currency : undefined),
  },
  {
    name: 'fee_usd',
    description: 'The fee converted to US dollars with the site’s dated rates (approximate)',
    value: (c) => {
      const cents = c.fee && feeInUsdCents(c.fee);
      return cents === undefined ? undefined : cents / 100;
    },
  },
  {
    name: 'questions',
    description: 'Number of questions (the most, for a range)',
    value: (c) => c.examFormat?.questions?.max,
  },
  { name: 'duration_minutes', description: 'Exam length in minutes', value: (c) => c.examFormat?.durationMinutes },
  {
    name: 'delivery',
    description: 'How the exam is taken, "; "-separated',
    value: (c) => list(c.examFormat?.delivery ?? []),
  },
  {
    name: 'validity',
    description: 'How long it stays valid, in words',
    value: (c) => c.validity && formatValidity(c.validity),
  },
  {
    name: 'validity_months',
    description: 'The same in months; blank for lifetime',
    value: (c) => validityMonths(c.validity),
  },
  {
    name: 'passing_score',
    description: 'The passing score, in words',
    value: (c) => c.passingScore && formatPassingScore(c.passingScore),
  },
  { name: 'languages', description: 'Exam languages, "; "-separated', value: (c) => list(c.languages) },
  { name: 'exam_code', description: 'The provider’s exam code', value: (c) => c.examCode },
  {
    name: 'categories',
    description: 'Category names, "; "-separated',
    value: (c) => list(c.categoryLinks.map((link) => link.name)),
  },
  { name: 'skills', description: 'Skills, "; "-separated', value: (c) => list(c.skills) },
  { name: 'prerequisites', description: 'Prerequisites, "; "-separated', value: (c) => list(c.prerequisites) },
  {
    name: 'builds_on',
    description: 'Slugs of the certifications it builds on, as its file states them',
    value: (c) => list(c.buildsOn),
  },
  { name: 'leads_to', description: 'Slugs of its next steps, as its file states them', value: (c) => list(c.leadsTo) },
  { name: 'official_link', description: 'The provider’s official page', value: (c) => c.link },
  { name: 'last_verified', description: 'When its facts were last checked (YYYY-MM-DD)', value: (c) => c.lastVerified },
];

/** The whole file: the header row, then one row per certification. */
export function certificationsCsv(certifications: readonly Certification[], pageUrl: (slug: string) => string): string {
  return csvText([
    CSV_COLUMNS.map((column) => column.name),
    ...certifications.map((certification) => CSV_COLUMNS.map((column) => column.value(certification, pageUrl))),
  ]);
}
