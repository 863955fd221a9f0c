/**
 * The exams a certification needs when it needs more than one (CompTIA A+: Core 1 and Core 2; CCNP: a
 * core and a concentration exam): each with its code, and its fee and format where the provider gives
 * them. The page shows each exam and the total; the fee bands, sorts, compare and plan use the total.
 */
import { z } from 'astro/zod';
import type { Fee } from '../values/money';
import type { ExamFormat } from '../values/exam-format';
import { examFormatInput, parseExamFormatInput } from './exam-format';
import { MAX_EXAM_CODE_LENGTH } from './exam-code';
import { feeInput, parseFeeInput } from './fee';
import { parsedField } from './field';
import { FieldProblem } from './problem';

/** One exam of a certification that needs several: its code, or its title when the provider gives no code. */
export interface RequiredExam {
  code?: string;
  title?: string;
  fee?: Fee;
  format?: ExamFormat;
}

const examInput = z.strictObject({
  code: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  fee: feeInput.optional(),
  exam_format: examFormatInput.optional(),
});

/** Reads the list: two exams or more, each code once. */
export function parseExams(value: readonly z.input<typeof examInput>[]): RequiredExam[] {
  if (value.length < 2)
    throw new FieldProblem('one exam is not a list: write its code under exam_code and its fee under fee');
  const seen = new Set<string>();
  return value.map((exam, index) => {
    const code = exam.code === undefined ? '' : String(exam.code).trim();
    const title = exam.title?.trim();
    if (!code && !title) throw new FieldProblem(`exam ${index + 1} has neither a code nor a title`);
    if (code.length > MAX_EXAM_CODE_LENGTH) throw new FieldProblem(`the code "${code}" is longer than a code may be`);
    const key = (code || title || '').toLowerCase();
    if (seen.has(key)) throw new FieldProblem(`the exam ${code || title} is listed twice`);
    seen.add(key);
    return {
      ...(code && { code }),
      ...(title && { title }),
      ...(exam.fee !== undefined && { fee: parseFeeInput(exam.fee) }),
      ...(exam.exam_format !== undefined && { format: parseExamFormatInput(exam.exam_format) }),
    };
  });
}

export const examsField = parsedField(
  {
    description:
      'When the certification needs two exams or more: each exam’s code (or its title when the provider gives no ' +
      'code), and its fee and format where the provider gives them. The page shows each one and the total; leave ' +
      'fee, exam_code and exam_format out then.',
    expected: 'a list of two or more { code, title, fee, exam_format }, each with a code or a title',
    examples: [
      'exams: [{ code: 220-1201, title: Core 1, fee: "$265", exam_format: "90 questions, 90 minutes" }, ' +
        '{ code: 220-1202, title: Core 2, fee: "$265", exam_format: "90 questions, 90 minutes" }]',
    ],
  },
  z.array(examInput),
  parseExams,
);
