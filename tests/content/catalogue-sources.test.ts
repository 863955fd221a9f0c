/**
 * The published catalogue against the Cert Atlas records it was imported from: every entry whose
 * `source` names a record agrees with that record on the fee, the question count and the duration,
 * and the catalogue is the size the catalogue issue promises.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeOverview } from '../../src/lib/editor/cert-atlas-import';
import { checkCertificationSource, type CheckedFile } from '../../src/lib/files/check-file';
import { listCertificationFiles } from '../../src/lib/files/list';
import { termSlug } from '../../src/lib/text/slug';
import { PROJECT_ROOT } from '../support/build-site';
import { describeDifference, keyFactDifferences } from '../support/cert-atlas-facts';
import { snapshotRecords } from '../support/cert-atlas-snapshot';

const entries: CheckedFile[] = listCertificationFiles(path.join(PROJECT_ROOT, 'src/content/certifications')).map(
  (file) => {
    const { checked, problems } = checkCertificationSource(
      path.relative(PROJECT_ROOT, file),
      readFileSync(file, 'utf8'),
    );
    if (!checked) throw new Error(`${file} does not pass the checker: ${JSON.stringify(problems[0])}`);
    return checked;
  },
);
const records = new Map(snapshotRecords().map(({ record }) => [record.exam_id, record]));
const sourced = entries.flatMap((entry) => {
  const { source } = entry.data;
  return source?.kind === 'cert-atlas' ? [{ entry, record: records.get(source.examId) }] : [];
});

describe('entries with a Cert Atlas source', () => {
  it('name a record of the committed snapshot', () => {
    expect(sourced.length).toBeGreaterThan(500);
    expect(sourced.filter(({ record }) => !record).map(({ entry }) => entry.file)).toEqual([]);
  });

  it('never contradict their record on fee, question count or duration', () => {
    const contradictions = sourced.flatMap(({ entry, record }) =>
      keyFactDifferences(entry.data, record!)
        .filter((difference) => difference.kind === 'differs')
        .map((difference) => `${entry.file}: ${describeDifference(difference)}`),
    );
    expect(contradictions).toEqual([]);
  });

  it('state every one of those facts their record has, unless an editor wrote the entry', () => {
    const importerWritten = sourced.filter(
      ({ entry, record }) => entry.data.overview === composeOverview(record!, entry.data.provider, entry.data.level),
    );
    expect(importerWritten.length).toBeGreaterThan(500);
    const missing = importerWritten.flatMap(({ entry, record }) =>
      keyFactDifferences(entry.data, record!).map((difference) => `${entry.file}: ${describeDifference(difference)}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('has at least 500 certifications from at least 60 providers', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
    expect(new Set(entries.map((entry) => termSlug(entry.data.provider))).size).toBeGreaterThanOrEqual(60);
  });

  it('covers the fields students pick careers in', () => {
    const categories = new Set(entries.flatMap((entry) => entry.data.categories.map(termSlug)));
    for (const field of [
      'Cloud',
      'AI',
      'Machine Learning',
      'Data',
      'Security',
      'Networking',
      'DevOps',
      'Kubernetes',
      'Software Development',
      'Linux',
      'IT Service Management',
      'Project Management',
      'Agile',
      'Enterprise Platforms',
      'Testing',
      'Analytics and Marketing',
      'Accounting',
      'Finance',
    ]) {
      expect(categories.has(termSlug(field)), field).toBe(true);
    }
  });
});
