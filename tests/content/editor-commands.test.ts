/**
 * The editors' commands, run as editors run them, into a scratch folder that a real build then
 * publishes: `npm run new` with flags, `npm run new -- --from <Cert Atlas record>`, and
 * `npm run import:jekyll`. What they write must pass `npm run check` and build into pages.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build-site';
import { QUICK_TIER } from '../support/tiers';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'cert-editors-'));
const imported = mkdtempSync(path.join(tmpdir(), 'cert-imported-'));
const drafts = mkdtempSync(path.join(tmpdir(), 'cert-drafts-'));
const builtNew = mkdtempSync(path.join(tmpdir(), 'cert-editors-site-'));
const builtImported = mkdtempSync(path.join(tmpdir(), 'cert-imported-site-'));
// The drafts folder holds the original entry, so `--from` has a catalogue to compare spellings with.
copyFileSync(
  path.join(PROJECT_ROOT, 'tests/fixtures/jekyll-original/aws-certified-machine-learning-specialty.mdx'),
  path.join(drafts, 'aws-certified-machine-learning-specialty.mdx'),
);
const atlas = (name: string) => path.join(PROJECT_ROOT, 'tests/fixtures/cert-atlas', `${name}.json`);
const newEntry = (args: string[], out = scratch) => run('scripts/new-entry.ts', ['--out', out, ...args]);
const fillBlanks = [
  '--level',
  'Intermediate',
  '--categories',
  'Cloud,Security',
  '--overview',
  'Checked overview.',
  '--short-description',
  'Checked.',
  '--last-verified',
  '2026-06-13',
  '--verified-against',
  'https://example.org/official-page',
];

afterAll(() => {
  for (const folder of [scratch, imported, drafts, builtNew, builtImported])
    rmSync(folder, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('writes a valid file from flags, without asking anything', () => {
    const { status, output } = newEntry([
      '--title',
      'Google Associate Cloud Engineer',
      '--provider',
      'Google Cloud',
      '--level',
      'Beginner',
      '--fee',
      '$125',
      '--exam-format',
      '50-60 questions, 2 hours, online proctored',
      '--validity',
      '3 years',
      '--link',
      'https://cloud.google.com/learn/certification/cloud-engineer',
      '--categories',
      'Cloud',
      '--overview',
      'Validates deploying and operating Google Cloud projects.',
      '--short-description',
      'Associate Google Cloud certification for deploying and operating cloud solutions.',
    ]);
    expect(status, output).toBe(0);
    expect(output).toContain('google-associate-cloud-engineer.mdx');
    expect(output).not.toMatch(/: (title|provider|level|fee|link): /);
  });

  it('lists every missing required flag and writes nothing', () => {
    const { status, output } = newEntry(['--title', 'Half an entry', '--level', 'Expert']);
    expect(status).toBe(2);
    expect(output).toContain(
      'Missing required flags: --provider, --overview, --short-description, --categories, --link.',
    );
    expect(readdirSync(scratch)).not.toContain('half-an-entry.mdx');
  });

  it('refuses to overwrite or to take a reserved file name', () => {
    expect(
      newEntry([
        '--slug',
        'categories',
        ...fillBlanks,
        '--title',
        'X',
        '--provider',
        'P',
        '--link',
        'https://example.org',
      ]).output,
    ).toContain('is taken by a page of the site');
  });

  it.each([
    'aws-machine-learning-specialty-mls-c01',
    'isc2-cc-certified-in-cybersecurity',
    'accuplacer-advanced-algebra',
    'aacn-ccrn-adult',
  ])('--from %s leaves marked blanks that fail the check until filled', (record) => {
    const draft = newEntry(['--from', atlas(record), '--slug', `${record}-draft`], drafts);
    expect(draft.status, draft.output).toBe(0);
    for (const field of ['level', 'overview', 'short_description', 'categories', 'last_verified'])
      expect(draft.output).toMatch(new RegExp(`${record}-draft\\.mdx:\\d+: ${field}: `));
    expect(readFileSync(path.join(drafts, `${record}-draft.mdx`), 'utf8')).toContain('# FILL IN:');

    if (record.startsWith('aws-'))
      expect(draft.output).toContain('Note: the catalogue spells a provider "Amazon Web Services (AWS)"');
    const filled = newEntry(['--from', atlas(record), '--slug', record, ...fillBlanks]);
    expect(filled.status, filled.output).toBe(0);
    expect(filled.output).not.toMatch(new RegExp(`${record}\\.mdx:\\d+: [a-z_]+: (?!warning)`));
    // The record itself when the committed snapshot has it, else the page it cites.
    const source = readFileSync(path.join(scratch, `${record}.mdx`), 'utf8').match(/^source: (.*)$/m)?.[1];
    expect(source).toEqual(
      ['aws-machine-learning-specialty-mls-c01', 'isc2-cc-certified-in-cybersecurity'].includes(record)
        ? `cert-atlas/${record}`
        : expect.stringMatching(/^"?https:\/\//),
    );
  });
});

describe('npm run import:jekyll', () => {
  let report = '';
  let status: number | null = null;
  beforeAll(() => {
    ({ status, output: report } = run('scripts/import-jekyll.ts', [
      path.join(PROJECT_ROOT, 'tests/fixtures/jekyll-pages'),
      '--out',
      imported,
    ]));
  });

  it('reports each file converted or refused, with the reason', () => {
    expect(status).toBe(1);
    expect(report).toMatch(
      /^converted {2}2024-05-01-tricky-markdown\.md → .*tricky-markdown\.mdx \(removed 1 HTML comment/m,
    );
    expect(report).toMatch(/^converted {2}aws-certified-machine-learning-specialty\.md → /m);
    expect(report).toMatch(
      /^refused {4}bad-fee\.md: its front matter does not pass the schema:\n {4}.*bad-fee\.mdx:5: fee: /m,
    );
    expect(report).toMatch(/^refused {4}liquid-template\.md: it uses the Liquid template tag "\{\{ page\.title \}\}"/m);
    expect(report).toMatch(/^refused {4}no-front-matter\.md: line 1: the file does not start with front matter/m);
    expect(report).toMatch(
      /^refused {4}script-in-body\.md: the body cannot become safe MDX: line 12: the <script> element/m,
    );
    expect(report).toContain('2 converted, 4 refused.');
  });

  it('keeps the original page byte for byte', () => {
    const original = readFileSync(
      path.join(PROJECT_ROOT, 'tests/fixtures/jekyll-original/aws-certified-machine-learning-specialty.mdx'),
      'utf8',
    );
    expect(readFileSync(path.join(imported, 'aws-certified-machine-learning-specialty.mdx'), 'utf8')).toBe(original);
  });
});

/** A Cert Atlas record's domain weights, as a table row with its bar. */
const DOMAIN_ROW = /<th scope="row"[^>]*>Modeling<\/th>\s*<td[^>]*><div class="weight"[^>]*><span[^>]*>36%<\/span>/;

