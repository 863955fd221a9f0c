/** What kind of credential the entry is: a certification, a qualification, one of its papers, or a course. */
import { z } from 'astro/zod';
import { KINDS, type Kind } from '../values/kinds';
import { parsedField } from './field';
import { FieldProblem } from './problem';

export { KINDS, type Kind } from '../values/kinds';

/** Reads a kind in any letter case. */
export function parseKind(text: string): Kind {
  const wanted = text.trim().toLowerCase();
  const kind = KINDS.find((candidate) => candidate === wanted);
  if (!kind) throw new FieldProblem(`not one of ${KINDS.join(', ')}`);
  return kind;
}

export const kindField = parsedField(
  {
    description:
      'What a student earns: a certification (an exam or other assessment), a qualification made of papers ' +
      '(it lists them under papers), one paper of a qualification (never a credential on its own), or a ' +
      'course certificate (earned by completing a course, no separate exam). Defaults to certification.',
    expected: `one of ${KINDS.join(', ')}`,
    examples: ['kind: paper', 'kind: qualification', 'kind: course'],
  },
  z.string(),
  parseKind,
);
