/**
 * A certification's page and what shows its facts elsewhere: the header, the facts panel (and a card's
 * facts), the notices, the sections, the history and the footer (its calendar file's words are `calendar`).
 */
export const certification = {
  page: {
    /** The title of the link to the page's data as JSON. */
    dataFile: '{title} as JSON',
    /** Before the provider's link under the title. */
    byProvider: 'by',
    formerProviderNames: '(formerly {names})',
    /** Other names of the provider, for the search index and screen readers only. */
    providerAliases: ', also known as {names}',
    formerTitles: 'Formerly {titles}',
    calendar: {
      link: 'Add its dates to your calendar',
      /** Between the calendar link and the freshness page's link. */
      between: '(iCalendar), or follow every retirement on the',
      freshnessLink: 'freshness page',
      after: '.',
    },
    keyFacts: 'Key facts',
    officialPage: 'Official certification page',
    /** After the official page's link, for screen readers. */
    externalSite: ' (external site)',
    papers: 'Papers',
    papersIntro: 'The {count} papers of {title}, in the order students sit them.',
    skills: 'Skills',
    prerequisites: 'Prerequisites',
    startWith: 'Start with',
    startWithIntro: 'The provider’s path puts these before {title}.',
    domains: 'Exam domains',
    renewal: 'Keeping it valid',
    studyResources: 'Official study resources',
    /** After a study resource that costs nothing. */
    freeResource: ' (free)',
    categories: 'Categories',
    /** The job roles it leads to, each a link to its role page. */
    roles: 'Roles it leads to',
    rolesByRules: 'From the catalogue’s reviewed role rules: the file names no roles of its own.',
    nextSteps: 'Next steps',
    nextStepsIntro: 'Where the provider’s path goes after {title}.',
    related: 'Related certifications',
  },
  facts: {
    /** The labels of the facts panel, a card's facts and the history's lines. */
    terms: {
      provider: 'Provider',
      /** A paper's qualification. */
      paperOf: 'Paper of',
      level: 'Level',
      examFee: 'Exam fee',
      /** A qualification's fee to register. */
      registrationFee: 'Registration fee',
      /** What a course certificate costs. */
      price: 'Price',
      /** A card's fee, and the history's. */
      fee: 'Fee',
      examFees: 'Exam fees',
      regionalFees: 'Price by country',
      exams: 'Exams',
      requiredCourse: 'Required course',
      totalCost: 'Total to earn it',
      papers: 'Papers',
      papersFees: 'Exam fees, all papers',
      papersTime: 'Exam time, all papers',
      questions: 'Questions',
      duration: 'Duration',
      durationAllExams: 'Duration, all exams',
      delivery: 'Delivery',
      validity: 'Validity',
      passingScore: 'Passing score',
      studyHours: 'Preparation',
      questionTypes: 'Question types',
      languages: 'Languages',
      retakes: 'Retakes',
      renewalFee: 'Renewal fee',
      annualFee: 'Annual fee',
      holdingCost: 'Cost over its validity',
      examCode: 'Exam code',
      status: 'Status',
      lastBookingDate: 'Last day to book',
      replacedBy: 'Replaced by',
      lastVerified: 'Checked against the official page',
    },
    /** Under the level: where it comes from. */
    levelBasis: {
      ladder: 'The provider’s {tier} tier',
      experience: { one: 'Asks for {count} year of experience', other: 'Asks for {count} years of experience' },
      exception: 'Set by an editor (src/data/ladders.json says why)',
      estimate: 'Our estimate: the provider publishes no levels',
      fromTitle: 'From its title: the provider publishes no levels',
    },
    includedInCourse: 'Included in the required course',
    /** Under the hours of preparation: what they are, and when an editor read the provider's page. */
    studyHoursBasis: '{basis}; read on the provider’s page on {date}',
    /** After the total of several exams' fees, in the panel and on a card. */
    forExams: { one: ' for {count} exam', other: ' for {count} exams' },
    examsShort: { one: ' ({count} exam)', other: ' ({count} exams)' },
    /** After a fee that varies by country: the country it is the price in. */
    unitedStates: ' (United States)',
    priceIn: '{price} in {country}',
    variesByCountry: 'the price varies by country',
    course: {
      setByTrainers: 'Price set by each training partner',
      setByTrainersWithPrice: 'Price set by each training partner (the provider gives {price})',
      examIncluded: '{price}; the exam is included',
      /** A card's fee when the course is the price. */
      short: 'Course {price}',
      shortSetByTrainers: 'Course (trainer’s price)',
    },
    /** A total some of a qualification's papers do not give. */
    partlyGiven: '{notListed} ({given} of {count} papers give it)',
    perYear: '{fee} a year',
    /** The annual fee over the years a certification stays valid, and what earning it costs. */
    holdingCost: {
      one: '{total} over {count} year ({exam} exam + {count} × {yearly} a year)',
      other: '{total} over {count} years ({exam} exam + {count} × {yearly} a year)',
    },
    reportedStatus: '{status} (reported, not yet confirmed)',
    notYetVerified: 'Not yet',
  },
  notices: {
    /** `{noun}` is the kind of entry (`certification`, `paper`), `{date}` ` on 31 March 2026` or nothing. */
    reportedRetired:
      'This {noun} is reported as retired{date}, which its provider’s own page has not yet confirmed here: ' +
      'check it before you book.',
    reportedRetiring:
      'This {noun} is reported as retiring{date}, which its provider’s own page has not yet confirmed here: ' +
      'check it before you book.',
    retired: 'This {noun} was retired{date}: it can no longer be earned, though those who hold it keep it.',
    retiring: 'This {noun} is being retired{date}.',
    lastBooking: 'The last day to book the exam is {date}.',
    noSuccessor: 'Check the official page for its successor.',
    /** Before the link to the successor. */
    currentSuccessor: 'Take its current successor instead:',
    successor: 'Its successor is',
    checkedRecently: 'Checked against the official page on {date}, within the last {months} months.',
    checkedAWhileAgo:
      'Checked against the official page on {date}, {fresh} to {months} months ago, so a fact may have changed since.',
    checkedLongAgo:
      'Last checked against the official page on {date}, more than {months} months ago: confirm these facts there ' +
      'before you book.',
    neverChecked: 'Not yet checked against the official page: confirm these facts there before you book.',
    /** After the link a notice ends with. */
    linkAfter: '.',
    /** Before the link to the official page the facts were checked against. */
    pagesChecked: 'The pages checked include',
    pageChecked: 'The page checked:',
    /** `{facts}` names the facts corrected: `Fee`, `Fee and duration`. */
    corrected: '{facts} corrected against the official page on {date}: {note}',
    correctionPage: 'The page:',
    /** The facts an editor may correct, inside a sentence. */
    correctedFacts: { fee: 'fee', questions: 'question count', duration: 'duration' },
  },
  domains: {
    caption: 'Exam domains',
    captionWithWeights: 'Exam domains and the share of the exam each one weighs',
    domain: 'Domain',
    weight: 'Weight',
  },
  history: {
    heading: 'History',
    /** Before the link to the catalogue's changes. */
    intro: 'What changed in these facts, newest first. Across the catalogue:',
    changesLink: 'recent changes',
    after: '.',
    commit: 'commit {commit}',
    added: 'Added to the catalogue',
    checked: 'Facts checked against the official page on {date}',
    /** A fact's change: `Fee: $300 → $330`. */
    changed: '{term}: {from} → {to}',
    factAdded: '{term}: {value} (added)',
    factRemoved: '{term}: {value} (removed)',
    unreadable:
      'Earlier versions of this file use fields the site no longer reads: changes across them are not listed.',
  },
  footer: {
    /** Where the facts were read: a page's host. */
    sourcePage: 'Facts from {host}',
    sourceCertAtlas: 'Facts from the Cert Atlas open dataset (snapshot of {date}), record {record}',
    /** After the source, which may be a link. */
    sourceAfter: '.',
    /** Around the date of the last update. */
    lastUpdated: { before: 'Last updated', after: '.' },
    /** After the date, when the last update is the last check. */
    lastVerified: ' (when its facts were last verified)',
    edit: 'Edit this page',
    report: 'Report outdated information',
    /** After the edit and report links, for screen readers. */
    onGitHub: ' on GitHub',
  },
} as const;
