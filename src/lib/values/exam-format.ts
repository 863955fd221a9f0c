/** An exam's format as typed data, and how its question count reads: safe for the browser. */
import { t } from '../../i18n/browser';
import { values } from '../../i18n/en/values';

/** A question count: exact (`min === max`), a range, or a maximum only (`min` is null). */
export interface QuestionCount {
  min: number | null;
  max: number;
}

export interface ExamFormat {
  questions?: QuestionCount;
  durationMinutes?: number;
  /** Delivery modes as written: `online proctored`, `in-person`, `performance-based lab`. */
  delivery: string[];
}

/** `65`, `50–60` or `up to 90`: numbers as written, without a thousands separator. */
export function formatQuestionCount(count: QuestionCount): string {
  const max = String(count.max);
  if (count.min === null) return t(values.questions.upTo, { max });
  if (count.min === count.max) return max;
  return t(values.questions.range, { min: String(count.min), max });
}
