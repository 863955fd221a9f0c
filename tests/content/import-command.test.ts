/**
 * `npm run import:cert-atlas`, run as an editor runs it, on the committed fixture records laid out as
 * the dataset is: a dry run writes nothing, a real run writes entries that pass `npm run check` and a
 * snapshot, and running it again (from the dataset or from that snapshot) changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';

const FIXTURES: Record<string, string> = {
  aws: 'aws-machine-learning-specialty-mls-c01',
  isc2: 'isc2-cc-certified-in-cybersecurity',
  crowdstrike: 'crowdstrike-ccsa',
  accuplacer: 'accuplacer-advanced-algebra',
  aacn: 'aacn-ccrn-adult',
};

const scratch = mkdtempSync(path.join(tmpdir(), 'cert-atlas-import-'));
const dataset = path.join(scratch, 'dataset');
const out = path.join(scratch, 'certifications');
const snapshot = path.join(scratch, 'records');
for (const [vendor, name] of Object.entries(FIXTURES)) {
  mkdirSync(path.join(dataset, 'data', vendor), { recursive: true });
  copyFileSync(
    path.join(PROJECT_ROOT, 'tests/fixtures/cert-atlas', `${name}.json`),
    path.join(dataset, 'data', vendor, `${name}.json`),
  );
}
// An editor's entry for one of the exams: the import must merge into it.
mkdirSync(out);
copyFileSync(
  path.join(PROJECT_ROOT, 'tests/fixtures/jekyll-original/aws-certified-machine-learning-specialty.mdx'),
  path.join(out, 'aws-certified-machine-learning-specialty.mdx'),
);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args],
    { cwd: PROJECT_ROOT, env: { ...process.env, GITHUB_ACTIONS: '', ...env }, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const importer = (...args: string[]) =>
  run('scripts/import-cert-atlas.ts', [...args, '--out', out, '--snapshot', snapshot]);
const files = () => readdirSync(out).sort();

describe('npm run import:cert-atlas', () => {
  it('says what it would do with every record and writes nothing on --dry-run', () => {
    const { status, output } = importer(dataset, '--dry-run');
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /^merged +aws-machine-learning-specialty-mls-c01 → .*aws-certified-machine-learning-specialty\.mdx \(.*\)$/m,
    );
    expect(output).toMatch(/^ +kept as the editor wrote it: fee: /m);
    expect(output).toMatch(/^imported +crowdstrike-ccsa → .*ccsa-crowdstrike-certified-siem-analyst\.mdx$/m);
    expect(output).toMatch(/^skipped +accuplacer-advanced-algebra: vendor accuplacer is left out: /m);
    expect(output).toContain(
      '5 records: 2 imported, 0 updated, 1 merged, 0 unchanged, 2 skipped. Dry run: nothing was written.',
    );
    expect(files()).toEqual(['aws-certified-machine-learning-specialty.mdx']);
    expect(existsSync(snapshot)).toBe(false);
  });

  it('writes entries that pass the checker, and the snapshot in the dataset’s layout', () => {
    const { status, output } = importer(dataset);
    expect(status, output).toBe(0);
    expect(output).toContain('5 records: 2 imported, 0 updated, 1 merged, 0 unchanged, 2 skipped.');
    expect(files()).toEqual([
      'aws-certified-machine-learning-specialty.mdx',
      'cc-certified-in-cybersecurity.mdx',
      'ccsa-crowdstrike-certified-siem-analyst.mdx',
    ]);
    const merged = readFileSync(path.join(out, 'aws-certified-machine-learning-specialty.mdx'), 'utf8');
    expect(merged).toContain('source: cert-atlas/aws-machine-learning-specialty-mls-c01');
    expect(merged).toContain('Perfect for students combining **data science + systems** expertise.');
    expect(readdirSync(snapshot).sort()).toEqual(['aws', 'crowdstrike', 'isc2']);
    const check = run('scripts/check-content.ts', [], { CERTIFICATIONS_DIR: out });
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/Checked 3 files .*: 0 errors/);
  });

  it('changes nothing when run again, from the dataset or from its own snapshot', () => {
    const before = files().map((name) => readFileSync(path.join(out, name), 'utf8'));
    expect(importer(dataset).output).toContain('5 records: 0 imported, 0 updated, 0 merged, 3 unchanged, 2 skipped.');
    expect(importer(snapshot).output).toContain('3 records: 0 imported, 0 updated, 0 merged, 3 unchanged, 0 skipped.');
    expect(files().map((name) => readFileSync(path.join(out, name), 'utf8'))).toEqual(before);
  });

  it('imports only the vendors asked for, and refuses a folder that is not there', () => {
    expect(importer(dataset, '--vendor', 'crowdstrike', '--dry-run').output).toContain('1 record: 0 imported');
    const missing = importer(path.join(scratch, 'nowhere'));
    expect(missing.status).toBe(2);
    expect(missing.output).toContain('Usage: npm run import:cert-atlas -- <dataset dir>');
  });
});
