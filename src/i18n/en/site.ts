/**
 * site: the frame every page shares (head, header, footer, breadcrumbs, pager, theme and currency
 * pickers) and the pages that stand in for a page (not found, moved). See ../index.ts.
 */
export const site = {
  /** One sentence about the site: the home page's meta description and the web manifest's. */
  description:
    'A free, open directory of professional certifications in cloud, AI, data, security and project management: ' +
    'fees, exam format, validity and skills side by side.',
  /** The first link of every page, for keyboard users: it jumps past the header. */
  skipLink: 'Skip to content',
  /** The home page's document title: the site's name first, then what the page is. */
  homeTitle: '{site}: {title}',
  /** Titles of the `<link rel="alternate">` every page announces (the feeds' own titles are in `pages.feeds`). */
  alternates: {
    api: 'All certifications as JSON',
  },
  /** The site's sections, in the main navigation, the index pages and the breadcrumbs. */
  sections: {
    home: 'Home',
    certifications: 'All certifications',
    roles: 'Roles',
    categories: 'Categories',
    providers: 'Providers',
    levels: 'Levels',
    map: 'Map',
    compare: 'Compare',
  },
  header: {
    /** The phone's button that opens the search box (read by screen readers only). */
    openSearch: 'Search',
    /** The phone's button that opens the navigation. */
    menu: 'Menu',
    /** The main navigation's label. */
    navigation: 'Main',
  },
  theme: {
    /** The colour theme picker's label (read by screen readers only). */
    label: 'Colour theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  footer: {
    /** The paragraph about the site, around its links to the freshness and changes pages. */
    about: {
      before:
        '{site} is an open directory written by volunteers. Fees and exam details change: always confirm them on the ' +
        'provider’s official page, linked from every certification. See ',
      freshness: 'how fresh the facts are',
      between: ' and ',
      changes: 'what changed',
      after: '.',
    },
    /** The links to the catalogue's data files and feeds. */
    data: {
      label: 'Open data:',
      json: 'JSON',
      csv: 'CSV',
      schema: 'JSON Schema',
      rss: 'RSS feed',
      changes: 'Changes feed',
      retirements: 'Retirements calendar',
    },
  },
  breadcrumbs: {
    label: 'Breadcrumb',
  },
  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    /** A page number's link, as screen readers read it. */
    page: 'Page {page}',
    /** The document title of a page after the first of a listing or of the map. */
    title: '{heading} (page {page} of {pages})',
  },
  /** "Fees also in": the second currency of the browse and compare pages. */
  currencyPicker: {
    label: 'Fees also in',
    /** One currency of the list: `INR: Indian Rupee`. */
    option: '{code}: {name}',
    rates: 'approximate, rates of {date}',
  },
  /** The 404 page. */
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Browse certifications by category, provider or level instead.',
    intro: 'There is no page at this address. The certification may have been renamed, or the link may have a typo.',
    home: 'All certifications on the home page',
    providers: 'Certifications by provider',
    levels: 'Certifications by level',
    categories: 'Or pick a category',
  },
  /** The page at an old address (a merged certification, a renamed category or provider). */
  moved: {
    title: 'Moved: {name}',
    description: 'This page is now {name}.',
    heading: 'This page has moved',
    /** The sentence around the link to the page that replaced it. */
    before: 'It is now ',
    after: '. Update your bookmark; your browser should take you there on its own.',
    /** Where the address of a category that was split into others leads. */
    allCategories: 'All categories',
  },
} as const;
