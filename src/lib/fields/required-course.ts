/**
 * A course the provider requires before (or instead of) the exam: what it costs where the provider says,
 * or that each trainer sets its price, and whether the exam attempt is included. Such a credential is
 * never shown as free.
 */
import { z } from 'astro/zod';
import type { Money } from '../values/money';
import { parsedField } from './field';
import { moneyInput, parseMoney, checkMoney } from './money';
import { FieldProblem } from './problem';

export interface RequiredCourse {
  /** The course's price as the provider states it. */
  price?: Money;
  /** Each training partner sets its own price. */
  priceSetByTrainers: boolean;
  /** The exam attempt is included in the course price. */
  includesExam: boolean;
}

const requiredCourseInput = z.strictObject({
  price: z.union([z.string(), moneyInput]).optional(),
  price_set_by_trainers: z.boolean().optional(),
  includes_exam: z.boolean().optional(),
});

/** Reads the course: a price, or that trainers set it (or both, when the provider gives a typical price). */
export function parseRequiredCourse(value: z.input<typeof requiredCourseInput>): RequiredCourse {
  const price =
    value.price === undefined
      ? undefined
      : typeof value.price === 'string'
        ? parseMoney(value.price)
        : checkMoney(value.price);
  if (price?.amount === 0) throw new FieldProblem('a free course is not a cost: leave required_course out');
  const priceSetByTrainers = value.price_set_by_trainers === true;
  if (!price && !priceSetByTrainers) {
    throw new FieldProblem(
      'say what the course costs (price), or that each trainer sets it (price_set_by_trainers: true)',
    );
  }
  return { ...(price && { price }), priceSetByTrainers, includesExam: value.includes_exam === true };
}

export const requiredCourseField = parsedField(
  {
    description:
      'A course the provider requires to earn the credential: its price where the provider states it, or that each ' +
      'training partner sets the price, and whether the exam attempt is included. The page then never says "Free".',
    expected: '{ price, price_set_by_trainers, includes_exam } with a price or price_set_by_trainers: true',
    examples: [
      'required_course: { price_set_by_trainers: true, includes_exam: true }',
      'required_course: { price: "$995", includes_exam: true }',
    ],
  },
  requiredCourseInput,
  parseRequiredCourse,
);
