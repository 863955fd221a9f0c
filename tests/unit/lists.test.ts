import { describe, expect, it } from 'vitest';
import { parsePrerequisites } from '../../src/lib/fields/prerequisites';
import { FieldProblem } from '../../src/lib/fields/problem';
import { parseSkills } from '../../src/lib/fields/skills';

describe('lists', () => {
  it('splits skills on commas and trims them', () => {
    expect(parseSkills('Model Deployment, Data Engineering,  Feature Engineering')).toEqual([
      'Model Deployment',
      'Data Engineering',
      'Feature Engineering',
    ]);
    expect(parseSkills(['Python', ' SQL '])).toEqual(['Python', 'SQL']);
  });

  it('keeps a prerequisites string whole, commas included', () => {
    const sentence = 'Courses like Introduction to Machine Learning, Data Science and Management';
    expect(parsePrerequisites(sentence)).toEqual([sentence]);
    expect(parsePrerequisites(['Linux basics', 'Networking basics'])).toEqual(['Linux basics', 'Networking basics']);
  });

  it('refuses empty lists', () => {
    expect(() => parseSkills(' , ')).toThrow(FieldProblem);
    expect(() => parsePrerequisites([])).toThrow(FieldProblem);
  });
});
