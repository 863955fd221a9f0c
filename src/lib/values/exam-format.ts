/** An exam's format as typed data, and how its question count reads: safe for the browser. */

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

/** `65`, `50–60` or `up to 90`. */
export function formatQuestionCount(count: QuestionCount): string {
  if (count.min === null) return `up to ${count.max}`;
  if (count.min === count.max) return String(count.max);
  return `${count.min}–${count.max}`;
}
