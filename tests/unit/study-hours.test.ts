import { describe, expect, it } from 'vitest';
import { FieldProblem } from '../../src/lib/fields/problem';
import { parseStudyHours } from '../../src/lib/fields/study-hours';
import { formatHours } from '../../src/lib/values/duration';
import { checkCertificationSource } from '../../src/lib/files/check-file';

const source = 'https://www.pmi.org/certifications/project-management-pmp';
const checked = '2026-12-05';

describe('parseStudyHours', () => {
  it('keeps the hours, what they are and the provider’s page', () => {
    expect(
      parseStudyHours({ hours: 35, basis: ' Project management education PMI requires ', source, checked }),
    ).toEqual({
      hours: 35,
      basis: 'Project management education PMI requires',
      source,
      checked,
    });
    expect(
      parseStudyHours({ hours: 12.5, basis: 'Learning path', source, checked: new Date('2026-12-05') }).hours,
    ).toBe(12.5);
  });

  it.each([
    ['no hours', { hours: 0, basis: 'Course', source, checked }, /above 0/],
    ['a typing slip', { hours: 35000, basis: 'Course', source, checked }, /at most 2000/],
    ['minutes rather than hours', { hours: 12.25, basis: 'Course', source, checked }, /half hour/],
    ['no basis', { hours: 35, basis: ' ', source, checked }, /basis is empty/],
    ['a plain-http source', { hours: 35, basis: 'Course', source: 'http://example.org/', checked }, /source: .*https/],
    [
      'a source that is not a link',
      { hours: 35, basis: 'Course', source: 'PMI handbook', checked },
      /source: not an absolute URL/,
    ],
    ['an impossible day', { hours: 35, basis: 'Course', source, checked: '2026-02-30' }, /checked: not a real/],
  ])('refuses %s', (_case, value, message) => {
    expect(() => parseStudyHours(value)).toThrow(FieldProblem);
    expect(() => parseStudyHours(value)).toThrow(message);
  });
});

describe('the study_hours field in a file', () => {
  it('names the file, the line, the field, what is expected and an example', () => {
    const file = 'src/content/certifications/example.mdx';
    const text = [
      '---',
      'title: Example Certification',
      'provider: Example',
      'level: Beginner',
      'overview: An example certification for the field test.',
      'categories: [Cloud Computing]',
      'link: https://example.org/certification',
      'study_hours: { hours: 35, basis: "Course" }',
      '---',
      '',
      'Body.',
    ].join('\n');
    const problem = checkCertificationSource(file, text).problems.find((found) => found.field === 'study_hours');
    expect(problem).toMatchObject({ file, line: 8, severity: 'error' });
    expect(problem?.expected).toMatch(/\{ hours, basis, source, checked \}/);
    expect(problem?.example).toMatch(/study_hours: \{ hours: 35/);
  });
});

describe('formatHours', () => {
  it('writes hours as a reader counts them', () => {
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(37.5)).toBe('37.5 hours');
    expect(formatHours(1500)).toBe('1,500 hours');
  });
});
