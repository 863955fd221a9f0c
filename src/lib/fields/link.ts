/** The official link of a certification: an absolute https URL, nothing else. */
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
  if (url.protocol !== 'https:') throw new FieldProblem(`the link uses "${url.protocol}", only https: links are accepted`);
  if (url.username || url.password) throw new FieldProblem('the link must not carry a user name or password');
  return url.href;
}
