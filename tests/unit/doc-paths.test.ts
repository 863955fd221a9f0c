/**
 * Every path of the repository that README.md, CONTRIBUTING.md or a file of docs/ names (in backticks,
 * or as a link) exists, so a move or a deletion cannot leave the docs pointing at nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const ROOTS = /^(?:src|tests|scripts|data|docs|bench|public|\.github|\.ci)\//;

/** The repository paths a Markdown file names: `src/lib/…` in code spans, and relative link targets. */
export function namedPaths(markdown: string, file: string): string[] {
  const inCode = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!);
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^(?:[a-z]+:|#)/.test(target))
    .map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target)));
  return [...inCode.filter((candidate) => ROOTS.test(candidate)), ...links]
    .map((candidate) => candidate.replace(/#.*$/, '').replace(/:\d[\d,-]*$/, ''))
    .filter((candidate) => candidate && !/[*<>{}]|\.\.\.|…/.test(candidate));
}

describe('paths named in the docs', () => {
  it.each(DOCS)('%s names only paths that exist', (file) => {
    const missing = namedPaths(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), file).filter(
      (named) => !existsSync(path.join(PROJECT_ROOT, named)),
    );
    expect(missing).toEqual([]);
  });

  it('finds a missing path (the test can fail)', () => {
    const named = namedPaths('See `src/lib/no-such-module.ts` and [x](../gone.md).', 'docs/x.md');
    expect(named).toEqual(['src/lib/no-such-module.ts', 'gone.md']);
    expect(named.filter((candidate) => !existsSync(path.join(PROJECT_ROOT, candidate)))).toHaveLength(2);
  });
});
