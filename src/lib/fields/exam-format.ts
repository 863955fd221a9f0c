/**
 * The exam format: how many questions, how long, and how it is delivered.
 * Written as comma-separated parts, e.g. `65 questions, 180 minutes, online proctored`.
 */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';

import type { ExamFormat, QuestionCount } from '../values/exam-format';

/**
 * What front matter may hold: the comma-separated text, or `{ questions, duration_minutes, delivery }`.
 * Whole-number rules are the parser's, so its message can say what is wrong.
 */
export const examFormatInput = z.union([
  z.string(),
  z.strictObject({
    questions: z.union([z.number(), z.strictObject({ min: z.number().optional(), max: z.number() })]).optional(),
    duration_minutes: z.number().optional(),
    delivery: z.array(z.string()).optional(),
  }),
]);

type ExamFormatObject = Exclude<z.input<typeof examFormatInput>, string>;

const WHOLE = String.raw`\d+(?:,\d{3})*`;
/** `up to 90`, `50-60` (any dash) or `65`, then `questions`. */
const RANGE = String.raw`(?<from>${WHOLE})\s*[-–—]\s*(?<to>${WHOLE})`;
const COUNT = String.raw`(?<upTo>up to)\s+(?<max>${WHOLE})|${RANGE}|(?<exact>${WHOLE})`;
const QUESTIONS_PATTERN = new RegExp(String.raw`^(?:${COUNT})\s+questions?$`, 'i');
const MINUTES_PER_UNIT: Readonly<Record<string, number>> = {
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
};
/** One `<number> <unit>` term of a duration (`2 hours`, `30 min`); a duration is nothing but terms. */
const DURATION_TERM = /(?<amount>\d+(?:\.\d+)?)\s*(?<unit>[a-z]+)/gi;

/** Splits on commas, but not on the thousands separator of a number such as `1,000` (a digit on both sides). */
function splitParts(text: string): string[] {
  return text
    .split(/(?<!\d),|,(?!\d{3}(?!\d))/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function wholeNumber(text: string): number {
  return Number(text.replaceAll(',', ''));
}

/** Reads `65 questions`, `50-60 questions`, `50–60 questions` or `up to 90 questions`; null if the part is not one. */
export function parseQuestionCount(part: string): QuestionCount | null {
  const groups = QUESTIONS_PATTERN.exec(part.trim())?.groups;
  if (!groups) return null;
  if (groups.upTo) return checkQuestionCount({ min: null, max: wholeNumber(groups.max ?? '') });
  if (groups.from) return checkQuestionCount({ min: wholeNumber(groups.from), max: wholeNumber(groups.to ?? '') });
  const exact = wholeNumber(groups.exact ?? '');
  return checkQuestionCount({ min: exact, max: exact });
}

function checkQuestionCount(count: QuestionCount): QuestionCount {
  if (
    !Number.isInteger(count.max) ||
    count.max < 1 ||
    (count.min !== null && (!Number.isInteger(count.min) || count.min < 1))
  ) {
    throw new FieldProblem('a question count must be a positive whole number');
  }
  if (count.min !== null && count.min > count.max) {
    throw new FieldProblem(`the question range ${count.min}-${count.max} runs backwards`);
  }
  return count;
}

/** Reads `90 minutes`, `90 min`, `1 hour`, `2 hours 30 minutes`, `1.5 hours`; null if the part is not a duration. */
export function parseDurationMinutes(part: string): number | null {
  const text = part.trim();
  if (text === '' || text.replace(DURATION_TERM, '').trim() !== '') return null;
  let minutes = 0;
  for (const term of text.matchAll(DURATION_TERM)) {
    const perUnit = MINUTES_PER_UNIT[term.groups?.unit?.toLowerCase() ?? ''];
    if (perUnit === undefined) return null;
    minutes += Number(term.groups?.amount) * perUnit;
  }
  if (!(minutes > 0)) throw new FieldProblem('the duration must be longer than zero');
  if (!Number.isInteger(minutes)) throw new FieldProblem('the duration must come to a whole number of minutes');
  return minutes;
}

/** Reads the comma-separated exam format. */
export function parseExamFormat(text: string): ExamFormat {
  const format: ExamFormat = { delivery: [] };
  for (const part of splitParts(text)) {
    const questions = parseQuestionCount(part);
    if (questions) {
      if (format.questions) throw new FieldProblem('the question count is given twice');
      format.questions = questions;
      continue;
    }
    const minutes = parseDurationMinutes(part);
    if (minutes !== null) {
      if (format.durationMinutes !== undefined) throw new FieldProblem('the duration is given twice');
      format.durationMinutes = minutes;
      continue;
    }
    if (/^\d/.test(part) || /^up to \d/i.test(part)) {
      throw new FieldProblem(`"${part}" starts with a number but is neither a question count nor a duration`);
    }
    format.delivery.push(part);
  }
  return nonEmpty(format);
}

function nonEmpty(format: ExamFormat): ExamFormat {
  if (!format.questions && format.durationMinutes === undefined && format.delivery.length === 0) {
    throw new FieldProblem('the exam format is empty');
  }
  return format;
}

/** Reads the object form of the exam format. */
function examFormatFromObject(object: ExamFormatObject): ExamFormat {
  const format: ExamFormat = { delivery: (object.delivery ?? []).map((mode) => mode.trim()).filter(Boolean) };
  if (object.questions !== undefined) {
    format.questions = checkQuestionCount(
      typeof object.questions === 'number'
        ? { min: object.questions, max: object.questions }
        : { min: object.questions.min ?? null, max: object.questions.max },
    );
  }
  if (object.duration_minutes !== undefined) {
    if (!Number.isInteger(object.duration_minutes) || object.duration_minutes < 1) {
      throw new FieldProblem('duration_minutes must be a positive whole number');
    }
    format.durationMinutes = object.duration_minutes;
  }
  return nonEmpty(format);
}

/** Reads either form of the exam format. */
export function parseExamFormatInput(value: z.input<typeof examFormatInput>): ExamFormat {
  return typeof value === 'string' ? parseExamFormat(value) : examFormatFromObject(value);
}

export const examFormatField = parsedField(
  {
    description:
      'Comma-separated parts: the number of questions, the duration, and how the exam is taken (any other text).',
    expected: 'parts such as "65 questions", "90 minutes" and "online proctored", separated by commas',
    accepted:
      'parts such as "65 questions", "50-60 questions", "up to 90 questions", "90 minutes", "2 hours 30 minutes", ' +
      '"online proctored"; or { questions, duration_minutes, delivery: [...] }',
    examples: [
      'exam_format: "65 questions, 180 minutes, online proctored"',
      'exam_format: "up to 90 questions, 2 hours, in-person"',
      'exam_format: { questions: 60, duration_minutes: 90, delivery: [online proctored] }',
    ],
  },
  examFormatInput,
  parseExamFormatInput,
);
