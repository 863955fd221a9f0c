import { describe, expect, it } from 'vitest';
import { newRetirementSentences, retirementSentences } from '../../src/lib/editor/watcher/retirement';

describe('retirementSentences', () => {
  it.each([
    'This exam will be retired on 31 March 2027.',
    'The certification is being withdrawn.',
    'The programme was discontinued in 2025.',
    'The last day to schedule your exam is 30 June 2027.',
    'The last date to book is 1 May 2027.',
    'This credential will no longer be available after June.',
    'The exam reaches end-of-life next year.',
    'Retirement of the v2 exam: what it means for you.',
  ])('finds %j', (sentence) => {
    expect(retirementSentences(`Intro line.\nFees are listed below. ${sentence} More text follows.`)).toEqual([
      sentence,
    ]);
  });

  it('finds nothing in words that only look alike (tired, retiree)', () => {
    expect(retirementSentences('Tired of waiting? Ask a retiree.\nThe fee is USD 100.')).toEqual([]);
  });

  it('keeps each sentence once, at most ten, each at most 300 characters', () => {
    expect(retirementSentences('It will be retired.\nIt will be retired.')).toEqual(['It will be retired.']);
    const many = Array.from({ length: 15 }, (_, index) => `Exam ${index} is retired.`).join(' ');
    expect(retirementSentences(many)).toHaveLength(10);
    const [long] = retirementSentences(`It will be retired ${'soon '.repeat(100)}`);
    expect(long).toHaveLength(300);
    expect(long?.endsWith('…')).toBe(true);
  });
});

describe('newRetirementSentences', () => {
  const before = ['Retired exams are listed below.'];

  it('reports only sentences the page did not carry last time', () => {
    expect(newRetirementSentences(before, before)).toEqual([]);
    expect(newRetirementSentences([...before, 'This exam will be retired on 31 March 2027.'], before)).toEqual([
      'This exam will be retired on 31 March 2027.',
    ]);
  });

  it('reports a changed date as new, and everything on a page seen for the first time', () => {
    expect(newRetirementSentences(['It retires on 30 June 2027.'], ['It retires on 31 March 2027.'])).toEqual([
      'It retires on 30 June 2027.',
    ]);
    expect(newRetirementSentences(before, undefined)).toEqual(before);
  });
});
