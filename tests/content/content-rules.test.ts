/**
 * Every content rule has a fixture folder under tests/fixtures/content/ that breaks it, and the checker
 * `npm run check` and the build share must report it with its file, line, field and every part of its
 * explanation. The build's loader runs that same checker, so three real `astro build`s prove the
 * wiring: a per-file error fails the build, a cross-file error fails it, a warning is printed and
 * the build passes. (The catalogue rules are also unit-tested in tests/unit/check-catalogue.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/lib/fields/problem';
import { checkCertificationFolder } from '../../src/lib/files/check-folder';
import { buildSite, PROJECT_ROOT } from '../support/build-site';
import { QUICK_TIER } from '../support/tiers';

interface RuleCase {
  fixture: string;
  file: string;
  line: number;
  field: string;
  /** Parts of the explanation that must appear. */
  says: string[];
  /** Warnings are printed but let the build and `npm run check` pass. */
  severity?: 'error' | 'warning';
}

const RULES: RuleCase[] = [
  {
    fixture: 'missing-title',
    file: 'sample.mdx',
    line: 1,
    field: 'title',
    says: ['found: nothing', 'example: title: "'],
  },
  {
    fixture: 'bad-level',
    file: 'sample.mdx',
    line: 4,
    field: 'level',
    says: ['found: "Associate"', 'expected: one of Beginner, Intermediate, Advanced, Expert'],
  },
  {
    fixture: 'long-short-description',
    file: 'sample.mdx',
    line: 6,
    field: 'short_description',
    says: ['201 characters, 1 over the limit of 200'],
  },
  {
    fixture: 'empty-categories',
    file: 'sample.mdx',
    line: 7,
    field: 'categories',
    says: ['found: []', 'expected: a list of one or more category names'],
  },
  {
    fixture: 'javascript-link',
    file: 'sample.mdx',
    line: 8,
    field: 'link',
    says: ['only https: links are accepted', 'found: "javascript:alert(1)"'],
  },
  {
    fixture: 'bad-fee',
    file: 'sample.mdx',
    line: 9,
    field: 'fee',
    says: ['found: "two hundred dollars"', 'example: fee: "$300 (approx ₹25,000)"'],
  },
  {
    fixture: 'bad-passing-score',
    file: 'sample.mdx',
    line: 9,
    field: 'passing_score',
    says: ['found: "700"', 'not a score out of a maximum', 'example: passing_score: "750 of 1000"'],
  },
  {
    fixture: 'http-study-resource',
    file: 'sample.mdx',
    line: 9,
    field: 'study_resources',
    says: ['the link of "Exam guide"', 'https://', 'example: study_resources:'],
  },
  {
    fixture: 'unknown-source-record',
    file: 'sample.mdx',
    line: 9,
    field: 'source',
    says: ['no record no-such-exam in data/cert-atlas/records', 'example: source: cert-atlas/isc2-cissp'],
  },
  {
    fixture: 'exam-format-number-part',
    file: 'sample.mdx',
    line: 9,
    field: 'exam_format',
    says: ['"3 labs" starts with a number but is neither a question count nor a duration'],
  },
  {
    fixture: 'exam-format-zero-duration',
    file: 'sample.mdx',
    line: 9,
    field: 'exam_format',
    says: ['the duration must be longer than zero'],
  },
  {
    fixture: 'bad-validity',
    file: 'sample.mdx',
    line: 9,
    field: 'validity',
    says: ['found: "3 yrs"', 'example: validity: "3 years"'],
  },
  {
    fixture: 'impossible-date',
    file: 'sample.mdx',
    line: 9,
    field: 'last_verified',
    says: ['not a real calendar date', 'found: "2026-02-30"'],
  },
  {
    fixture: 'bad-status',
    file: 'sample.mdx',
    line: 9,
    field: 'status',
    says: ['found: "deprecated"', 'expected: one of active, retiring, retired'],
  },
  {
    fixture: 'unknown-key',
    file: 'sample.mdx',
    line: 9,
    field: 'catgories',
    says: ['unknown field "catgories" (did you mean "categories"?)'],
  },
  {
    fixture: 'retired-without-date',
    file: 'sample.mdx',
    line: 9,
    field: 'retirement_date',
    says: ['a retired certification needs its retirement date'],
  },
  {
    fixture: 'yaml-syntax',
    file: 'sample.mdx',
    line: 10,
    field: 'front matter',
    says: ['the front matter is not valid YAML'],
  },
  {
    fixture: 'reserved-slug',
    file: 'categories.mdx',
    line: 1,
    field: 'file name',
    says: ['the file name "categories" is taken by a page of the site', 'found: "categories"'],
  },
  {
    fixture: 'near-duplicate-categories',
    file: 'third.mdx',
    line: 7,
    field: 'categories',
    says: [
      'did you mean "Data Engineering"?',
      'near-duplicate-categories/first.mdx, tests/fixtures/content/near-duplicate-categories/second.mdx',
      '"Data Engineerng" in tests/fixtures/content/near-duplicate-categories/third.mdx',
    ],
  },
  {
    fixture: 'near-duplicate-providers',
    file: 'second.mdx',
    line: 3,
    field: 'provider',
    says: ['"Linux Fundation" looks like a misspelling of "Linux Foundation" (did you mean "Linux Foundation"?)'],
  },
  {
    fixture: 'duplicate-title',
    file: 'second.mdx',
    line: 2,
    field: 'title',
    says: [
      'another file has the same title',
      'found: "sample certified engineer", also in tests/fixtures/content/duplicate-title/first.mdx',
    ],
  },
  {
    fixture: 'duplicate-exam-code',
    file: 'second.mdx',
    line: 9,
    field: 'exam_code',
    says: [
      'another current entry of Sample Org has the same exam code',
      'found: "sce-001" at tests/fixtures/content/duplicate-exam-code/second.mdx:9',
      'also at tests/fixtures/content/duplicate-exam-code/first.mdx:9',
      'redirects.json',
    ],
  },
  {
    fixture: 'bad-slug',
    file: 'Sample_Certification.mdx',
    line: 1,
    field: 'file name',
    says: ['found: "Sample_Certification"', 'example: sample-certification.mdx'],
  },
  {
    fixture: 'future-last-verified',
    file: 'sample.mdx',
    line: 9,
    field: 'last_verified',
    says: ['the date is in the future', 'found: 2999-01-01'],
  },
  {
    fixture: 'retired-in-future',
    file: 'sample.mdx',
    line: 9,
    field: 'status',
    says: ['retired, but the retirement date is still to come', 'example: status: retiring'],
  },
  {
    fixture: 'stale-last-verified',
    file: 'sample.mdx',
    line: 9,
    field: 'last_verified',
    severity: 'warning',
    says: ['last verified more than 12 months ago', 'found: 2000-01-01'],
  },
  {
    fixture: 'retiring-date-passed',
    file: 'sample.mdx',
    line: 9,
    field: 'status',
    severity: 'warning',
    says: ['the retirement date has passed', 'example: status: retired'],
  },
  {
    fixture: 'placeholder-text',
    file: 'sample.mdx',
    line: 12,
    field: 'body',
    severity: 'warning',
    says: ['"To be written:" text from npm run new is still there'],
  },
];

