/**
 * A plan as a spreadsheet the student downloads (`my-plan.csv`): one row per certification of the plan,
 * with its status, the day passed, when it expires, and what it costs. The columns, like the catalogue's
 * CSV, are a data contract: English names and raw values (`passed`, `2025-06-30`, amounts as numbers).
 * A certification the catalogue no longer has keeps its row, with only what the plan knows.
 */
import type { ComparedCertification } from '../compare/compared';
import { csvText, type CsvValue } from '../text/csv';
import type { CalendarDate } from '../values/calendar-date';
import { feeInUsdCents } from '../values/exchange';
import { formatFee, type Fee } from '../values/money';
import { formatValidity, validityMonths } from '../values/validity';
import type { PlanEntry } from './plan';
import { expiryOf } from './summary';

/** One column: its header and its value for an entry and, when found, its certification. */
interface PlanCsvColumn {
  name: string;
  value: (entry: PlanEntry, certification: ComparedCertification | undefined, today: CalendarDate) => CsvValue;
}

const usd = (fee: Fee | null | undefined) => {
  const cents = fee ? feeInUsdCents(fee) : undefined;
  return cents === undefined ? undefined : cents / 100;
};

export const PLAN_CSV_COLUMNS: readonly PlanCsvColumn[] = [
  { name: 'slug', value: (entry) => entry.slug },
  { name: 'title', value: (_, c) => c?.title },
  { name: 'url', value: (_, c) => c?.url },
  { name: 'provider', value: (_, c) => c?.provider.name },
  { name: 'level', value: (_, c) => c?.level },
  { name: 'plan_status', value: (entry) => entry.status },
  { name: 'passed_on', value: (entry) => (entry.status === 'passed' ? entry.passedOn : undefined) },
  {
    name: 'expires_on',
    value: (entry, c, today) => {
      if (entry.status !== 'passed' || !c) return undefined;
      const expiry = expiryOf(c, entry.passedOn, today);
      return expiry.kind === 'on' ? expiry.date : undefined;
    },
  },
  { name: 'validity', value: (_, c) => (c?.validity ? formatValidity(c.validity) : undefined) },
  { name: 'validity_months', value: (_, c) => validityMonths(c?.validity) },
  { name: 'cost', value: (_, c) => (c?.totalCost ? formatFee(c.totalCost) : undefined) },
  { name: 'cost_usd', value: (_, c) => usd(c?.totalCost) },
  { name: 'exam_minutes', value: (_, c) => c?.examMinutes ?? undefined },
  { name: 'renewal_fee', value: (_, c) => (c?.renewalFee ? formatFee(c.renewalFee) : undefined) },
  { name: 'renewal_fee_usd', value: (_, c) => usd(c?.renewalFee) },
  { name: 'certification_status', value: (_, c) => c?.status },
  { name: 'retirement_date', value: (_, c) => c?.retirementDate ?? undefined },
  { name: 'last_booking_date', value: (_, c) => c?.lastBookingDate ?? undefined },
];

/** The file: the header row, then a row per entry in the order given; `certificationOf` finds each one's facts. */
export function planCsv(
  plan: readonly PlanEntry[],
  certificationOf: (slug: string) => ComparedCertification | undefined,
  today: CalendarDate,
): string {
  return csvText([
    PLAN_CSV_COLUMNS.map((column) => column.name),
    ...plan.map((entry) => PLAN_CSV_COLUMNS.map((column) => column.value(entry, certificationOf(entry.slug), today))),
  ]);
}
