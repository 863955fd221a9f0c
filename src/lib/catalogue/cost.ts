/**
 * What earning a certification costs, from its fee fields: each exam's fee (one, or several when it
 * needs several), a required course, and the total when every part has a price. The facts panel, the
 * cards, the fee bands and sort, compare, the plan and the CSV all read these same numbers.
 */
import type { RequiredCourse } from '../fields/required-course';
import type { RegionalFee } from '../fields/regional-fees';
import type { CertificationData } from '../schema';
import type { Fee, Money } from '../values/money';

/** One exam and its fee, as the provider states it. */
export interface ExamCost {
  code?: string;
  title?: string;
  fee?: Fee;
}

export interface Cost {
  /** The exams, in order: one for most certifications; none when the exam comes with a required course. */
  exams: ExamCost[];
  course?: RequiredCourse;
  /** What earning it costs in all, when every part has a fixed price in one currency. */
  total?: Fee;
  /** The provider prices the exam by country; `exams` hold the United States price. */
  variesByCountry: boolean;
  /** Prices the provider states for particular countries. */
  regional: RegionalFee[];
}

/** The fields cost is computed from. */
type CostFields = Pick<
  CertificationData,
  'fee' | 'examCode' | 'exams' | 'requiredCourse' | 'feeVariesByCountry' | 'regionalFees'
>;

/** Adds fees up: undefined when one is missing or the prices are in different currencies. */
export function sumFees(fees: readonly (Fee | undefined)[]): Fee | undefined {
  if (fees.length === 0 || fees.some((fee) => fee === undefined)) return undefined;
  const paid = fees.filter((fee): fee is Extract<Fee, { kind: 'paid' }> => fee?.kind === 'paid');
  if (paid.length === 0) return { kind: 'free' };
  const [first] = paid;
  const currency = first!.price.currency;
  if (paid.some((fee) => fee.price.currency !== currency)) return undefined;
  const add = (amounts: number[]) => Math.round(amounts.reduce((sum, amount) => sum + amount, 0) * 100) / 100;
  // An approximation in another currency adds up only when every part has one in that currency.
  const approx = first!.approx.flatMap((money): Money[] => {
    const each = paid.map((fee) => fee.approx.find((other) => other.currency === money.currency)?.amount);
    return each.every((amount) => amount !== undefined) ? [{ amount: add(each), currency: money.currency }] : [];
  });
  return { kind: 'paid', price: { amount: add(paid.map((fee) => fee.price.amount)), currency }, approx };
}

const priced = (money: Money): Fee => ({ kind: 'paid', price: money, approx: [] });

/** The cost of a certification from its fields. */
export function costOf(data: CostFields): Cost {
  const course = data.requiredCourse;
  const exams: ExamCost[] = course?.includesExam
    ? []
    : data.exams.length > 0
      ? data.exams.map(({ code, title, fee }) => ({
          ...(code && { code }),
          ...(title && { title }),
          ...(fee && { fee }),
        }))
      : [{ ...(data.examCode && { code: data.examCode }), ...(data.fee && { fee: data.fee }) }];
  // A course whose price each trainer sets has no one price, so neither has the whole.
  const coursePart = course && (course.priceSetByTrainers || !course.price ? undefined : priced(course.price));
  const total =
    course && !coursePart ? undefined : sumFees([...exams.map((exam) => exam.fee), ...(course ? [coursePart] : [])]);
  return {
    exams,
    ...(course && { course }),
    ...(total && { total }),
    variesByCountry: data.feeVariesByCountry,
    regional: data.regionalFees,
  };
}