const fixtureDir = (fixture: string) => path.join(PROJECT_ROOT, 'tests/fixtures/content', fixture);
const fixtureFile = (rule: RuleCase) => `tests/fixtures/content/${rule.fixture}/${rule.file}`;

describe.each(RULES)('content rule: $fixture', (rule) => {
  it('is reported by the checker with file, line, field and explanation', async () => {
    const { problems } = await checkCertificationFolder(fixtureDir(rule.fixture), {
      today: '2026-11-26',
      relativeTo: PROJECT_ROOT,
    });
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({
      file: fixtureFile(rule),
      line: rule.line,
      field: rule.field,
      severity: rule.severity ?? 'error',
    });
    expect(problem).toMatchObject({
      reason: expect.any(String),
      expected: expect.any(String),
      example: expect.any(String),
    });
    for (const part of rule.says) expect(problemMessage(problem!)).toContain(part);
  });
});

/** The fixtures the real builds use: an error in one file, an error across files, a warning. */
const BUILT_RULES = ['bad-fee', 'near-duplicate-categories', 'stale-last-verified'];

// Real builds: the full tier's (npm run test:full); the checker's half above runs in both.
describe.skipIf(QUICK_TIER)('a real build refuses a broken catalogue, and warns on a doubtful one', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cert-rules-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds the fixtures named, each one a rule of the table', () => {
    expect(BUILT_RULES.filter((fixture) => RULES.some((rule) => rule.fixture === fixture))).toEqual(BUILT_RULES);
  });

  it.each(RULES.filter((rule) => BUILT_RULES.includes(rule.fixture)))(
    '$fixture: astro build names $file, line $line, field $field (and fails on an error)',
    (rule) => {
      const build = buildSite(outDir, { CERTIFICATIONS_DIR: fixtureDir(rule.fixture) });
      if (rule.severity === 'warning') {
        expect(build.status, build.output).toBe(0);
        expect(build.output).toContain(`${fixtureFile(rule)}:${rule.line}: ${rule.field} (warning)`);
      } else {
        expect(build.status).not.toBe(0);
        expect(build.output).toContain('Certification files have errors.');
        expect(build.output).toContain(`${fixtureFile(rule)}:${rule.line}: ${rule.field}`);
      }
      // The build prints one labelled line per part ("  found:    ..."); read them as "found: ...".
      const explanation = build.output.replace(/^ {2}(problem|found|expected|example):\s+/gm, '$1: ');
      for (const part of rule.says) expect(explanation).toContain(part);
    },
  );
});
