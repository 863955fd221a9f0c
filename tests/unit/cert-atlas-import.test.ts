/**
 * Importing Cert Atlas records, on the committed fixture records (tests/fixtures/cert-atlas, MIT):
 * a full record, a sparse one, a record merged into an editor's entry, an update that keeps the
 * editor's text, and refused records. Nothing is written: `planImport` says what it would do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCertAtlasRecord, type CertAtlasRecord } from '../../src/lib/editor/cert-atlas';
import {
  composeOverview,
  composeShortDescription,
  domainsBySize,
  list,
  type Composition,
  planImport,
  type CatalogueFile,
  type DatasetRecord,
  type ImportOutcome,
} from '../../src/lib/editor/cert-atlas-import';
import { checkCertificationSource } from '../../src/lib/files/check-file';
import { readFrontMatter } from '../../src/lib/files/read';
import { committedMapping } from '../support/cert-atlas-snapshot';

const { mapping } = committedMapping();
const FOLDER = 'src/content/certifications';

const fixture = (name: string) =>
  asCertAtlasRecord(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/cert-atlas', `${name}.json`), 'utf8')),
  );
const full = { vendor: 'aws', record: fixture('aws-machine-learning-specialty-mls-c01') };
const sparse = { vendor: 'crowdstrike', record: fixture('crowdstrike-ccsa') };

function plan(records: DatasetRecord[], files: CatalogueFile[] = [], previous?: Map<string, CertAtlasRecord>) {
  return planImport({ records, files, mapping, folder: FOLDER, ...(previous && { previous }) });
}

/** The one outcome of a plan, of the kind expected. */
function only<Kind extends ImportOutcome['kind']>(outcomes: ImportOutcome[], kind: Kind) {
  expect(outcomes).toHaveLength(1);
  const [outcome] = outcomes;
  expect(outcome?.kind, JSON.stringify(outcome)).toBe(kind);
  return outcome as ImportOutcome & { kind: Kind };
}

const frontMatterOf = (text: string) => readFrontMatter(text).data;
const passesTheCheck = (file: string, text: string) =>
  expect(checkCertificationSource(file, text).problems.filter((problem) => problem.severity === 'error')).toEqual([]);

describe('a full record', () => {
  const imported = only(plan([full]), 'imported');

  it('becomes a file named after its title that passes the checker', () => {
    expect(imported.file).toBe(`${FOLDER}/aws-certified-machine-learning-specialty.mdx`);
    passesTheCheck(imported.file, imported.text);
  });

  it('carries every fact the record has, placed by the mapping, traced to the record', () => {
    expect(frontMatterOf(imported.text)).toMatchObject({
      provider: 'Amazon Web Services (AWS)',
      level: 'Advanced',
      categories: ['Cloud', 'Machine Learning', 'Data'],
      fee: '$300',
      exam_format: '65 questions, 180 minutes, online proctored, test center',
      validity: '3 years',
      passing_score: '750 of 1000',
      question_types: ['multiple choice', 'multiple response'],
      exam_code: 'MLS-C01',
      retake_policy: { waiting_days: 14 },
      source: 'cert-atlas/aws-machine-learning-specialty-mls-c01',
    });
    expect(frontMatterOf(imported.text).domains).toHaveLength(4);
  });

  it('has no body: the page shows every fact from front matter, so the body is left to editors', () => {
    expect(readFrontMatter(imported.text).body.trim()).toBe('');
  });
});

describe('a sparse record', () => {
  const imported = only(plan([sparse]), 'imported');
  const data = frontMatterOf(imported.text);

  it('leaves out what the record lacks, never guessing it', () => {
    passesTheCheck(imported.file, imported.text);
    expect(data.fee).toBeUndefined();
    expect(data.languages).toBeUndefined();
    expect(data.study_resources).toBeUndefined();
    // No question count and no duration: only how it is delivered. "PSI Online" is a website, not a centre.
    expect(data.exam_format).toBe('online proctored');
    expect(data.overview).not.toMatch(/questions in/);
  });

  it('still says what the record does have', () => {
    expect(data).toMatchObject({ validity: '3 years', passing_score: '70%', exam_code: 'CCSA' });
  });
});

