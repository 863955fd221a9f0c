/** `npm run check`'s content half, run as editors and CI run it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';
import { checkedCatalogue } from '../support/catalogue-files';

const LATEST_CHECK = checkedCatalogue()
  .map((entry) => entry.data.lastVerified ?? '')
  .reduce((latest, day) => (day > latest ? day : latest), '2026-11-26');

function runCheck(env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'],
    {
      cwd: PROJECT_ROOT,
      // Today is the catalogue's latest check, so its last_verified dates never turn into warnings (too
      // old) or errors (in the future) by the passing of time alone.
      env: { ...process.env, GITHUB_ACTIONS: '', CERT_COMPASS_TODAY: LATEST_CHECK, ...env },
      encoding: 'utf8',
    },
  );
  return { status: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

describe('check-content', () => {
  it('passes the published catalogue', () => {
    const { status, lines } = runCheck({});
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^Checked \d+ files in src\/content\/certifications: 0 errors in 0 files, 0 warnings\.$/,
    );
  });

  it('prints file:line: field: message and exits 1 on an error', () => {
    const { status, lines } = runCheck({ CERTIFICATIONS_DIR: 'tests/fixtures/content/bad-fee' });
    expect(status).toBe(1);
    expect(lines[0]).toBe(
      'tests/fixtures/content/bad-fee/sample.mdx:9: fee: "two hundred dollars" is not an amount with a currency ' +
        'symbol or code; found: "two hundred dollars"; expected: Free, or an amount such as "$300", "USD 300" or ' +
        '"$300 (approx ₹25,000)"; example: fee: "$300 (approx ₹25,000)"',
    );
    expect(lines.at(-1)).toBe('Checked 1 file in tests/fixtures/content/bad-fee: 1 error in 1 file, 0 warnings.');
  });

  it('adds a GitHub annotation per problem when GITHUB_ACTIONS is set', () => {
    const { lines } = runCheck({ CERTIFICATIONS_DIR: 'tests/fixtures/content/unknown-key', GITHUB_ACTIONS: 'true' });
    expect(lines[1]).toMatch(
      /^::error file=tests\/fixtures\/content\/unknown-key\/sample\.mdx,line=9,title=catgories::/,
    );
    expect(lines[1]).toContain('::unknown field "catgories" (did you mean "categories"?)');
  });
});
