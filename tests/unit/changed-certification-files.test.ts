import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changedCertificationFiles,
  defaultBaseRef,
  GitRangeError,
} from '../../src/lib/editor/changed-certification-files';
import { certificationRepository, fixtureGit, type CertificationRepository } from '../support/certification-repository';

describe('changedCertificationFiles', () => {
  let repository: CertificationRepository;
  beforeAll(() => {
    repository = certificationRepository();
  });
  afterAll(() => repository.remove());

  it('lists the certification files the branch changed, renames followed, leaving out other files', () => {
    const { files } = changedCertificationFiles(repository.folder, repository.base, repository.head);
    expect(files.map(({ base, head }) => [base?.path, head?.path])).toEqual([
      [undefined, 'added.mdx'],
      ['broken.mdx', 'broken.mdx'],
      ['fee.mdx', 'fee.mdx'],
      ['gone.mdx', undefined],
      ['old-name.mdx', 'new-name.mdx'],
      ['text-only.mdx', 'text-only.mdx'],
    ]);
  });

  it('reads each side’s text from its commit', () => {
    const { files } = changedCertificationFiles(repository.folder, repository.base, repository.head);
    const fee = files.find(({ head }) => head?.path === 'fee.mdx');
    expect(fee?.base?.text).toContain('fee: $300\n');
    expect(fee?.head?.text).toContain('fee: $330\n');
    expect(files.find(({ base }) => base?.path === 'gone.mdx')?.base?.text).toContain('title: Gone Away\n');
  });

  it('compares the head with where it left the base, so a later change on the base is not shown', () => {
    const compared = changedCertificationFiles(repository.folder, repository.base, repository.head);
    expect(compared.base).toBe(fixtureGit(repository.root, 'rev-parse', 'main~1'));
    expect(compared.head).toBe(fixtureGit(repository.root, 'rev-parse', 'change-facts'));
    expect(compared.files.some(({ head }) => head?.path === 'base-only.mdx')).toBe(false);
  });

  it('takes origin/main as the default base when the clone has it, else main', () => {
    expect(defaultBaseRef(repository.folder)).toBe('main');
    fixtureGit(repository.root, 'update-ref', 'refs/remotes/origin/main', 'main~1');
    try {
      expect(defaultBaseRef(repository.folder)).toBe('origin/main');
    } finally {
      fixtureGit(repository.root, 'update-ref', '-d', 'refs/remotes/origin/main');
    }
  });

  it('names an unknown base or head and says how to get it', () => {
    expect(() => changedCertificationFiles(repository.folder, 'no-such-branch', repository.head)).toThrow(
      /^base "no-such-branch": git knows no commit by that name here\. Fetch it first/,
    );
    expect(() => changedCertificationFiles(repository.folder, repository.base, 'deadbeef')).toThrow(GitRangeError);
    expect(() => changedCertificationFiles(repository.folder, repository.base, 'deadbeef')).toThrow(/^head "deadbeef"/);
  });

  it('says when the two commits share no history, as in a shallow clone', () => {
    fixtureGit(repository.root, 'switch', '-q', '--orphan', 'unrelated');
    fixtureGit(repository.root, 'commit', '-q', '--no-gpg-sign', '--allow-empty', '-m', 'unrelated');
    fixtureGit(repository.root, 'switch', '-q', '-f', 'main');
    expect(() => changedCertificationFiles(repository.folder, 'unrelated', repository.head)).toThrow(
      /^base "unrelated" and head "change-facts" share no commit in this clone\. .*git fetch --unshallow/,
    );
  });

  it('says when the folder is not in a git repository', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'facts-diff-no-git-'));
    try {
      expect(() => changedCertificationFiles(folder, 'main', 'HEAD')).toThrow(/is not in a git repository/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
