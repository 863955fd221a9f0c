/**
 * compare: the compare page's table and plan (components/compare), with what its script writes. The bar
 * at the foot of every page is `compareTray` (its own section, so its script bundles only its words);
 * the "Add to compare" button's words are in `common`.
 */
export const compare = {
  /** The compare page without JavaScript: where the facts are, around links to the browse page and the map. */
  noScript: {
    needsScript:
      'Comparing certifications side by side, and planning a path through them, needs JavaScript, which is off or ' +
      'blocked here.',
    facts: {
      before: 'Every fact the comparison shows is on each certification’s own page: find them in ',
      between: ' or on ',
      map: 'the map',
      after: '.',
    },
  },
  /** The buttons that switch between the table and the plan. */
  views: {
    label: 'View',
    table: 'Side by side',
    plan: 'Plan a path',
  },
  onlyDifferences: 'Only differences',
  copy: {
    button: 'Copy link',
    /** The button's text for a moment after copying, and what screen readers hear. */
    copied: 'Link copied',
    copiedStatus: 'Link copied.',
    /** When the browser refuses to copy. */
    failed: 'Copy this link: {address}',
  },
  /** Nothing picked yet: how to pick, around the name of the "Add to compare" button. */
  empty: {
    heading: 'Nothing to compare yet',
    before: 'Press ',
    after:
      ' on up to {max} certifications (on their cards in every listing, or on their pages), then open this page ' +
      'from the compare bar at the foot of the page.',
    browse: 'Browse all certifications',
  },
  /** Notes above the table on what the link asked for. */
  notes: {
    /** A name from the link, quoted; several are joined by commas. */
    quoted: '“{name}”',
    unknown: 'No certification is called {names}: check the link.',
    /** After `unknown`, when others were found. */
    othersCompared: ' The others are compared below.',
    dropped: {
      one: 'A comparison holds {max} certifications, so {names} was left out.',
      other: 'A comparison holds {max} certifications, so {names} were left out.',
    },
    addAnother: 'Add another certification to compare it with: press Add to compare on its card or page.',
  },
  table: {
    /** The table's region, which scrolls sideways on a narrow screen. */
    scrollLabel: 'Comparison table, scrolls sideways',
    /** The table's caption (screen readers only). */
    caption: '{count} certifications side by side',
    /** The heading of the column of fact names. */
    certification: 'Certification',
    remove: 'Remove',
    removeLabel: 'Remove {title} from the comparison',
    /** After a fact's name when the certifications differ on it. */
    differs: 'differs',
    /** The rows after the facts panel's facts, by row id (lib/compare/table.ts). */
    rows: {
      skills: 'Skills',
      categories: 'Categories',
      prerequisites: 'Prerequisites',
      officialLink: 'Official page',
    },
  },
  /** Under a retired certification's name, with a link to its successor when it has one. */
  retired: {
    note: 'Retired: it can no longer be earned.',
    successor: { before: ' Take ', after: ' instead.' },
  },
  plan: {
    heading: 'Your plan',
    order: 'In an order where each certification comes after those it builds on, then from Beginner to Expert.',
    /** A step's facts, when its page's facts panel does not name them. */
    level: 'Level',
    fee: 'Exam fee',
    duration: 'Duration',
    /** Under a step, the steps before it that it builds on, listed. */
    buildsOn: 'Builds on {titles}.',
    totals: {
      heading: 'Totals',
      fees: 'Exam fees',
      time: 'Exam time',
      questions: 'Questions',
      /** A total that leaves out the certifications (quoted, joined by commas) whose file does not give it. */
      notCounting: '{total}, not counting {titles} (not listed)',
    },
    renewals: {
      heading: 'Renewals within three years',
      none: 'None of these has to be renewed within {years} years of passing it.',
      /** `{after}` is a number of years or months (`values.validity`). */
      due: '{title}: due {after} after you pass.',
      fee: ' Renewal fee: {fee}.',
    },
  },
} as const;
