/** The official link of a certification: an absolute https URL, nothing else. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';

/** Accepts `https://...` only, so `javascript:`, `data:` and plain `http:` links never reach a page. */
export function parseOfficialLink(text: string): string {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new FieldProblem('not an absolute URL');
  }
  if (url.protocol !== 'https:')
    throw new FieldProblem(`the link uses "${url.protocol}", only https: links are accepted`);
  if (url.username || url.password) throw new FieldProblem('the link must not carry a user name or password');
  return url.href;
}

export const linkField = parsedField(
  {
    description: 'The provider’s official page for the certification, where the facts on this page can be checked.',
    expected: 'an absolute https:// URL',
    examples: ['link: "https://aws.amazon.com/certification/certified-machine-learning-specialty/"'],
  },
  z.string(),
  parseOfficialLink,
);
