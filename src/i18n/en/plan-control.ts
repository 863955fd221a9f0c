/**
 * planControl: "My plan" on a certification's page, where a student marks it planning, preparing or
 * passed (its own section, so the small script of the control bundles only these words). The statuses'
 * names are read by the My plan page too.
 */
export const planControl = {
  /** The control's label, before the choice of status. */
  label: 'My plan',
  /** The first choice: the certification is not in the plan. */
  none: 'Not in my plan',
  statuses: {
    planning: 'Planning',
    preparing: 'Preparing',
    passed: 'Passed',
  },
  /** The date field shown for a passed certification. */
  passedOn: 'Passed on',
  /** The link to the My plan page. */
  open: 'See my plan',
  /** Said to screen readers after each change. */
  marked: '{title}: {status} in your plan.',
  passedOnSaved: 'Passed on {date}, in your plan.',
  removed: 'Removed {title} from your plan.',
  /** A date after today, or not a date. */
  badDate: 'Give the day you passed: a date not after today.',
  full: 'Your plan holds up to {max} certifications. Remove one on the My plan page first.',
} as const;
