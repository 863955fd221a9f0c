import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitDates } from '../../src/lib/catalogue/git-dates';

describe('commitDates', () => {
  const gitOn =
    (day: string) =>
    (cwd: string, ...args: string[]) =>
      spawnSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` },
      });
  const git = gitOn('2026-03-04');

  it('dates each committed file by its first and last commits and leaves uncommitted files out', () => {
    const repository = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
    git(repository, 'init', '-q');
    git(repository, 'config', 'user.email', 'test@example.org');
    git(repository, 'config', 'user.name', 'Test');
    writeFileSync(path.join(repository, 'a.mdx'), 'a');
    git(repository, 'add', 'a.mdx');
    git(repository, 'commit', '-qm', 'a');
    writeFileSync(path.join(repository, 'a.mdx'), 'a, edited');
    gitOn('2026-05-06')(repository, 'commit', '-qam', 'edit a');
    writeFileSync(path.join(repository, 'b.mdx'), 'b');
    const dates = commitDates(repository);
    expect(dates?.get(path.join(repository, 'a.mdx'))).toEqual({ added: '2026-03-04', changed: '2026-05-06' });
    expect(dates?.has(path.join(repository, 'b.mdx'))).toBe(false);
  });

  it('gives nothing outside a git repository', () => {
    expect(commitDates(mkdtempSync(path.join(tmpdir(), 'no-git-')))).toBeUndefined();
  });
});
