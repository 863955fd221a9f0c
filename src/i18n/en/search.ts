/**
 * search: the search box in every page's header (components/search): its form, and what its script
 * writes under it. Its script bundles the section: keep it to the box.
 */
export const search = {
  /** The form's name as a landmark. */
  label: 'Site search',
  /** The box's label, and its placeholder. */
  box: 'Search certifications',
  /** Read out with the box (screen readers only). */
  shortcut: 'Press / or Control K to search from anywhere.',
  submit: 'Search',
  /** The list of results that opens under the box. */
  results: 'Search results',
  /** The link under the results to the browse page with the query. */
  seeAll: 'See all {total} results',
  /** The same link when nothing matches: to the browse page, unfiltered. */
  noMatch: 'No certification matches “{query}”. Browse them all',
  /** Read out after each query. */
  found: { one: '{count} result', other: '{count} results' },
  failed: 'Search could not load its index. Try again, or browse every certification.',
  /**
   * In a result's summary, as the status is named (`values.status.retired`): repeated here so the search
   * module, loaded on demand, need not carry the value types' words.
   */
  retired: 'Retired',
} as const;
