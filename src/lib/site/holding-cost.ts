/**
 * What holding a certification costs over its validity, not only the exam: what earning it costs plus the
 * annual fee for every year it stays valid, in the exam fee's currency (converted with the site's
 * exchange rates when the annual fee is in another).
 */
import type { Certification } from '../catalogue/catalogue';
import { convert } from '../values/exchange';
import { formatMoney, type Fee, type Money } from '../values/money';
import { messages, tp } from '../../i18n';

/** `$1,154 over 3 years ($749 exam + 3 × $135 a year)`, or undefined when a part is missing. */
export function holdingCost(
  certification: Pick<Certification, 'annualFee' | 'validity'> & { fee: Fee | undefined },
): string | undefined {
  const { fee, annualFee, validity } = certification;
  if (!fee || annualFee?.kind !== 'paid' || !validity || validity.kind === 'lifetime') return undefined;
  const years = validity.kind === 'years' ? validity.years : validity.months / 12;
  if (!Number.isInteger(years)) return undefined;
  const exam: Money = fee.kind === 'free' ? { amount: 0, currency: annualFee.price.currency } : fee.price;
  const yearly = annualFee.price.currency === exam.currency ? annualFee.price : convert(annualFee.price, exam.currency);
  if (!yearly) return undefined;
  const total = { amount: Math.round((exam.amount + years * yearly.amount) * 100) / 100, currency: exam.currency };
  return tp(messages.certification.facts.holdingCost, years, {
    total: formatMoney(total),
    exam: formatMoney(exam),
    yearly: formatMoney(yearly),
  });
}
