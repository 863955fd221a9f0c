/** The day the provider retires (or retired) the exam. */
import { dateField } from './calendar-date';

export const retirementDateField = dateField({
  description: 'The day the provider retires (or retired) the exam. Required when status is retired.',
  expected: 'a date written YYYY-MM-DD',
  examples: ['retirement_date: 2026-03-31'],
});
