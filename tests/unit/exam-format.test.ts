import { describe, expect, it } from 'vitest';
import { formatDuration, formatDurationShort } from '../../src/lib/values/duration';
import { formatQuestionCount } from '../../src/lib/values/exam-format';
import {
  parseExamFormatInput,
  parseDurationMinutes,
  parseExamFormat,
  parseQuestionCount,
} from '../../src/lib/fields/exam-format';
import { FieldProblem } from '../../src/lib/fields/problem';

describe('parseExamFormat', () => {
  it('reads the original entry’s format', () => {
    expect(parseExamFormat('65 questions, 180 minutes, online proctored')).toEqual({
      questions: { min: 65, max: 65 },
      durationMinutes: 180,
      delivery: ['online proctored'],
    });
  });

  it('keeps every other part as a delivery mode, in order', () => {
    expect(parseExamFormat('in-person, performance-based lab, 2 hours').delivery).toEqual([
      'in-person',
      'performance-based lab',
    ]);
  });

  it('does not split a thousands separator into two parts', () => {
    expect(parseExamFormat('1,000 questions, 4 hours').questions).toEqual({ min: 1000, max: 1000 });
  });

  it('splits on a comma without a space, whatever number follows', () => {
    expect(parseExamFormat('65 questions,180 minutes')).toEqual({
      questions: { min: 65, max: 65 },
      durationMinutes: 180,
      delivery: [],
    });
  });

  it('accepts parts in any order and with odd spacing', () => {
    expect(parseExamFormat(' online ,90 min ,  60 questions ')).toEqual({
      questions: { min: 60, max: 60 },
      durationMinutes: 90,
      delivery: ['online'],
    });
  });

  it.each([
    ['a part that starts with a number but is neither', '65 qs, 90 minutes', '"65 qs" starts with a number'],
    ['a task count', '2 performance-based tasks', 'starts with a number'],
    ['a zero duration', '0 minutes', 'longer than zero'],
    ['zero questions', '0 questions', 'positive whole number'],
    ['a backwards range', '60-50 questions', 'runs backwards'],
    ['two question counts', '60 questions, 70 questions', 'given twice'],
    ['two durations', '60 minutes, 2 hours', 'given twice'],
    ['nothing', ' , ', 'empty'],
    ['a fraction of a minute', '1.01 hours', 'whole number of minutes'],
  ])('refuses %s', (_case, text, reason) => {
    expect(() => parseExamFormat(text)).toThrow(FieldProblem);
    expect(() => parseExamFormat(text)).toThrow(reason);
  });
});

describe('parseQuestionCount', () => {
  it.each([
    ['65 questions', { min: 65, max: 65 }],
    ['1 question', { min: 1, max: 1 }],
    ['50-60 questions', { min: 50, max: 60 }],
    ['50–60 questions', { min: 50, max: 60 }],
    ['50 - 60 questions', { min: 50, max: 60 }],
    ['up to 90 questions', { min: null, max: 90 }],
    ['Up To 90 Questions', { min: null, max: 90 }],
  ])('reads %s', (text, count) => {
    expect(parseQuestionCount(text)).toEqual(count);
  });

  it('returns null for a part that is not a question count', () => {
    expect(parseQuestionCount('90 minutes')).toBeNull();
    expect(parseQuestionCount('questions')).toBeNull();
  });
});

describe('parseDurationMinutes', () => {
  it.each([
    ['90 minutes', 90],
    ['90 min', 90],
    ['90 mins', 90],
    ['1 minute', 1],
    ['1 hour', 60],
    ['2 hours', 120],
    ['2 hours 30 minutes', 150],
    ['2h 30m', 150],
    ['1.5 hours', 90],
    ['3 hrs', 180],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it('returns null for parts that are not durations', () => {
    expect(parseDurationMinutes('online proctored')).toBeNull();
    expect(parseDurationMinutes('65 questions')).toBeNull();
    expect(parseDurationMinutes('2 days')).toBeNull();
  });
});

describe('parseExamFormatInput', () => {
  it('reads exact counts, ranges and maximums', () => {
    expect(parseExamFormatInput({ questions: 60, duration_minutes: 90, delivery: [' online '] })).toEqual({
      questions: { min: 60, max: 60 },
      durationMinutes: 90,
      delivery: ['online'],
    });
    expect(parseExamFormatInput({ questions: { min: 50, max: 60 } }).questions).toEqual({ min: 50, max: 60 });
    expect(parseExamFormatInput({ questions: { max: 90 } }).questions).toEqual({ min: null, max: 90 });
  });

  it('refuses a non-positive duration and question count', () => {
    expect(() => parseExamFormatInput({ duration_minutes: 0 })).toThrow(FieldProblem);
    expect(() => parseExamFormatInput({ questions: 0 })).toThrow(FieldProblem);
  });

  it('refuses an empty object, as the text form refuses an empty string', () => {
    expect(() => parseExamFormatInput({})).toThrow('the exam format is empty');
    expect(() => parseExamFormatInput({ delivery: ['  '] })).toThrow('the exam format is empty');
  });
});

describe('formatting', () => {
  it('shows question counts', () => {
    expect(formatQuestionCount({ min: 65, max: 65 })).toBe('65');
    expect(formatQuestionCount({ min: 50, max: 60 })).toBe('50–60');
    expect(formatQuestionCount({ min: null, max: 90 })).toBe('up to 90');
  });

  it('shows durations in minutes, with hours when an hour or longer', () => {
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(60)).toBe('60 minutes (1 h)');
    expect(formatDuration(150)).toBe('150 minutes (2 h 30 min)');
  });

  it('shows short durations for cards', () => {
    expect(formatDurationShort(45)).toBe('45 min');
    expect(formatDurationShort(180)).toBe('3 h');
    expect(formatDurationShort(130)).toBe('2 h 10 min');
  });
});
