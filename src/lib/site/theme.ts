/**
 * The page background of each colour scheme, for what cannot read CSS: the `theme-color` meta tags
 * (and the web app manifest). `tests/unit/theme.test.ts` keeps them equal to `--bg` in the tokens.
 */
export const THEME_COLORS = { light: '#fbfbfd', dark: '#11141b' } as const;
