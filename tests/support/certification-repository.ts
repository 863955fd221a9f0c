/**
 * A git repository with a certifications folder and a pull request's worth of commits, for the facts diff's
 * tests. Git runs with no system or global configuration, so the machine's settings (default branch, rename
 * detection, signing) cannot change what the tests see.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { MINIMAL_FRONT_MATTER } from './sample';

/** The environment every git command of a fixture runs in. */
const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_AUTHOR_DATE: '2026-01-02T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-02T12:00:00Z',
};

/** Runs git in `cwd` with the fixture's environment; throws with git's message when it fails. */
export function fixtureGit(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A certification file: the minimal front matter with `overrides`, then `body`. */
export function certificationText(overrides: Record<string, unknown>, body = 'About this certification.'): string {
  return `---\n${stringify({ ...MINIMAL_FRONT_MATTER, ...overrides })}---\n\n${body}\n`;
}

export interface CertificationRepository {
  root: string;
  /** The certifications folder. */
  folder: string;
  /** The branch a pull request goes into. */
  base: 'main';
  /** The pull request's branch. */
  head: 'change-facts';
  remove(): void;
}

/**
 * `main` with six certification files; then `change-facts`, a branch that raises a fee ($300 → $330),
 * adds a certification, deletes one, renames one, changes only the body of another, breaks the fee of
 * another, and edits redirects.json and a file outside the folder; then a later commit on `main` that
 * changes a fee the branch never touched (the diff must not show it).
 */
export function certificationRepository(): CertificationRepository {
  const root = mkdtempSync(path.join(tmpdir(), 'facts-diff-'));
  const folder = path.join(root, 'certifications');
  const write = (name: string, text: string) => writeFileSync(path.join(folder, name), text);
  const commit = (message: string) => {
    fixtureGit(root, 'add', '-A');
    fixtureGit(root, 'commit', '-q', '--no-gpg-sign', '-m', message);
  };
  mkdirSync(folder);
  fixtureGit(root, 'init', '-q', '-b', 'main');
  write('fee.mdx', certificationText({ title: 'Fee Raiser', fee: '$300' }));
  write('gone.mdx', certificationText({ title: 'Gone Away', level: 'advanced' }, 'Retired exam. '.repeat(40)));
  write('old-name.mdx', certificationText({ title: 'Moving House' }));
  write('text-only.mdx', certificationText({ title: 'Body Writer', fee: '$100' }));
  write('broken.mdx', certificationText({ title: 'Soon Broken', fee: '$50' }));
  write('base-only.mdx', certificationText({ title: 'Changed On Main', fee: '$10' }));
  write('redirects.json', '{ "redirects": [] }\n');
  writeFileSync(path.join(root, 'README.md'), 'A fixture.\n');
  commit('six certifications');

  fixtureGit(root, 'switch', '-q', '-c', 'change-facts');
  write('fee.mdx', certificationText({ title: 'Fee Raiser', fee: '$330' }));
  write(
    'added.mdx',
    certificationText({ title: 'Brand New', fee: 'USD 150', level: 'intermediate' }, 'New. '.repeat(90)),
  );
  rmSync(path.join(folder, 'gone.mdx'));
  renameSync(path.join(folder, 'old-name.mdx'), path.join(folder, 'new-name.mdx'));
  write('text-only.mdx', certificationText({ title: 'Body Writer', fee: '$100' }, 'A new paragraph.'));
  write('broken.mdx', certificationText({ title: 'Soon Broken', fee: 'two hundred dollars' }));
  write('redirects.json', '{ "redirects": [{ "from": "old-name", "to": "new-name" }] }\n');
  writeFileSync(path.join(root, 'README.md'), 'A fixture, changed.\n');
  commit('change facts');

  fixtureGit(root, 'switch', '-q', 'main');
  write('base-only.mdx', certificationText({ title: 'Changed On Main', fee: '$20' }));
  commit('a later change on main');

  return {
    root,
    folder,
    base: 'main',
    head: 'change-facts',
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
