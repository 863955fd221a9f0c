/** The guide, "Which certification next?": its form, its shortlist and the reasons it gives. */
export const guide = {
  title: 'Which certification next?',
  description:
    'Pick the job you want, where you are and what you can spend: the guide ranks at most five certifications, ' +
    'each with its reasons, and links the route it belongs to.',
  intro:
    'Tell the guide the job you want and where you stand. It runs in your browser: your answers stay in this ' +
    'page’s address (copy it to share a result) and go nowhere else.',
  /** Without JavaScript. */
  noScript: 'The guide needs JavaScript. Without it, each role’s page lists the certifications that lead to it:',
  form: {
    role: 'The job you want',
    chooseRole: 'Choose a role',
    stage: 'Where you are',
    stages: {
      new: 'New to the field',
      some: 'Some experience',
      experienced: 'Several years of experience',
    },
    held: 'Certifications you already hold',
    heldHint: 'Choose a role to see its certifications.',
    budget: 'Most you will spend on one certification',
    currency: 'Currency',
    provider: 'Provider',
    anyProvider: 'Any provider',
    neutral: 'Vendor-neutral',
    language: 'Exam language',
    anyLanguage: 'Any language',
    hours: 'Hours a week to study',
    submit: 'Show my shortlist',
  },
  results: {
    heading: 'Your shortlist',
    /** Above the list: for which role. */
    forRole: 'For a {role}, best first:',
    none: 'No certification on the routes to this role fits every answer.',
    leftOut: 'Left out: {reasons}.',
    route: 'See the {route} route',
    unknownRole: 'The address names no role the guide knows: choose one below.',
    status: { one: '{count} suggestion', other: '{count} suggestions' },
  },
  /** The reasons of a suggestion, joined by semicolons. */
  reasons: {
    /** A fee with the same in the student's currency. */
    feeIn: '{fee} (≈ {converted})',
    feeNotListed: 'fee not listed',
    language: 'offered in {language}',
    buildsOnHeld: 'builds on {title}, which you hold',
    firstStep: 'first step of the {route} route',
    lastStep: 'last step of the {route} route',
    onlyStep: 'the only step of the {route} route',
    leadsTo: 'leads to {next} on the {route} route',
    notReady: {
      one: '{count} step of its route comes before it',
      other: '{count} steps of its route come before it',
    },
    hours: '{hours} of preparation stated by the provider',
    hoursAtPace: {
      one: '{hours} of preparation stated by the provider: about {count} week at {perWeek} hours a week',
      other: '{hours} of preparation stated by the provider: about {count} weeks at {perWeek} hours a week',
    },
  },
  /** What the limits left out, in the order shown. */
  left: {
    held: { one: '{count} you hold or are past', other: '{count} you hold or are past' },
    provider: { one: '{count} of other providers', other: '{count} of other providers' },
    budget: { one: '{count} over your budget', other: '{count} over your budget' },
    noFee: { one: '{count} without a fixed fee', other: '{count} without a fixed fee' },
    language: { one: '{count} not offered in your language', other: '{count} not offered in your language' },
    noLanguage: { one: '{count} that lists no languages', other: '{count} that list no languages' },
  },
};
