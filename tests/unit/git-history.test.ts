import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileVersions, type FileVersion } from '../../src/lib/catalogue/git-history';

/** Runs git in `cwd` as if on `day`. */
function gitOn(day: string, cwd: string, ...args: string[]) {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

const summary = (versions: FileVersion[] | undefined) => versions?.map(({ date, text }) => `${date} ${text}`);

describe('fileVersions', () => {
  let repository = '';
  let folder = '';
  const at = (name: string) => path.join(folder, name);
  const commit = (day: string, message: string) => {
    gitOn(day, repository, 'add', '-A');
    gitOn(day, repository, 'commit', '-qm', message);
  };

  beforeAll(() => {
    repository = mkdtempSync(path.join(tmpdir(), 'git-history-'));
    folder = path.join(repository, 'certifications');
    mkdirSync(folder);
    gitOn('2026-01-01', repository, 'init', '-q');
    gitOn('2026-01-01', repository, 'config', 'user.email', 'test@example.org');
    gitOn('2026-01-01', repository, 'config', 'user.name', 'Test');
    writeFileSync(at('a.mdx'), 'a one');
    writeFileSync(at('old-name.mdx'), 'renamed one');
    writeFileSync(at('gone.mdx'), 'gone one');
    writeFileSync(path.join(repository, 'outside.mdx'), 'outside');
    commit('2026-01-02', 'first');
    writeFileSync(at('a.mdx'), 'a two');
    renameSync(at('old-name.mdx'), at('new-name.mdx'));
    rmSync(at('gone.mdx'));
    commit('2026-02-03', 'edit, rename, delete');
    writeFileSync(at('gone.mdx'), 'a new file under an old name');
    writeFileSync(at('new-name.mdx'), 'renamed two');
    commit('2026-03-04', 'add again, edit the renamed file');
    writeFileSync(at('uncommitted.mdx'), 'not yet');
  });

  it('lists every committed version of each file, oldest first, with its commit and date', () => {
    const versions = fileVersions(folder);
    if (typeof versions === 'string') throw new Error(versions);
    expect(summary(versions.get(at('a.mdx')))).toEqual(['2026-01-02 a one', '2026-02-03 a two']);
    expect(versions.get(at('a.mdx'))?.[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('follows a renamed file back to its old name', () => {
    const versions = fileVersions(folder);
    if (typeof versions === 'string') throw new Error(versions);
    expect(summary(versions.get(at('new-name.mdx')))).toEqual([
      '2026-01-02 renamed one',
      '2026-02-03 renamed one',
      '2026-03-04 renamed two',
    ]);
    expect(versions.has(at('old-name.mdx'))).toBe(false);
  });

  it('starts a file added under a deleted file’s name afresh; leaves out deleted, uncommitted, outside files', () => {
    const versions = fileVersions(folder);
    if (typeof versions === 'string') throw new Error(versions);
    expect(summary(versions.get(at('gone.mdx')))).toEqual(['2026-03-04 a new file under an old name']);
    expect(versions.has(at('uncommitted.mdx'))).toBe(false);
    expect(versions.has(path.join(repository, 'outside.mdx'))).toBe(false);
    expect([...versions.keys()].sort()).toEqual([at('a.mdx'), at('gone.mdx'), at('new-name.mdx')]);
  });

  it('gives no history for a shallow clone, which would date every file to one commit', () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'git-history-shallow-'));
    gitOn('2026-03-05', clone, 'clone', '-q', '--depth', '1', `file://${repository}`, 'copy');
    expect(fileVersions(path.join(clone, 'copy', 'certifications'))).toBe('shallow');
  });

  it('gives no history outside a git repository', () => {
    expect(fileVersions(mkdtempSync(path.join(tmpdir(), 'no-git-')))).toBe('no-git');
  });
});
