import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCertAtlasRecord, entryFromCertAtlas } from '../../src/lib/cert-atlas';
import { checkCertificationSource, slugProblem } from '../../src/lib/content-check';
import { PLACEHOLDER, proposeSlug, renderNewEntry } from '../../src/lib/new-entry';
import { askForNewEntry } from '../../scripts/lib/new-entry-flow';
import { scriptedPrompter } from '../support/scripted-prompter';

const record = (name: string) =>
  asCertAtlasRecord(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/cert-atlas', `${name}.json`), 'utf8')));

const complete = {
  title: 'Sample Certified Engineer',
  provider: 'Sample Org',
  level: 'Beginner',
  link: 'https://example.org/cert',
  categories: ['Cloud'],
  overview: 'Proves {sample} skills <really>.',
  shortDescription: 'A sample.',
  fee: '$150',
  examFormat: '60 questions, 90 minutes, online proctored',
  validity: '3 years',
  skills: ['Python {3}', 'SQL <joins>'],
  lastVerified: '2026-06-13',
};

describe('proposeSlug', () => {
  it.each([
    ['AWS Certified Machine Learning – Specialty', 'aws-certified-machine-learning-specialty'],
    ['CompTIA Security+ (SY0-701)', 'comptia-security-sy0-701'],
    ['Ingénieur Réseau Certifié', 'ingenieur-reseau-certifie'],
    ['Tips & Tricks', 'tips-and-tricks'],
    ['基本情報技術者試験', ''],
  ])('%s → %s', (title, slug) => {
    expect(proposeSlug(title)).toBe(slug);
  });

  it('keeps slugs to 80 characters, cut between words', () => {
    const slug = proposeSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('renderNewEntry', () => {
  it('writes a file that passes the checks, with the original entry’s sections', () => {
    const { mdx, blanks } = renderNewEntry(complete);
    expect(blanks).toEqual([]);
    const { entry, problems } = checkCertificationSource('sample.mdx', mdx);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(entry?.data.overview).toBe('Proves {sample} skills <really>.');
    const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Overview', 'Recommended Background', 'Skills You’ll Gain', 'Exam Details', 'Fees and Validity', 'Official Resources', 'Career Outlook']);
    expect(mdx).toContain('- Python \\{3\\}\n- SQL \\<joins\\>');
    expect(entry?.data.skills).toEqual(['Python {3}', 'SQL <joins>']);
  });

  it('marks what is still to be written, and the checker warns about it', () => {
    const { mdx } = renderNewEntry(complete);
    const warnings = checkCertificationSource('sample.mdx', mdx).problems.filter((problem) => problem.severity === 'warning');
    expect(warnings.map((warning) => warning.field)).toEqual(['body', 'body', 'body', 'body', 'body']);
    expect(mdx.split(PLACEHOLDER)).toHaveLength(6);
  });

  it('does not copy the fee, format or validity into the body, where they would go stale', () => {
    const { mdx } = renderNewEntry(complete);
    const body = mdx.slice(mdx.indexOf('\n---\n', 4));
    for (const fact of ['$150', '60 questions', '3 years']) expect(body).not.toContain(fact);
  });

  it('writes missing required fields as marked blanks that fail the checks, naming each one', () => {
    const { mdx, blanks } = renderNewEntry({ title: 'Only a title' });
    expect(blanks).toEqual(['provider', 'level', 'overview', 'short_description', 'categories', 'link', 'last_verified']);
    expect(mdx).toMatch(/^level: "" # FILL IN: one of Beginner, Intermediate, Advanced, Expert/m);
    const errors = checkCertificationSource('draft.mdx', mdx).problems.map((problem) => problem.field);
    expect(errors).toEqual(expect.arrayContaining(['provider', 'level', 'overview', 'short_description', 'categories', 'link', 'last_verified']));
  });
});

describe('entryFromCertAtlas', () => {
  it('prefills fee, format, validity, code, link and domain weights from a full record', () => {
    expect(entryFromCertAtlas(record('aws-machine-learning-specialty-mls-c01'))).toEqual({
      title: 'AWS Certified Machine Learning – Specialty',
      provider: 'AWS',
      link: 'https://d1.awsstatic.com/training-and-certification/docs-ml/AWS-Certified-Machine-Learning-Specialty_Exam-Guide.pdf',
      fee: '$300',
      examFormat: '65 questions, 180 minutes, online proctored, test center',
      validity: '3 years',
      examCode: 'MLS-C01',
      domains: [
        { name: 'Data Engineering', weight: 20 },
        { name: 'Exploratory Data Analysis', weight: 24 },
        { name: 'Modeling', weight: 36 },
        { name: 'Machine Learning Implementation and Operations', weight: 20 },
      ],
      prerequisites: undefined,
    });
  });

  it('reads a zero price as Free', () => {
    expect(entryFromCertAtlas(record('isc2-cc-certified-in-cybersecurity')).fee).toBe('Free');
  });

  it('leaves out what the record lacks: no price, no validity, no proctoring', () => {
    const entry = entryFromCertAtlas(record('accuplacer-advanced-algebra'));
    expect(entry.fee).toBeUndefined();
    expect(entry.validity).toBeUndefined();
    expect(entry.examFormat).toBe('20 questions, 60 minutes');
  });

  it('keeps a domain without a weight as its name only', () => {
    const base = record('aacn-ccrn-adult');
    const entry = entryFromCertAtlas({ ...base, domains: [{ name: 'Clinical Judgment', weight_percent: 80 }, { name: 'Ethics', weight_percent: null }] });
    expect(entry.domains).toEqual([{ name: 'Clinical Judgment', weight: 80 }, { name: 'Ethics' }]);
    expect(entry.title).toBe('CCRN — Adult Critical Care Registered Nurse');
  });

  it('falls back to the exam name when the certification name is empty, and skips fractional counts', () => {
    const entry = entryFromCertAtlas({ ...record('aacn-ccrn-adult'), certification_name: '', total_questions: 65.5 });
    expect(entry.title).toBe('CCRN — Adult Critical Care Registered Nurse');
    expect(entry.examFormat).toBe('180 minutes, test center');
  });

  it('refuses JSON that is not an exam record, saying what is missing', () => {
    expect(() => asCertAtlasRecord({ exam_name: 'x' })).toThrow('missing exam_id, certifying_body');
    expect(() => asCertAtlasRecord([])).toThrow('not a Cert Atlas exam record');
  });
});

describe('the interactive questions', () => {
  const context = { providers: ['Google Cloud', 'ISC2'], categories: ['Cloud', 'Security'], slugs: new Set(['isc2-cissp']) };

  it('build an entry that passes the checks, offering existing providers and categories', async () => {
    const prompter = scriptedPrompter([
      'Google Associate Cloud Engineer',
      'Google Cloud',
      'Beginner',
      '$125',
      '50-60 questions, 2 hours, online proctored',
      '3 years',
      'https://cloud.google.com/learn/certification/cloud-engineer',
      ['Cloud'],
      'DevOps',
      'Validates deploying and operating Google Cloud projects.',
      'Associate Google Cloud certification.',
      '',
    ]);
    const { entry, slug } = await askForNewEntry(prompter, context);
    expect(slug).toBe('google-associate-cloud-engineer');
    expect(entry.categories).toEqual(['Cloud', 'DevOps']);
    expect(entry.provider).toBe('Google Cloud');
    const { mdx } = renderNewEntry({ ...entry, lastVerified: '2026-06-13' });
    expect(checkCertificationSource(`${slug}.mdx`, mdx).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('refuse an answer the schema would refuse, with the reason and what is accepted', async () => {
    const prompter = scriptedPrompter(['Title', 'ISC2', 'Expert', 'two hundred dollars']);
    await expect(askForNewEntry(prompter, context)).rejects.toThrow(/is not an amount with a currency symbol or code\. Accepted: Free, or an amount/);
  });

  it('let the editor type a provider the catalogue does not have yet', async () => {
    const prompter = scriptedPrompter(['T', '__new__', 'New Org', 'Expert', '', '', '', 'https://example.org', [], 'AI', 'O.', 'S.', 't-cert']);
    const { entry, slug } = await askForNewEntry(prompter, context);
    expect(entry.provider).toBe('New Org');
    expect(slug).toBe('t-cert');
    expect(entry.fee).toBeUndefined();
  });

  it('refuse a file name that is taken, reserved or malformed', () => {
    expect(slugProblem('isc2-cissp', context.slugs)).toContain('already exists');
    expect(slugProblem('categories', context.slugs)).toContain('is taken by a page of the site');
    expect(slugProblem('Bad_Name', context.slugs)).toContain('lowercase letters');
    expect(slugProblem('fine-name', context.slugs)).toBeUndefined();
  });
});
