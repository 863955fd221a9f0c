/**
 * The words of a text as search and title comparison read them: accents and marks such as ™ dropped,
 * lower case, and the symbols of certification names spelt out, so "Security+" is "security plus",
 * "C++" is "c plus plus" and "C#" is "c sharp", the way students type them.
 */

/** The words of `text`, normalised: letters and digits only, lower case, symbols spelt out. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/[™®©]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of `text` run together ("AZ-900", "az 900" and "az900" are all "az900"). */
export function compactKey(text: string): string {
  return wordsOf(text).join('');
}
