/**
 * Old addresses of certifications that were merged or renamed: `redirects.json` beside the
 * certification files maps each removed slug to the slug of the page that replaced it, so that old
 * links still work (the site writes a small page at the old address that sends the reader on).
 * Checked with the catalogue: a redirect names an existing certification, never one of its own slugs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FILE_SLUG_FORMAT } from '../text/slug';
import { closest } from '../text/edit-distance';
import type { ContentProblem } from './problem';

/** The file's name, in the certifications folder. */
export const REDIRECTS_FILE = 'redirects.json';

/** One old address and where it now leads. */
export interface Redirect {
  from: string;
  to: string;
  /** The 1-based line of the entry in the file. */
  line: number;
}

/** The redirects of a folder, in file order; none when the folder has no redirects file. */
export function readRedirects(folder: string): { file: string; redirects: Redirect[]; problems: ContentProblem[] } {
  const absolute = path.join(folder, REDIRECTS_FILE);
  const file = path.relative(process.cwd(), absolute).split(path.sep).join('/');
  if (!existsSync(absolute)) return { file, redirects: [], problems: [] };
  const text = readFileSync(absolute, 'utf8');
  const problem = (line: number, reason: string, found: string): ContentProblem => ({
    file,
    line,
    field: 'redirect',
    severity: 'error',
    reason,
    found,
    expected: 'an object of "old-slug": "existing-slug" pairs',
    example: '{ "professional-cloud-architect": "google-cloud-professional-cloud-architect" }',
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { file, redirects: [], problems: [problem(1, 'the file is not valid JSON', String(error))] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { file, redirects: [], problems: [problem(1, 'the file is not an object', typeof parsed)] };
  }
  const lines = text.split('\n');
  const lineOf = (slug: string) => lines.findIndex((line) => line.includes(`"${slug}"`)) + 1 || 1;
  const redirects: Redirect[] = [];
  const problems: ContentProblem[] = [];
  for (const [from, to] of Object.entries(parsed)) {
    if (typeof to !== 'string' || !FILE_SLUG_FORMAT.test(from) || !FILE_SLUG_FORMAT.test(to)) {
      problems.push(
        problem(lineOf(from), 'each old slug and its target must be slugs', JSON.stringify({ [from]: to })),
      );
    } else redirects.push({ from, to, line: lineOf(from) });
  }
  return { file, redirects, problems };
}

/** A redirect must lead to an existing certification and must not hide one. */
export function checkRedirects(
  file: string,
  redirects: readonly Redirect[],
  slugs: ReadonlySet<string>,
): ContentProblem[] {
  const known = [...slugs].sort();
  return redirects.flatMap(({ from, to, line }): ContentProblem[] => {
    const at = { file, line, field: 'redirect', severity: 'error' as const };
    if (slugs.has(from)) {
      return [
        {
          ...at,
          reason: `${from} is still a certification file, so its page cannot also send readers elsewhere`,
          found: `"${from}": "${to}"`,
          expected: 'the slug of a file that was removed or renamed',
          example: `remove the line, or the file ${from}.mdx`,
        },
      ];
    }
    if (!slugs.has(to)) {
      const suggestion = closest(to, known, Math.max(3, Math.floor(to.length / 3)));
      return [
        {
          ...at,
          reason: `no certification file is named ${to}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          found: `"${from}": "${to}"`,
          expected: 'the slug of an existing certification',
          example: `"${from}": "${suggestion ?? 'an-existing-certification'}"`,
        },
      ];
    }
    return [];
  });
}
