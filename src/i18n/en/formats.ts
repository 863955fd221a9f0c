/** How English pages write numbers, dates and lists: day before month, as readers everywhere parse it. */
export const formats = {
  /** BCP 47 tag of the catalogue's language: the pages' `lang` (site.config.ts names the same). */
  language: 'en',
  /** Locale for numbers, currencies, plurals and sorting names. */
  numbers: 'en',
  /** Locale for lists: `A, B and C`, without a comma before `and`. */
  lists: 'en-GB',
  /** Locale for dates: `26 November 2026`, `January 2025`. */
  dates: 'en-GB',
  /** A date at the end of a sentence: a day, or a month when the provider gives no day. */
  dateInSentence: { day: 'on {date}', month: 'in {date}' },
} as const;
