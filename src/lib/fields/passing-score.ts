/** The score that passes the exam: a score out of a maximum, or a percentage. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';

import type { PassingScore } from '../values/passing-score';

/** What front matter may hold: `750 of 1000`, `700/1000`, `70%`, `{ score, out_of }` or `{ percent }`. */
const passingScoreInput = z.union([
  z.string(),
  z.strictObject({ score: z.number(), out_of: z.number() }),
  z.strictObject({ percent: z.number() }),
]);

const SCORE_OF = /^(?<score>\d+(?:\.\d+)?)\s*(?:of|out of|\/)\s*(?<outOf>\d+(?:\.\d+)?)$/i;
const PERCENT = /^(?<percent>\d+(?:\.\d+)?)\s*%$/;

function score(score: number, outOf: number): PassingScore {
  if (!(outOf > 0) || !(score > 0)) throw new FieldProblem('a passing score and its maximum are numbers above 0');
  if (score > outOf) throw new FieldProblem(`the passing score ${score} is more than the maximum ${outOf}`);
  return { kind: 'score', score, outOf };
}

function percent(value: number): PassingScore {
  if (!(value > 0) || value > 100) throw new FieldProblem(`${value}% is not a percentage above 0 and at most 100`);
  return { kind: 'percent', percent: value };
}

/** Reads either form of a passing score. */
export function parsePassingScore(value: z.input<typeof passingScoreInput>): PassingScore {
  if (typeof value !== 'string') return 'percent' in value ? percent(value.percent) : score(value.score, value.out_of);
  const text = value.trim();
  const groups = SCORE_OF.exec(text)?.groups;
  if (groups) return score(Number(groups.score), Number(groups.outOf));
  const percentage = PERCENT.exec(text)?.groups?.percent;
  if (percentage !== undefined) return percent(Number(percentage));
  throw new FieldProblem('not a score out of a maximum ("750 of 1000") nor a percentage ("70%")');
}

export const passingScoreField = parsedField(
  {
    description: 'The score that passes the exam, as the provider publishes it.',
    expected: 'a score out of a maximum such as "750 of 1000" or "700/1000", or a percentage such as "70%"',
    accepted: '"<score> of <maximum>", "<score>/<maximum>" or "<N>%"; or { score, out_of } or { percent }',
    examples: ['passing_score: "750 of 1000"', 'passing_score: "70%"', 'passing_score: { score: 700, out_of: 1000 }'],
  },
  passingScoreInput,
  parsePassingScore,
);
