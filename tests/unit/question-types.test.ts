import { describe, expect, it } from 'vitest';
import { normaliseQuestionType, parseQuestionTypes } from '../../src/lib/fields/question-types';

describe('normaliseQuestionType', () => {
  // Names as Cert Atlas records write them.
  it.each([
    ['Multiple Choice', 'multiple choice'],
    ['multiple_choice', 'multiple choice'],
    ['Multiple Select', 'multiple response'],
    ['Multiple Response', 'multiple response'],
    ['Select all that apply', 'multiple response'],
    ['Drag and Drop', 'drag and drop'],
    ['Hot Spot', 'hot area'],
    ['Case Studies', 'case study'],
    ['Scenario-based', 'case study'],
    ['Performance-Based Questions (PBQs)', 'performance-based / lab'],
    ['Hands-on lab tasks', 'performance-based / lab'],
    ['Simulation', 'performance-based / lab'],
    ['True/False', 'true or false'],
    ['Essay', 'essay'],
    ['Constructed response', 'essay'],
    ['Single best answer', 'multiple choice'],
  ])('%s → %s', (text, name) => {
    expect(normaliseQuestionType(text)).toBe(name);
  });

  it('names nothing for words it does not know', () => {
    expect(normaliseQuestionType('Interpretive dance')).toBeUndefined();
  });
});

describe('parseQuestionTypes', () => {
  it('reads providers’ names into the site’s, each once, in the order written', () => {
    expect(parseQuestionTypes(['Multiple Choice', 'multiple-choice', 'Lab'])).toEqual([
      'multiple choice',
      'performance-based / lab',
    ]);
    expect(parseQuestionTypes('essay, case study')).toEqual(['essay', 'case study']);
  });

  it('refuses a type it cannot place, naming it', () => {
    expect(() => parseQuestionTypes(['multiple choice', 'vibes'])).toThrow('"vibes" is not a question type');
  });
});
