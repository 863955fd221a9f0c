/**
 * How long preparing takes, as the provider states it: the hours of its own course or learning path for
 * the exam, or of the education it requires before it. Optional, and only with the page that says so: a
 * number without a source is left out. Role routes add these up and say how many steps lack them.
 */
import { z } from 'astro/zod';
import type { CalendarDate } from '../values/calendar-date';
import { parseCalendarDate } from './calendar-date';
import { parsedField } from './field';
import { parseOfficialLink } from './link';
import { FieldProblem } from './problem';

export interface StudyHours {
  hours: number;
  /** What the hours are, in a few words: "Microsoft's learning path for the exam". */
  basis: string;
  /** The provider's page that states them. */
  source: string;
  /** The day an editor read that page. */
  checked: CalendarDate;
}

/** The most hours a file may state: more is a typing slip (a year of full-time study is about 1,800). */
export const MAX_STUDY_HOURS = 2000;
/** The most characters the basis may have. */
export const MAX_STUDY_BASIS_LENGTH = 120;

const studyHoursInput = z.strictObject({
  hours: z.number(),
  basis: z.string(),
  source: z.string(),
  checked: z.union([z.string(), z.date()]),
});

export function parseStudyHours(value: z.input<typeof studyHoursInput>): StudyHours {
  const { hours } = value;
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_STUDY_HOURS)
    throw new FieldProblem(`hours must be a number above 0 and at most ${MAX_STUDY_HOURS}, not ${hours}`);
  if (Math.round(hours * 2) !== hours * 2) throw new FieldProblem(`hours is given to the half hour, not ${hours}`);
  const basis = value.basis.trim();
  if (!basis) throw new FieldProblem('basis is empty: say what the hours are, as the source states them');
  if (basis.length > MAX_STUDY_BASIS_LENGTH)
    throw new FieldProblem(`basis has ${basis.length} characters, at most ${MAX_STUDY_BASIS_LENGTH}`);
  let source: string;
  try {
    source = parseOfficialLink(value.source);
  } catch (problem) {
    throw new FieldProblem(`source: ${(problem as Error).message}`);
  }
  let checked: CalendarDate;
  try {
    checked = parseCalendarDate(value.checked);
  } catch (problem) {
    throw new FieldProblem(`checked: ${(problem as Error).message}`);
  }
  return { hours, basis, source, checked };
}

export const studyHoursField = parsedField(
  {
    description:
      'The hours of preparation the provider states: its own course or learning path for the exam, or the ' +
      'education it requires before it, with the provider’s page that says so and the day an editor read it. ' +
      'Leave it out when no official page gives a number of hours (days of a course or years of experience are ' +
      'not hours).',
    expected:
      `{ hours, basis, source, checked }: hours above 0 (to the half hour, at most ${MAX_STUDY_HOURS}), what ` +
      'they are, the provider’s https page, the day it was read (YYYY-MM-DD)',
    examples: [
      'study_hours: { hours: 35, basis: "Professional development IIBA requires", ' +
        'source: "https://www.iiba.org/certification-handbook/professional-development-requirements.htm", ' +
        'checked: 2026-12-05 }',
    ],
  },
  studyHoursInput,
  parseStudyHours,
);
