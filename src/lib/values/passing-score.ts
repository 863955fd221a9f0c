/** The score that passes an exam, as typed data, and how it reads: safe for the browser. */
import { t } from '../../i18n/browser';
import { values } from '../../i18n/en/values';

export type PassingScore = { kind: 'score'; score: number; outOf: number } | { kind: 'percent'; percent: number };

/** `750 of 1000` or `70%`: numbers as the provider writes them, without a thousands separator. */
export function formatPassingScore(passing: PassingScore): string {
  return passing.kind === 'percent'
    ? t(values.passingScore.percent, { percent: String(passing.percent) })
    : t(values.passingScore.score, { score: String(passing.score), outOf: String(passing.outOf) });
}
