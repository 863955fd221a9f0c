import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/lib/fields/problem';
import {
  formatGithubAnnotation,
  formatProblemBlock,
  formatProblemLine,
  formatProblemReport,
  type ContentProblem,
} from '../../src/lib/files/problem';

const problem: ContentProblem = {
  file: 'src/content/certifications/gcp-ml-engineer.mdx',
  line: 5,
  field: 'fee',
  severity: 'error',
  reason: 'not an amount with a currency',
  found: '"two hundred dollars"',
  expected: 'Free, or an amount such as "$200"',
  example: 'fee: "$200"',
};

describe('problem formats', () => {
  it('prints file:line: field: message on one line', () => {
    expect(formatProblemLine(problem)).toBe(
      'src/content/certifications/gcp-ml-engineer.mdx:5: fee: not an amount with a currency; found: "two hundred ' +
        'dollars"; expected: Free, or an amount such as "$200"; example: fee: "$200"',
    );
    expect(formatProblemLine({ ...problem, severity: 'warning' })).toContain(': fee: warning: ');
  });

  it('prints a labelled block for terminals', () => {
    expect(formatProblemBlock(problem)).toBe(
      [
        'src/content/certifications/gcp-ml-engineer.mdx:5: fee',
        '  problem:  not an amount with a currency',
        '  found:    "two hundred dollars"',
        '  expected: Free, or an amount such as "$200"',
        '  example:  fee: "$200"',
      ].join('\n'),
    );
  });

  it('prints every part whole, however many semicolons a reason holds, and leaves out missing parts', () => {
    const advice: ContentProblem = {
      ...problem,
      reason: 'starts at the root; link relatively; such as ../x/',
      found: undefined,
    };
    expect(formatProblemBlock(advice).split('\n').slice(1, 3)).toEqual([
      '  problem:  starts at the root; link relatively; such as ../x/',
      '  expected: Free, or an amount such as "$200"',
    ]);
    expect(problemMessage({ reason: 'the file cannot be read' })).toBe('the file cannot be read');
  });

  it('prints GitHub annotations with escaped properties and data', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      `::error file=src/content/certifications/gcp-ml-engineer.mdx,line=5,title=fee::${problemMessage(problem)}`,
    );
    const odd: ContentProblem = {
      ...problem,
      file: 'a,b:c.mdx',
      severity: 'warning',
      reason: '100% sure\nnext line',
      found: undefined,
      expected: undefined,
      example: undefined,
    };
    expect(formatGithubAnnotation(odd)).toBe('::warning file=a%2Cb%3Ac.mdx,line=5,title=fee::100%25 sure%0Anext line');
  });

  it('lists errors before warnings and counts both', () => {
    const report = formatProblemReport([{ ...problem, severity: 'warning', field: 'last_verified' }, problem]);
    expect(report.indexOf(': fee')).toBeLessThan(report.indexOf(': last_verified'));
    expect(report.endsWith('1 error and 1 warning in certification files.')).toBe(true);
  });
});
