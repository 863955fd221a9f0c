/**
 * pages: the words of each page of the site (home, listings, indexes, map, changes, freshness, compare, my plan),
 * of its feeds and calendars and of its share images, by page. The frame around them is `site`.
 * See ../index.ts.
 */
export const pages = {
  home: {
    title: 'Compare professional certifications',
    heading: 'Find the certification worth your time',
    intro:
      '{certifications} professional certifications from {providers} providers, in cloud, AI, data, security, ' +
      'project management and more. For each one: the fee, the exam format, how long it stays valid, the skills it ' +
      'proves and a link to the official page.',
    /** The home page's search form, which opens the browse page. */
    search: {
      label: 'Search the catalogue',
      field: 'Search by name, exam code, provider or skill',
      placeholder: 'e.g. Kubernetes, SAA-C03, Azure',
      submit: 'Search',
    },
    browseAll: 'Browse and filter all {count} certifications',
    /** The way in from a career goal: the roles and the certifications that lead to each. */
    byRole: 'Or start from the job you want: certifications by role, with what each route costs',
    askGuide: 'Not sure which one next? The guide ranks five for your goal, budget and language',
    byCategory: 'Browse by category',
    byLevel: 'Browse by level',
    recentlyVerified: 'Recently verified',
    seeAll: 'See all {count} certifications',
  },
  /** The index pages of categories, providers and levels (their titles are the sections' names). */
  categories: {
    description: 'All {count} categories of professional certifications, with how many certifications each holds.',
    intro: 'Pick a subject to see its certifications side by side. A certification can belong to several categories.',
  },
  providers: {
    description: 'The {count} organisations whose certifications are listed here, with how many each awards.',
    intro: 'The vendors, foundations and professional bodies that award these certifications.',
  },
  levels: {
    description: 'Certifications by level, from Beginner to Expert: where to start and where to go next.',
    intro: 'Every certification is placed at one of four levels. Start where your experience is today.',
  },
  /** The job roles, and each role's routes (src/lib/site/role-paths.ts). */
  roles: {
    description:
      'Job roles and the certifications that lead to each, provider by provider, with what each route costs.',
    intro:
      'Pick the job you want: each role lists the certifications that lead to it, grouped by provider from ' +
      'Beginner to Expert, with what the exams cost, how long they take and what keeping them valid costs.',
    count: { one: '{count} certification leads to it', other: '{count} certifications lead to it' },
    none: 'No current certification of the catalogue leads to it yet.',
    /** The link to the guide. */
    askGuide: 'Which certification next? Ask the guide',
    /** One role's page. */
    role: {
      title: 'Certifications for a {role}',
      description: 'The certifications that lead to a {role} job, provider by provider, with their fees and exam time.',
      occupation: 'Occupation code',
      onet: 'O*NET-SOC {code}: {title}',
      esco: 'ESCO: {title}',
      unconfirmed: '(not yet checked against the official page)',
      routes: 'Routes',
      routesIntro:
        'Each provider’s certifications that lead to this role, in the order to take them. Retired certifications ' +
        'are left out; the ones that replace them are listed.',
      route: { one: '{provider}: {count} certification', other: '{provider}: {count} certifications' },
      neutralRoute: { one: 'Vendor-neutral: {count} certification', other: 'Vendor-neutral: {count} certifications' },
      /** Under the vendor-neutral route's heading. */
      neutralProviders: 'From bodies that test the field rather than their own products: {providers}.',
      fees: 'Exam fees',
      feesCover: 'each exam once, and a course it requires',
      examTime: 'Exam time',
      renewals: 'Renewals over {years} years',
      noRenewals: 'None falls due within {years} years',
      renewalsDue: { one: '{count} renewal due', other: '{count} renewals due' },
      unlisted: { one: 'not listed for {count} step', other: 'not listed for {count} steps' },
      studyTime: 'Preparation the providers state',
      /** After the hours, when every step states them; `{weeks}` at `{perWeek}` hours a week, rounded up. */
      finishIn: {
        one: 'about {count} week at {perWeek} hours a week',
        other: 'about {count} weeks at {perWeek} hours a week',
      },
      /** When some steps do not state their hours: why there is no estimate. */
      noEstimate: 'no estimate of weeks until every step states its hours',
      openPlan: 'Open as a plan',
      openPlanFirst: 'Open the first {count} as a plan',
      skills: 'Skills it draws on',
    },
  },
  /** The listing of one category, provider or level. */
  listing: {
    /** Its heading, and its share image's title: `Cloud certifications`. */
    heading: '{name} certifications',
    categoryDescription: {
      one: '{count} professional certification in {category}, with fees, exam format and validity.',
      other: '{count} professional certifications in {category}, with fees, exam format and validity.',
    },
    providerDescription: {
      one: '{count} certification awarded by {provider}, with fees, exam format and validity.',
      other: '{count} certifications awarded by {provider}, with fees, exam format and validity.',
    },
    /** Before a provider's description, its other names (joined by commas). */
    providerAliases: 'Also known as {aliases}.',
    /** Above the cards: which of them a page shows. */
    summary: {
      paginated: 'Showing {first}–{last} of {total} certifications.',
      whole: { one: '{count} certification.', other: '{count} certifications.' },
    },
  },
  /** The browse page: every certification, to filter and sort. */
  browse: {
    description:
      'Every certification in the catalogue, {count} of them: filter by category, level, provider, fee, delivery and ' +
      'validity, and sort by fee or exam length.',
    /** The opening sentence, around its links to the three indexes. */
    intro: {
      before: 'Every certification in the catalogue. Narrow them down by ',
      categories: 'category',
      afterCategories: ', ',
      providers: 'provider',
      afterProviders: ' or ',
      levels: 'level',
      after: ', or filter and sort them all here.',
    },
    /** Links after the list, for a browser without JavaScript. */
    narrow: {
      heading: 'Narrow them down',
      byLevel: 'By level:',
      byCategory: 'By category:',
      byProvider: 'By provider',
      onMap: 'On the map',
    },
  },
  compare: {
    title: 'Compare certifications and plan a path',
    description:
      'Up to {max} certifications side by side: fees in two currencies, exam length, validity, skills; and a study ' +
      'plan with the total cost and time.',
    /** Under the heading: where a student keeps a plan of their own, around the link to it. */
    myPlan: {
      before: 'Keep track of what you plan, prepare and have passed, with renewal reminders, in ',
      link: 'My plan',
      after: '.',
    },
  },
  myPlan: {
    title: 'My plan',
    description:
      'The certifications you plan, prepare and have passed: what is still to pay, the exam time ahead, when each ' +
      'passed one expires; as a spreadsheet, a link or a calendar. Kept in your browser only.',
  },
  map: {
    heading: 'Certification map',
    providerHeading: '{provider} certification map',
    description:
      'All {total} certifications by category and level: where each one sits, who awards it and what its exam costs.',
    providerDescription: "{provider}'s {total} certifications by category and level, with each one's fee.",
    intro:
      'Every certification by subject and level: a certification in several categories appears in each of their ' +
      'rows. Each chip gives the provider and the exam fee.',
    providerIntro:
      "{provider}'s certifications by subject and level: a certification in several categories appears in each of " +
      'their rows. Each chip gives the provider and the exam fee.',
    providerFilter: 'Show one provider’s map',
    allProviders: 'All providers',
    categoryIndex: 'Categories on this map',
    pageOf: 'Page {page} of {pages} of the map.',
    providerList: 'Every {provider} certification as a list',
    wholeMap: 'The whole map',
    /** The heading of the column of category names. */
    category: 'Category',
    /** After a category's name when its row spans pages. */
    part: '(part {part} of {parts})',
    /** A level's cell, as screen readers read it: `Cloud, 3` or `Cloud, none`. */
    cell: '{category}, {count}',
    noneInCell: 'none',
    /** A chip's fee when it is not a price. */
    free: 'Free',
    feeNotListed: 'Fee not listed',
  },
  changes: {
    heading: 'Recent changes',
    /** The document title and heading after the first page. */
    paginated: '{heading}, page {page}',
    description:
      'What changed in the catalogue’s facts, newest first: fees, exam formats, levels, retirements and checks ' +
      'against official pages.',
    intro: {
      before: 'What changed in the certifications’ facts, newest first. Follow them in a feed reader: ',
      link: 'all changes',
      after: ', or the feed of a provider or a category on its page.',
    },
    /** A copy of the site built without git history (a shallow clone). */
    noneKnown: 'No change is known: this copy of the site was built without the catalogue’s history.',
  },
  freshness: {
    heading: 'How fresh are the facts?',
    description:
      'How long ago each certification’s facts were checked against the official page, which need a check most, what ' +
      'retires soon and what changed lately.',
    intro:
      'An editor checks each certification’s facts against the provider’s official page and records the day. Fees, ' +
      'exams and retirements change, so a check ages: on {date}, the day this page was built, the {count} ' +
      'certifications that can still be earned stand as follows.',
    ages: {
      heading: 'Checked against the official page',
      caption: 'Current certifications by the age of their check',
      lastCheck: 'Last check',
      certifications: 'Certifications',
      share: 'Share',
      percent: '{percent} %',
      note:
        'A check within {fresh} months is fresh; between {fresh} and {stale} months a fact may have changed; after ' +
        '{stale} months, or without a check, a page says to confirm the facts on the official page before booking.',
    },
    needCheck: {
      heading: 'Most in need of a check',
      allChecked: 'Every current certification was checked in the last {months} months.',
      intro:
        'Providers with the most certifications in the catalogue first: a static site does not know what students ' +
        'look for, and a provider many certifications come from is one many students meet.',
      caption: 'Providers whose certifications were not checked in the last {months} months',
      provider: 'Provider',
      unchecked: 'Not checked in {months} months',
      current: 'Current certifications',
    },
    retiring: {
      heading: 'Retiring soon',
      /** The sentence around the link to the retirements calendar. */
      subscribe: {
        before: 'Subscribe to the ',
        link: 'calendar of retirements and last days to book',
        after: ' (iCalendar, for any calendar app): it holds the dates to come and those of the last {months} months.',
      },
      none: 'No certification in the catalogue has an announced retirement or last day to book still to come.',
      addToCalendar: 'Add to calendar',
      /** After "Add to calendar", read by screen readers only. */
      addToCalendarOf: ': {title}',
      recent: 'In the last {months} months',
    },
    recentlyChanged: 'Recently changed',
    everyChange: 'Every change, newest first',
  },
  /** The site's feeds and calendars: their names, and the words of their items. */
  feeds: {
    rss: {
      title: '{site}: new and re-verified certifications',
      description: 'Certifications newly added to the catalogue or whose facts were checked again, newest first.',
      /** What an item says happened, then its level, fee and provider. */
      added: 'Added on {date}',
      reverified: 'Facts re-verified on {date}',
      feeNotListed: 'fee not listed',
    },
    /** The change feeds: the whole catalogue's, and one per provider and per category (`{name}`). */
    changes: {
      title: '{site}: recent changes',
      groupTitle: '{site}: recent changes to {name} certifications',
      description: 'What changed in the facts of the catalogue, newest first.',
      groupDescription: 'What changed in the facts of {name} certifications, newest first.',
    },
    retirements: {
      title: '{site}: retirements and last days to book',
      description:
        'Certifications that retire, and the last days to book their exams, from {months} months ago on. Check the ' +
        'official page before you book.',
    },
  },
  /** The share images (`og:image`), and their text alternative. */
  shareImages: {
    /** The site's own image, on every page without one of its own. */
    home: {
      title: 'Find the professional certification that fits you',
      compare: 'Compare',
      fees: 'Fees',
      weigh: 'Weigh',
      examFormat: 'Exam format',
      plan: 'Plan',
      path: 'A path',
    },
    /** What the page is, above its title. */
    kinds: {
      certification: 'Certification',
      category: 'Category',
      provider: 'Provider',
      level: 'Level',
      role: 'Role',
    },
    /** The tiles of a category's, provider's or level's image. */
    listing: {
      certifications: 'Certifications',
      providers: 'Providers',
      freeExams: 'Free exams',
    },
    /** The text alternative: `AWS Certified ..., by Amazon Web Services, Advanced. Fee: $300, .... Cert Compass`. */
    alt: {
      byline: 'by {byline}',
      fact: '{label}: {value}',
    },
  },
} as const;
