/**
 * browse: the faceted browser of the browse page (components/browse): its form, facets and sorts, and
 * what its script writes. The browse page's script bundles the section.
 */
export const browse = {
  /** The browser form's name for assistive technology. */
  label: 'Filter certifications',
  query: {
    label: 'Search',
    submit: 'Search',
  },
  sort: {
    label: 'Sort by',
    /** By sort id (lib/browse/facets.ts); relevance needs a query. */
    options: {
      relevance: 'Relevance',
      name: 'Name',
      fee: 'Fee, low to high',
      length: 'Exam length, short first',
      validity: 'Validity, longest first',
    },
  },
  /** Each facet's heading, by facet id (lib/browse/facets.ts). */
  facets: {
    category: 'Category',
    level: 'Level',
    provider: 'Provider',
    kind: 'Kind',
    delivery: 'How it is taken',
    language: 'Exam language',
    fee: 'Exam fee',
    validity: 'Validity',
    status: 'Status',
    checked: 'Checked against the official page',
  },
  /**
   * The fixed options' labels, by facet and by the option's slug in the URL (lib/browse/facets.ts); kinds
   * and statuses are named as the value types name them (`values`).
   */
  options: {
    delivery: {
      'online-proctored': 'Online, proctored',
      'online-unproctored': 'Online, not proctored',
      'test-centre': 'At a test centre',
      'performance-based': 'Performance-based or lab',
    },
    /** Bands of the fee in US dollars. */
    fee: {
      free: 'Free',
      'under-100': 'Under $100',
      '100-299': '$100–299',
      '300-499': '$300–499',
      '500-plus': '$500 and more',
    },
    validity: {
      'no-expiry': 'No expiry',
      'up-to-2-years': 'Up to 2 years',
      '3-years-or-more': '3 years or more',
    },
    /** How long ago an editor checked the facts against the official page. */
    checked: {
      'within-6-months': 'Within 6 months',
      'within-12-months': '6 to 12 months ago',
      'older-or-never': 'Over 12 months ago, or never',
    },
  },
  /** A long facet's box to find an option; `{facet}` is its heading in lower case. */
  find: {
    placeholder: 'Find {facet}',
    label: 'Find {facet} options',
  },
  /** How many results ticking an option would give, after its label. */
  optionCount: '({count})',
  /** A long facet's button that shows the options after the most common ones, then hides them again. */
  showAll: 'Show all {count}',
  showFewer: 'Show fewer',
  /** The results' heading (read by screen readers only). */
  resultsHeading: 'Results',
  /** How many certifications the choice gives (`common.certifications`), when they run to several pages. */
  foundOnPage: '{found}, page {page} of {pages}',
  noneFound: 'No certification matches',
  /** Above the results, when the filters leave nothing. */
  noneFoundHint: 'No certification matches these filters. Untick one, or clear them all.',
  /** After the results' count (`{status}`) when only names and codes could be searched (`astro dev`). */
  textSearchAfterBuild: '{status}. Searching the pages’ text works on the built site (npm start).',
  searchFailed: 'Search could not load its index; filters work here.',
  /** The note on values of the URL the page does not know, each as `ignoredValue`, joined by commas. */
  ignored: 'Ignored what this page does not know: {values}.',
  ignoredValue: '{parameter} “{value}”',
  /** The ticked options, each a button that unticks it. */
  chips: {
    label: 'Active filters',
    remove: 'Remove filter: {option}',
    clearAll: 'Clear all',
  },
  pages: {
    label: 'Result pages',
    previous: 'Previous',
    next: 'Next',
  },
  /** On a phone the sort and the facets wait in a dialog, opened by the filters button. */
  filters: {
    open: 'Filters',
    /** The button's name once options are ticked. */
    openApplied: 'Filters, {count} applied',
    /** After the button's text, once options are ticked. */
    applied: ' ({count})',
    heading: 'Filters',
    close: 'Close filters',
    showResults: 'Show results',
  },
} as const;
