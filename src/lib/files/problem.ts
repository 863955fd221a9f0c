/** A problem found in a certification file, and the ways it is printed for editors. */
import { PART_LABELS, problemMessage, type ProblemParts } from '../fields/problem';
import { countOf } from '../text/plural';

export type Severity = 'error' | 'warning';

/** A problem with its place: the parts of the explanation, and where to fix it. */
export interface ContentProblem extends ProblemParts {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line of the field in the file (the first line when the field is missing). */
  line: number;
  /** The front-matter key, or a word for what the problem is about (`file name`, `front matter`, `body`). */
  field: string;
  severity: Severity;
}

/** `file:line: field: reason; found: …; expected: …; example: …`, one line per problem (warnings say so). */
export function formatProblemLine(problem: ContentProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problemMessage(problem)}`;
}

/** The multi-line form for a terminal: the location, then one labelled line per part. */
export function formatProblemBlock(problem: ContentProblem): string {
  const heading =
    `${problem.file}:${problem.line}: ` + `${problem.field}${problem.severity === 'warning' ? ' (warning)' : ''}`;
  const line = (label: string, text: string) => `  ${`${label}:`.padEnd(10)}${text}`;
  const parts = PART_LABELS.flatMap((label) => (problem[label] === undefined ? [] : [line(label, problem[label])]));
  return [heading, line('problem', problem.reason), ...parts].join('\n');
}

/** Escapes a GitHub workflow command's data and property values. */
function escapeAnnotation(text: string, isProperty: boolean): string {
  const escaped = text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  return isProperty ? escaped.replaceAll(':', '%3A').replaceAll(',', '%2C') : escaped;
}

/** A GitHub Actions annotation, shown on the pull request's diff at the field's line. */
export function formatGithubAnnotation(problem: ContentProblem): string {
  const properties = [
    `file=${escapeAnnotation(problem.file, true)}`,
    `line=${problem.line}`,
    `title=${escapeAnnotation(problem.field, true)}`,
  ].join(',');
  return `::${problem.severity} ${properties}::${escapeAnnotation(problemMessage(problem), false)}`;
}

/** Every problem in the multi-line form, errors first, with a closing count. */
export function formatProblemReport(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return [
    ...[...errors, ...warnings].map(formatProblemBlock),
    `${countOf(errors.length, 'error')} and ${countOf(warnings.length, 'warning')} in certification files.`,
  ].join('\n\n');
}