describe('overviews and short descriptions', () => {
  const aws = (placement: Composition['placement'], kind: Composition['kind'] = 'certification'): Composition => ({
    title: 'AWS Certified Machine Learning – Specialty',
    provider: 'Amazon Web Services (AWS)',
    placement,
    kind,
  });
  const specialty = aws({ level: 'Advanced', by: 'ladder', tier: 'Specialty' });

  it('say what it is and who awards it, the largest areas first, and the exam’s length: facts only', () => {
    expect(composeOverview(full.record, specialty)).toBe(
      'AWS Certified Machine Learning – Specialty is a certification from Amazon Web Services (AWS), at the ' +
        'Specialty tier of its ladder. Its exam covers Modeling, Exploratory Data Analysis, Data Engineering, and ' +
        'Machine Learning Implementation and Operations. The exam has 65 questions in 180 minutes.',
    );
    const general = {
      title: 'CCSA (CrowdStrike Certified SIEM Analyst)',
      provider: 'CrowdStrike',
      kind: 'certification',
    } as const;
    expect(
      composeOverview(sparse.record, {
        ...general,
        placement: { level: 'Intermediate', by: 'general', rule: 'otherwise' },
      }),
    ).toBe(
      'CCSA (CrowdStrike Certified SIEM Analyst) is a certification from CrowdStrike. ' +
        'Its exam covers Querying and Analytics, Detection Logic and Alert Analysis, Incident Investigation, ' +
        'and Reporting and Communication.',
    );
  });

  it('never state a level a rule only guessed: the tier is said only when the provider’s ladder gives it', () => {
    const guessed = aws({ level: 'Intermediate', by: 'general', rule: 'otherwise' });
    expect(composeOverview(full.record, guessed)).not.toMatch(/intermediate|tier/i);
    expect(composeShortDescription(full.record, guessed)).toMatch(/^Certification from Amazon Web Services/);
  });

  it('use the entry’s own title, and say who the record says it is for', () => {
    const retitled = { ...specialty, title: 'AWS ML Specialty' };
    const record = { ...full.record, target_audience: 'Data scientists who build models on AWS.' };
    expect(composeOverview(record, retitled)).toMatch(
      /^AWS ML Specialty is a certification .* It is meant for data scientists who build models on AWS\./,
    );
  });

  it('call a paper a paper of its qualification, and never give a course an exam', () => {
    const paper = {
      ...aws({ level: 'Advanced', by: 'ladder', tier: 'Exam' }, 'paper'),
      qualification: 'Example Qualification',
    };
    expect(composeOverview(full.record, paper)).toMatch(
      /^AWS Certified Machine Learning – Specialty is a paper \(exam\) of the Example Qualification\. It covers/,
    );
    expect(composeShortDescription(full.record, paper)).toMatch(/^Paper of the Example Qualification covering/);
    const course = composeOverview(full.record, aws({ level: 'Advanced', by: 'ladder', tier: 'Specialty' }, 'course'));
    expect(course).toMatch(/is a course certificate from .* The course covers/);
    expect(course).not.toMatch(/exam/i);
  });

  it('name four domains at most, the largest first', () => {
    const many = {
      ...full.record,
      domains: 'ABCDEF'.split('').map((letter, i) => ({ name: `Area ${letter}`, weight_percent: i })),
    };
    expect(domainsBySize(many).slice(0, 2)).toEqual(['Area F', 'Area E']);
    expect(composeOverview(many, specialty)).toMatch(/covers Area F, Area E, Area D and Area C, among other areas\./);
  });

  it('keep the short description within 200 characters, dropping domains before cutting words', () => {
    expect(composeShortDescription(full.record, specialty)).toBe(
      'Specialty-tier certification from Amazon Web Services (AWS) covering Modeling and Exploratory Data Analysis.',
    );
    const long = { ...full.record, domains: [{ name: 'x'.repeat(190) }] };
    expect(composeShortDescription(long, specialty)).toBe(
      'Specialty-tier certification from Amazon Web Services (AWS).',
    );
  });

  it('join lists with a serial comma only where an item has its own "and"', () => {
    expect(list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(list(['A', 'B and C', 'D'])).toBe('A, B and C, and D');
    expect(list(['A and B', 'C'])).toBe('A and B and C');
  });
});

const EDITOR_ENTRY = `---
title: "AWS Certified Machine Learning – Specialty"
provider: "Amazon Web Services (AWS)"
level: Advanced
overview: "Validates building, training and deploying ML models on AWS."
short_description: "Advanced certification for deploying ML models on AWS."
categories: ["Machine Learning", "Cloud"]
link: "https://aws.amazon.com/certification/certified-machine-learning-specialty/"
fee: "$300 (approx ₹25,000)"
exam_format: "65 questions, 3 hours, online proctored"
validity: "3 years"
---

## Overview
Written by an editor.
`;

describe('a record of an exam an editor already wrote', () => {
  const file = { file: `${FOLDER}/aws-ml.mdx`, text: EDITOR_ENTRY };
  const merged = only(plan([full], [file]), 'merged');

  it('is merged into that file, not imported a second time', () => {
    expect(merged.file).toBe(file.file);
    passesTheCheck(merged.file, merged.text);
  });

  it('gains the facts it lacked and its source, in the schema’s order', () => {
    expect(merged.changes).toEqual(expect.arrayContaining(['passing_score', 'languages', 'source']));
    const keys = Object.keys(frontMatterOf(merged.text));
    expect(keys.indexOf('passing_score')).toBe(keys.indexOf('validity') + 1);
    expect(keys.at(-1)).toBe('source');
  });

  it('keeps every word the editor wrote, and reports the facts the record states otherwise', () => {
    expect(merged.text).toContain('overview: "Validates building, training and deploying ML models on AWS."');
    expect(merged.text).toContain('fee: "$300 (approx ₹25,000)"');
    expect(merged.text).toContain('exam_format: "65 questions, 3 hours, online proctored"');
    expect(merged.text).toMatch(/\n## Overview\nWritten by an editor.\n$/);
    expect(merged.kept).toEqual([
      'link: the entry says https://aws.amazon.com/certification/certified-machine-learning-specialty/, the record ' +
        'https://d1.awsstatic.com/training-and-certification/docs-ml/' +
        'AWS-Certified-Machine-Learning-Specialty_Exam-Guide.pdf',
      'fee: the entry says "$300 (approx ₹25,000)", the record $300',
      'exam_format: the entry says "65 questions, 3 hours, online proctored", the record "65 questions, 180 minutes, ' +
        'online proctored, test center"',
    ]);
  });

  it('is then the file that record owns: a second run changes nothing', () => {
    only(
      plan([full], [{ file: file.file, text: merged.text }], new Map([[full.record.exam_id, full.record]])),
      'unchanged',
    );
  });
});

describe('re-importing a record that changed', () => {
  const first = only(plan([full]), 'imported');
  const previous = new Map([[full.record.exam_id, full.record]]);
  const changed = { ...full, record: { ...full.record, exam_price_usd: 330, total_questions: 70 } };

  it('without the previous snapshot, changes nothing it cannot tell apart from an editor’s value', () => {
    only(plan([changed], [first]), 'unchanged');
  });

  it('updates the facts and the text the importer wrote', () => {
    const updated = only(plan([changed], [first], previous), 'updated');
    expect(updated.changes).toEqual(['fee', 'exam_format', 'overview']);
    expect(frontMatterOf(updated.text)).toMatchObject({ fee: '$330' });
    expect(frontMatterOf(updated.text).overview).toContain('The exam has 70 questions in 180 minutes.');
    only(
      plan([changed], [{ file: first.file, text: updated.text }], new Map([[full.record.exam_id, changed.record]])),
      'unchanged',
    );
  });

  it('keeps an overview, a body and a fact an editor wrote, and says which', () => {
    const edited = first.text
      .replace(/^overview: .*$/m, 'overview: "The exam for ML engineers who ship on AWS."')
      .replace(/^fee: .*$/m, 'fee: "$300 (approx ₹25,000)"')
      .concat('\n## Exam Details\nAn editor’s note on the exam.\n');
    const updated = only(plan([changed], [{ file: first.file, text: edited }], previous), 'updated');
    expect(updated.changes).toEqual(['exam_format']);
    expect(updated.kept).toEqual(['fee: the entry says "$300 (approx ₹25,000)", the record $330']);
    expect(updated.text).toContain('overview: "The exam for ML engineers who ship on AWS."');
    expect(updated.text).toContain('An editor’s note on the exam.');
    expect(frontMatterOf(updated.text).exam_format).toBe('70 questions, 180 minutes, online proctored, test center');
  });
});

describe('re-importing an entry checked against the official page', () => {
  const first = only(plan([full]), 'imported');
  const checked = first.text.replace(
    /^source: /m,
    'last_verified: 2026-12-01\nverified_against: [https://aws.amazon.com/certification/]\nsource: ',
  );
  const changed = { ...full, record: { ...full.record, exam_price_usd: 330 } };

  it('keeps every checked fact, and reports where the record says otherwise', () => {
    const outcome = plan(
      [changed],
      [{ file: first.file, text: checked }],
      new Map([[full.record.exam_id, full.record]]),
    );
    expect(only(outcome, 'unchanged').kept).toEqual(['fee: the entry says $300, the record $330']);
  });
});

describe('refused records', () => {
  it('skips a vendor the mapping leaves out, with its reason', () => {
    const skipped = only(plan([{ vendor: 'accuplacer', record: fixture('accuplacer-advanced-algebra') }]), 'skipped');
    expect(skipped.reason).toBe('vendor accuplacer is left out: a school placement test');
  });

  it('skips a record the mapping leaves out, with its reason', () => {
    const record = { ...sparse.record, exam_id: 'comptia-ai-plus-aio-001' };
    const skipped = only(plan([{ vendor: 'comptia', record }]), 'skipped');
    expect(skipped.reason).toMatch(/^the record is left out: the record contradicts itself/);
  });

  it('skips a vendor the mapping does not know, an exam no category rule places and an unofficial source', () => {
    const reasons = plan([
      { vendor: 'nobody-knows', record: full.record },
      {
        vendor: 'comptia',
        record: {
          ...sparse.record,
          exam_id: 'comptia-x',
          exam_name: 'CompTIA Widget+',
          certification_name: null,
          domains: [],
        },
      },
      { vendor: 'aws', record: { ...full.record, exam_id: 'aws-x', source_url: 'https://www.examprepper.co/exam/7' } },
      { vendor: 'aws', record: { ...full.record, exam_id: 'aws-y', exam_name: '1Z0-999', certification_name: null } },
    ]).map((outcome) => (outcome.kind === 'skipped' ? outcome.reason : outcome.kind));
    expect(reasons).toEqual([
      'vendor nobody-knows is not in data/cert-atlas/mapping.json',
      'no category rule places "CompTIA Widget+"',
      expect.stringContaining('its source_url is on www.examprepper.co'),
      expect.stringContaining('names the exam only by its code ("1Z0-999")'),
    ]);
  });

  it('skips a second record of a certification imported in the same run', () => {
    const [first, second] = plan([full, { vendor: 'aws', record: { ...full.record, exam_id: 'aws-copy' } }]);
    expect(first?.kind).toBe('imported');
    expect(second).toMatchObject({ kind: 'skipped', reason: expect.stringContaining('the same certification') });
  });

  it('skips a record whose entry would not pass the checker, saying which field', () => {
    const long = `AWS Certified ${'Very '.repeat(30)}Long – Specialty`;
    const bad = { ...full.record, exam_id: 'aws-z', exam_name: long, certification_name: long };
    const [outcome] = plan([{ vendor: 'aws', record: bad }]);
    expect(outcome).toMatchObject({
      kind: 'skipped',
      reason: expect.stringMatching(/^the entry would not pass the check: title: .*at most 150 characters/),
    });
  });
});
