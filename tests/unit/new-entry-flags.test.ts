import { describe, expect, it } from 'vitest';
import { DRAFT_FLAGS, draftFromFlags, flagOf, missingRequiredFlags } from '../../src/lib/editor/new-entry-flags';

describe('the flags of npm run new', () => {
  it('are the kebab-case of every field that can be written as text, in schema order', () => {
    expect(DRAFT_FLAGS.map(({ flag }) => flag)).toEqual([
      'title',
      'provider',
      'level',
      'overview',
      'short-description',
      'categories',
      'link',
      'kind',
      'papers',
      'former-titles',
      'fee',
      'exam-format',
      'validity',
      'passing-score',
      'question-types',
      'languages',
      'skills',
      'prerequisites',
      'builds-on',
      'leads-to',
      'roles',
      'exam-code',
      'retake-policy',
      'renewal',
      'renewal-fee',
      'annual-fee',
      'status',
      'status-source',
      'retirement-date',
      'last-booking-date',
      'replaced-by',
      'last-verified',
      'verified-against',
      'source',
    ]);
    expect(flagOf('short_description')).toBe('--short-description');
  });

  it('read each value the way its field reads text', () => {
    expect(
      draftFromFlags({
        'short-description': 'Short.',
        categories: 'Cloud, AI ,',
        skills: 'SQL, Python',
        prerequisites: 'Linux, networking and a year of practice',
        fee: '$150',
        unrelated: 'ignored',
      }),
    ).toEqual({
      short_description: 'Short.',
      categories: ['Cloud', 'AI'],
      skills: ['SQL', 'Python'],
      prerequisites: ['Linux, networking and a year of practice'],
      fee: '$150',
    });
  });

  it('name every required field a draft lacks, in schema order', () => {
    expect(missingRequiredFlags({ title: 'Half an entry', level: 'Expert', categories: [] })).toEqual([
      '--provider',
      '--overview',
      '--short-description',
      '--categories',
      '--link',
    ]);
  });
});
