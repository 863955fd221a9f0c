/**
 * Every slug algorithm of the project, in one place: term slugs for category, provider and level
 * addresses, and file slugs, the ASCII names certification files (and so their pages) get.
 */

/**
 * A term's slug: lower case, every run of characters other than letters (with their accents) and
 * digits becomes one hyphen: `Machine Learning` → `machine-learning`. `+` and `#` are spelt out first,
 * so `C++`, `C#` and `C` stay three names; letters of every script are kept (`機械学習`).
 */
export function termSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a certification file may be named: lowercase letters and digits in hyphen-separated words. */
export const FILE_SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The most characters a proposed file slug has. */
export const MAX_FILE_SLUG_LENGTH = 80;

/**
 * A file slug for a title: accents dropped, `&`, `+` and `#` spelt out as in term slugs, ASCII letters
 * and digits in hyphenated words, cut between words at 80 characters (`Ingénieur Réseau & Cloud` →
 * `ingenieur-reseau-and-cloud`, `CompTIA A+` → `comptia-a-plus`). Empty when the title has no Latin
 * letters or digits.
 */
export function fileSlug(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_FILE_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_FILE_SLUG_LENGTH + 1);
  return cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, MAX_FILE_SLUG_LENGTH);
}
