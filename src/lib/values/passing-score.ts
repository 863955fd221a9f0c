/** The score that passes an exam, as typed data, and how it reads: safe for the browser. */

export type PassingScore = { kind: 'score'; score: number; outOf: number } | { kind: 'percent'; percent: number };

/** `750 of 1000` or `70%`. */
export function formatPassingScore(passing: PassingScore): string {
  return passing.kind === 'percent' ? `${passing.percent}%` : `${passing.score} of ${passing.outOf}`;
}
