/**
 * Colours for what cannot read CSS: the `theme-color` meta tags and the web app manifest (the page
 * background of each scheme), and the share images (drawn in the light palette). `tests/unit/theme.test.ts`
 * keeps every value equal to its token in src/styles/tokens.css.
 */

/** The light half of the tokens the share images use, by token name without `--`. */
export const LIGHT_PALETTE = {
  bg: '#fbfbfd',
  surface: '#ffffff',
  text: '#1b1f2a',
  'text-muted': '#4a5163',
  border: '#d5d9e3',
  accent: '#1f4fd1',
  'accent-soft': '#e8eefc',
  'level-beginner': '#0b6b3a',
  'level-intermediate': '#1f4fd1',
  'level-advanced': '#7b2fbe',
  'level-expert': '#a4262c',
} as const;

/** The page background of each colour scheme. */
export const THEME_COLORS = { light: LIGHT_PALETTE.bg, dark: '#11141b' } as const;