// Real builds of what the commands wrote: the full tier's (npm run test:full).
(QUICK_TIER ? describe.skip : describe).each([
  ['npm run new', () => scratch, builtNew, 5, 'aws-machine-learning-specialty-mls-c01', DOMAIN_ROW],
  ['npm run import:jekyll', () => imported, builtImported, 2, 'tricky-markdown', /<h1[^>]*>Tricky Markdown/],
] as const)('what %s wrote', (_command, folder, built, files, page, pageShows) => {
  let build: ReturnType<typeof buildSite>;
  beforeAll(() => {
    build = buildSite(built, { CERTIFICATIONS_DIR: folder() });
  });

  it('passes npm run check (warnings only for sections still to write)', () => {
    const { status, output } = run('scripts/check-content.ts', [], { CERTIFICATIONS_DIR: folder() });
    expect(status, output).toBe(0);
    expect(output).toMatch(new RegExp(`Checked ${files} files in .*: 0 errors in 0 files, \\d+ warnings?\\.`));
  });

  it('builds into a page for every file', () => {
    expect(build.status, build.output).toBe(0);
    const slugs = readdirSync(folder()).map((file) => file.replace(/\.mdx$/, ''));
    for (const slug of slugs) expect(readdirSync(built)).toContain(slug);
    expect(readFileSync(path.join(built, page, 'index.html'), 'utf8')).toMatch(pageShows);
  });
});

it('npm run new refuses a flag value the schema refuses, and writes nothing', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'cert-refused-'));
  const { status, output } = newEntry(
    [
      '--title',
      'Refused',
      '--provider',
      'P',
      '--level',
      'Beginner',
      '--link',
      'https://example.org',
      '--categories',
      'Cloud',
      '--overview',
      'O.',
      '--short-description',
      'S.',
      '--fee',
      'two hundred dollars',
    ],
    folder,
  );
  expect(status).toBe(2);
  expect(output).toMatch(/refused\.mdx:\d+: fee: "two hundred dollars" is not an amount/);
  expect(output).toContain('Nothing was written');
  expect(readdirSync(folder)).toEqual([]);
  rmSync(folder, { recursive: true, force: true });
});
