/**
 * What is wrong with an editor's value, as parts rather than prose: the reason, what was found, what
 * is expected and an example that passes. Parts travel unchanged from where a problem is raised to
 * where it is printed (a line, a block, a GitHub annotation), so nothing is ever parsed back out of text.
 */

/** The four parts of every explanation an editor reads. */
export interface ProblemParts {
  /** Why the value is refused, in words an editor understands ("the duration must be positive"). */
  reason: string;
  /** The value as the editor wrote it, quoted, or a phrase such as "nothing (the field is missing)". */
  found?: string;
  /** What is accepted, in one short line. */
  expected?: string;
  /** A front-matter line (or file name, or body line) that would pass. */
  example?: string;
}

/** The labels of the parts after the reason, in the order they are printed. */
export const PART_LABELS = ['found', 'expected', 'example'] as const;

/** One line: `<reason>; found: …; expected: …; example: …`, leaving out the parts that are not given. */
export function problemMessage(parts: ProblemParts): string {
  const labelled = PART_LABELS.filter((label) => parts[label] !== undefined).map(
    (label) => `${label}: ${parts[label]}`,
  );
  return [parts.reason, ...labelled].filter(Boolean).join('; ');
}

/**
 * Parsers throw a `FieldProblem` when an editor's value cannot be read; the field builder adds what
 * was found, what is accepted and an example from the field's documentation.
 */
export class FieldProblem extends Error {
  /** Why this value is refused. */
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'FieldProblem';
    this.reason = reason;
  }
}
