/**
 * Telling whether two titles name the same certification: the words that say what it is, in any
 * order, without the provider's own name, accents, marks such as ™, and filler words. A bracketed
 * abbreviation of the title's own words is one more way to write it, so a second key leaves it out:
 * "Cisco Certified Network Associate (CCNA)" and "Cisco Certified Network Associate" match, as do
 * "PRINCE2 Foundation (7th Edition)" and "PRINCE2 7th Edition Foundation"; "Platform Developer" and
 * "Platform Developer II" do not, nor "Dynamics 365 Fundamentals (ERP)" and "(CRM)".
 */

import { wordsOf } from './words';

/** Words that say nothing about which certification it is. */
const FILLER = new Set(['certification', 'certified', 'exam', 'the', 'of', 'and', 'for', 'in', 'a', 'an', 'program']);

/** True when `abbreviation` is made of the initials of `text`'s words, in order (`CCNA`, `PMP`). */
function abbreviates(abbreviation: string, text: string): boolean {
  const letters = abbreviation.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || !/^[A-Z0-9+\-/ ]+$/.test(abbreviation.trim())) return false;
  const initials = wordsOf(text)
    .map((word) => word[0])
    .join('');
  let position = 0;
  for (const letter of initials) if (letter === letters[position]) position += 1;
  return position === letters.length;
}

/** The keys a title is known by within its provider's entries (one or two). */
export function titleKeys(title: string, provider: string): string[] {
  const providerWords = new Set(wordsOf(provider));
  const keyOf = (text: string) =>
    [...new Set(wordsOf(text).filter((word) => !FILLER.has(word) && !providerWords.has(word)))].sort().join(' ');
  const outside = title.replace(/\([^)]*\)/g, ' ');
  const withoutAbbreviations = title.replace(/\(([^)]*)\)/g, (whole, inside: string) =>
    abbreviates(inside, outside) ? ' ' : whole,
  );
  const keys = [keyOf(title), keyOf(withoutAbbreviations)].filter(Boolean);
  return [...new Set(keys)];
}
