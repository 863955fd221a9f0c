import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/lib/catalogue/git-dates';

describe('lastCommitDates', () => {
  const git = (cwd: string, ...args: string[]) =>
    spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-03-04T12:00:00Z', GIT_COMMITTER_DATE: '2026-03-04T12:00:00Z' },
    });

  it('dates each committed file by its last commit and leaves uncommitted files out', () => {
    const repository = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
    git(repository, 'init', '-q');
    git(repository, 'config', 'user.email', 'test@example.org');
    git(repository, 'config', 'user.name', 'Test');
    writeFileSync(path.join(repository, 'a.mdx'), 'a');
    git(repository, 'add', 'a.mdx');
    git(repository, 'commit', '-qm', 'a');
    writeFileSync(path.join(repository, 'b.mdx'), 'b');
    const dates = lastCommitDates(repository);
    expect(dates?.get(path.join(repository, 'a.mdx'))).toBe('2026-03-04');
    expect(dates?.has(path.join(repository, 'b.mdx'))).toBe(false);
  });

  it('gives nothing outside a git repository', () => {
    expect(lastCommitDates(mkdtempSync(path.join(tmpdir(), 'no-git-')))).toBeUndefined();
  });
});
