/**
 * The words of the value types (src/lib/values): fees, durations, validity, status, kinds. Browser code
 * reads this section too (the compare page, the currency picker), through ../browser.ts.
 */
export const values = {
  /** For a fact an entry does not give (a fee, a duration, a domain weight). */
  notListed: 'Not listed',
  fees: {
    /** A fee of nothing. */
    free: 'Free',
    /** An amount in another currency, as the editor estimated it: `≈ ₹25,000`. */
    approximately: '≈ {amount}',
    /** An amount converted with the site's exchange rates, which are of `{date}` (`YYYY-MM-DD`). */
    converted: '≈ {amount} (rates of {date})',
  },
  validity: {
    lifetime: 'Lifetime (does not expire)',
    years: { one: '{count} year', other: '{count} years' },
    months: { one: '{count} month', other: '{count} months' },
  },
  /** Whether a certification can still be earned: on badges, cards and the status filter. */
  status: {
    active: 'Active',
    retiring: 'Retiring',
    retired: 'Retired',
  },
  kinds: {
    /** The kind as a label: on cards and the kind filter. */
    labels: {
      certification: 'Certification',
      qualification: 'Qualification',
      paper: 'Paper',
      course: 'Course certificate',
    },
    /** The kind inside a sentence: `This {noun} is being retired`. */
    nouns: {
      certification: 'certification',
      qualification: 'qualification',
      paper: 'paper',
      course: 'course certificate',
    },
  },
  /** Exam lengths; numbers are written without a thousands separator (`2340 minutes`). */
  duration: {
    /** Compact, for cards: `45 min`, `3 h`, `2 h 30 min`. */
    minutesShort: '{minutes} min',
    hoursShort: '{hours} h',
    hoursAndMinutesShort: '{hours} h {minutes} min',
    minutes: { one: '{count} minute', other: '{count} minutes' },
    /** An hour or more: the minutes, then the same compact: `150 minutes (2 h 30 min)`. */
    minutesWithShort: '{minutes} ({short})',
    /** Hours of preparation: `35 hours`. */
    hours: { one: '{count} hour', other: '{count} hours' },
  },
  /** How many questions an exam has, when not an exact number. */
  questions: {
    upTo: 'up to {max}',
    range: '{min}–{max}',
  },
  passingScore: {
    /** `750 of 1000`; numbers without a thousands separator. */
    score: '{score} of {outOf}',
    percent: '{percent}%',
  },
  /** What to do after a failed attempt, when the entry gives a waiting period. */
  retake: {
    noWait: 'No waiting period after a failed attempt.',
    wait: { one: 'Wait {count} day after a failed attempt.', other: 'Wait {count} days after a failed attempt.' },
  },
} as const;
