import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/lib/git-dates';
import { editFileUrl, reportOutdatedUrl } from '../../src/lib/repository-links';
import { verificationOf } from '../../src/lib/verification';
import { parseRepositoryUrl } from '../../src/site.config';

describe('verificationOf', () => {
  it('calls facts checked in the last 12 months recent, older ones old, missing ones never', () => {
    expect(verificationOf('2026-06-13', '2026-11-26')).toEqual({ kind: 'recent', date: '2026-06-13' });
    expect(verificationOf('2025-11-26', '2026-11-26')).toEqual({ kind: 'recent', date: '2025-11-26' });
    expect(verificationOf('2025-11-25', '2026-11-26')).toEqual({ kind: 'old', date: '2025-11-25' });
    expect(verificationOf(undefined, '2026-11-26')).toEqual({ kind: 'never' });
  });
});

describe('repository links', () => {
  const repository = { url: 'https://github.com/example/cert-compass', branch: 'main' };

  it('opens the certification’s own file in the web editor', () => {
    expect(editFileUrl(repository, 'src/content/certifications/isc2-cissp.mdx')).toBe(
      'https://github.com/example/cert-compass/edit/main/src/content/certifications/isc2-cissp.mdx',
    );
    expect(editFileUrl({ ...repository, branch: 'release/2026' }, 'src/content/certifications/a b.md')).toBe(
      'https://github.com/example/cert-compass/edit/release%2F2026/src/content/certifications/a%20b.md',
    );
  });

  it('prefills the outdated-information issue form', () => {
    const url = new URL(reportOutdatedUrl(repository, { title: 'CISSP & more', slug: 'isc2-cissp' }, 'https://certs.example.org/isc2-cissp/'));
    expect(url.origin + url.pathname).toBe('https://github.com/example/cert-compass/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'report-outdated.yml',
      title: 'Outdated: CISSP & more',
      labels: 'outdated',
      certification: 'isc2-cissp',
      page: 'https://certs.example.org/isc2-cissp/',
    });
  });

  it('reads REPOSITORY_URL, refusing anything but an https repository address', () => {
    expect(parseRepositoryUrl('https://github.com/example/cert-compass/')).toBe('https://github.com/example/cert-compass');
    expect(parseRepositoryUrl('https://github.com/example/cert-compass.git')).toBe('https://github.com/example/cert-compass');
    expect(() => parseRepositoryUrl('git@github.com:example/cert-compass.git')).toThrow('REPOSITORY_URL');
    expect(() => parseRepositoryUrl('https://github.com/example')).toThrow('REPOSITORY_URL');
  });
});

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
