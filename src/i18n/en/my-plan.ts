/**
 * myPlan: the My plan page (components/my-plan), with what its script writes: the list, the totals, the
 * notes on a shared link, the buttons, and the words of the calendar file it makes. The statuses' names
 * and the certification page's control are `planControl`.
 */
export const myPlan = {
  /** Without JavaScript. */
  noScript:
    'Your plan needs JavaScript, which is off or blocked here. It lives in this browser only: nothing you mark ' +
    'is sent anywhere.',
  /** Above the plan. */
  privacy:
    'Your plan lives in this browser only: nothing you mark is sent anywhere. Clearing this site’s data in the ' +
    'browser clears it too.',
  empty: {
    heading: 'Nothing in your plan yet',
    text: 'On a certification’s page, choose Planning, Preparing or Passed under My plan, and it shows here.',
    browse: 'Browse all certifications',
  },
  /** A plan opened from a share link: shown read-only until the student keeps it. */
  shared: {
    heading: 'A shared plan',
    text: 'This plan came from a link. It is shown read-only; your own plan is unchanged unless you keep this one.',
    /** When the student's own plan holds something, which keeping would replace. */
    replaces: {
      one: 'Keeping it replaces your plan of {count} certification.',
      other: 'Keeping it replaces your plan of {count} certifications.',
    },
    keep: 'Keep as my plan',
    kept: 'The shared plan is now your plan.',
    back: 'Back to my plan',
  },
  /** Notes on what the plan or its link names that cannot be shown. */
  notes: {
    /** A name, quoted; several are joined by commas. */
    quoted: '“{name}”',
    unknown: {
      one: 'No certification is called {names} any more, or the link misspells it.',
      other: 'No certifications are called {names} any more, or the link misspells them.',
    },
    removeUnknown: 'Remove from my plan',
    unread:
      'Could not read {names} from the link: each item is a certification, a status and, for a passed one, its date.',
    dropped: {
      one: 'A plan holds {max} certifications, so {names} was left out.',
      other: 'A plan holds {max} certifications, so {names} were left out.',
    },
  },
  list: {
    heading: 'Certifications',
    byProvider: 'by {provider}',
    status: 'Status',
    /** The status field's name for screen readers: the visible `status`, then whose it is. */
    statusLabel: 'Status of {title}',
    /** The date field's name for screen readers: the visible `passedOn`, then whose it is. */
    passedOnLabel: 'Passed on (the day you passed {title})',
    remove: 'Remove',
    removeLabel: 'Remove {title} from my plan',
    removed: 'Removed {title} from your plan.',
    /** A step's facts, when its page's facts panel does not name them. */
    level: 'Level',
    fee: 'Exam fee',
    duration: 'Duration',
    passedOn: 'Passed on',
    expires: 'Expires',
    /** `{date}` as `26 November 2029`. */
    expired: 'Expired on {date}: renew it or take it again',
    lifetime: 'Does not expire',
    validityNotListed: 'Validity not listed',
    renewalFee: 'Renewal fee',
    /** `{when}` is `on 31 March 2027`, `in June 2026`, or nothing when the provider gives no date. */
    retiring: 'Retiring{when}',
    retired: 'Retired{when}: it can no longer be earned',
    lastBooking: 'Last day to book the exam: {date}',
  },
  totals: {
    heading: 'Still ahead',
    /** How many are ahead and passed. */
    counts: '{ahead} planning or preparing, {passed} passed',
    fees: 'Exam fees still to pay',
    time: 'Exam time ahead',
    /** A total that leaves out the certifications (quoted, joined by commas) whose file does not give it. */
    notCounting: '{total}, not counting {titles} (not listed)',
    nothingAhead: 'Nothing ahead: every certification in your plan is passed.',
  },
  actions: {
    heading: 'Keep, share and export',
    csv: 'Export CSV',
    calendar: 'Download calendar',
    calendarHint:
      'The calendar (iCalendar) holds the day each passed certification falls due for renewal and the retirement ' +
      'dates of those you plan, each with a reminder; importing it again updates them.',
    copy: 'Copy share link',
    copied: 'Link copied',
    copiedStatus: 'Share link copied.',
    /** When the browser refuses to copy. */
    failed: 'Copy this link: {address}',
    compare: 'Open in compare',
    /** When the plan holds more than compare does. */
    compareFirst: 'Open the first {max} in compare',
    clear: 'Clear plan',
    cleared: 'Your plan is cleared.',
    /** Said to screen readers after a download. */
    downloaded: 'Downloaded {file}.',
  },
  /** The calendar file's name, description and renewal events (retirements read `calendar`). */
  calendar: {
    name: 'My certification plan',
    description:
      'When the certifications I passed fall due for renewal, and when those I plan retire (from Cert Compass).',
    renewalSummary: 'Renewal due: {title}',
    renewalDescription:
      '{title} ({provider}) expires on {date}, {validity} after you passed it on {passedOn}. Renew it before then.',
    renewalFee: ' Renewal fee: {fee}.',
  },
} as const;
