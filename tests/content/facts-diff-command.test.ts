/** `npm run facts:diff`, run as CI runs it on a pull request: the Markdown, the job summary, the step's output. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';
import { certificationRepository, type CertificationRepository } from '../support/certification-repository';

describe('facts-diff', () => {
  let repository: CertificationRepository;
  let outputs = '';
  beforeAll(() => {
    repository = certificationRepository();
    outputs = mkdtempSync(path.join(tmpdir(), 'facts-diff-outputs-'));
  });
  afterAll(() => {
    repository.remove();
    rmSync(outputs, { recursive: true, force: true });
  });

  /** Runs the command on the fixture repository, with the files GitHub Actions gives a step. */
  function runFactsDiff(name: string, ...args: string[]) {
    const file = (kind: string) => path.join(outputs, `${name}-${kind}`);
    const result = spawnSync(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/facts-diff.ts',
        '--out',
        file('out'),
        ...args,
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          CERTIFICATIONS_DIR: repository.folder,
          GITHUB_STEP_SUMMARY: file('summary'),
          GITHUB_OUTPUT: file('outputs'),
        },
        encoding: 'utf8',
      },
    );
    const read = (kind: string) => (existsSync(file(kind)) ? readFileSync(file(kind), 'utf8') : undefined);
    return { ...result, out: read('out'), summary: read('summary'), stepOutputs: read('outputs') };
  }

  it('prints the table, writes it to --out and the job summary, and gives the count of changed files', () => {
    // No --base: the fixture has no origin/main, so its main.
    const run = runFactsDiff('branch', '--head', repository.head);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.out).toContain('\n| Fee Raiser (`fee.mdx`) | Fee | $300 | $330 |\n');
    expect(run.stdout).toBe(`${run.out}\n`);
    expect(run.summary).toBe(`${run.out}\n`);
    expect(run.stepOutputs).toBe('changed-files=6\n');
  });

  it('leaves the job summary alone when no certification file changed', () => {
    const run = runFactsDiff('nothing', '--base', repository.base, '--head', repository.base);
    expect(run.status).toBe(0);
    expect(run.out).toContain('No tracked fact changes: no certification file changed.');
    expect(run.summary).toBeUndefined();
    expect(run.stepOutputs).toBe('changed-files=0\n');
  });

  it('names an unknown ref and exits 1', () => {
    const run = runFactsDiff('unknown', '--base', 'no-such-branch');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^facts diff: base "no-such-branch": git knows no commit by that name here\./);
    expect(run.out).toBeUndefined();
  });
});
