/**
 * Parsers throw a `FieldProblem` when an editor's value cannot be read; the schema turns it into an
 * error that shows what was found, what is accepted and an example.
 */
export class FieldProblem extends Error {
  /** Why this value is refused, in words an editor understands ("the duration must be positive"). */
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'FieldProblem';
    this.reason = reason;
  }
}
