/** The official pages an editor read to check the facts, on the day `last_verified` gives. */
import { parsedField } from './field';
import { parseOfficialLink } from './link';
import { cleanItems, textListInput } from './lists';

/** Reads one page or a list of pages: each an https link, none twice. */
export function parseVerifiedAgainst(value: string | readonly string[]): string[] {
  const pages = cleanItems(typeof value === 'string' ? [value] : value).map(parseOfficialLink);
  return [...new Set(pages)];
}

export const verifiedAgainstField = parsedField(
  {
    description:
      'The provider’s own pages the facts were checked against on the day last_verified gives (the certification ' +
      'page, its exam guide, its price list). Never a third-party page or a copy. Every fact in the file must be ' +
      'stated on one of them; a fact none of them states is left out. Required with last_verified.',
    expected: 'an https:// URL of the provider’s page, or a list of them',
    examples: [
      'verified_against: "https://aws.amazon.com/certification/certified-cloud-practitioner/"',
      'verified_against: ["https://www.isc2.org/certifications/cissp", "https://www.isc2.org/register-for-exam"]',
    ],
    fillInWhenMissing: true,
  },
  textListInput,
  parseVerifiedAgainst,
);
