/** Words the pages show in more than one place. */
export const common = {
  /** A number of certifications: `1 certification`, `12 certifications`. */
  certifications: { one: '{count} certification', other: '{count} certifications' },
  /** The noun alone, after a count shown apart from it: `(12` then, for screen readers, ` certifications)`. */
  certificationsAfterCount: { one: 'certification', other: 'certifications' },
  /** The button on every card and certification page; `label` names it with its certification. */
  addToCompare: { text: 'Add to compare', label: 'Add to compare: {title}' },
  /** How long ago a certification's facts were checked against the official page (cards, facets). */
  checkAge: {
    fresh: 'Checked within {months} months',
    ageing: 'Checked {from} to {to} months ago',
    old: 'Checked over {months} months ago',
    never: 'Not yet checked',
  },
} as const;
