/**
 * The published catalogue against the Cert Atlas records it was imported from: every entry whose
 * `source` names a record agrees with that record on the fee, the question count and the duration,
 * unless an editor checked it against the provider's official page (the page wins over the dataset);
 * and the catalogue is the size the catalogue issue promises.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctedSlugs, correctionsOf } from '../../src/lib/catalogue/corrections';
import { levelPlacementOf } from '../../src/lib/catalogue/placement';
import { composeOverview, planImport, type Composition } from '../../src/lib/editor/cert-atlas-import';
import { listCertificationFiles } from '../../src/lib/files/list';
import { PROJECT_ROOT } from '../support/build-site';
import type { CheckedFile } from '../../src/lib/files/check-file';
import { termSlug } from '../../src/lib/text/slug';
import { checkedCatalogue } from '../support/catalogue-files';
import { describeDifference, keyFactDifferences } from '../support/cert-atlas-facts';
import { committedMapping, snapshotRecords } from '../support/cert-atlas-snapshot';

const entries: CheckedFile[] = checkedCatalogue();
const records = new Map(snapshotRecords().map(({ record }) => [record.exam_id, record]));
const sourced = entries.flatMap((entry) => {
  const { source } = entry.data;
  return source?.kind === 'cert-atlas' ? [{ entry, record: records.get(source.examId) }] : [];
});

/** What the importer's text says an entry is, from its front matter. */
function compositionOf({ slug, data }: CheckedFile): Composition {
  const qualification = entries.find((other) => other.data.papers.includes(slug));
  return {
    title: data.title,
    provider: data.provider,
    placement: levelPlacementOf(slug, data),
    kind: data.kind,
    ...(qualification && { qualification: qualification.data.title }),
  };
}

describe('entries with a Cert Atlas source', () => {
  it('name a record of the committed snapshot', () => {
    expect(sourced.length).toBeGreaterThan(500);
    expect(sourced.filter(({ record }) => !record).map(({ entry }) => entry.file)).toEqual([]);
  });

  it('never contradict their record on fee, question count or duration, unless an official page says otherwise', () => {
    // A checked entry follows the official page; an unchecked one lists each correction with its page.
    const unchecked = sourced.filter(({ entry }) => entry.data.lastVerified === undefined);
    expect(unchecked.length).toBeGreaterThan(500);
    const unexplained = unchecked.flatMap(({ entry, record }) =>
      keyFactDifferences(entry.data, record!)
        .filter((difference) => difference.kind === 'differs')
        .filter((difference) => !correctionsOf(entry.slug).some((c) => c.facts.includes(difference.fact)))
        .map((difference) => `${entry.file}: ${describeDifference(difference)} (not in src/data/corrections.json)`),
    );
    expect(unexplained).toEqual([]);
  });

  it('list in src/data/corrections.json only corrections that still differ from the record', () => {
    const bySlug = new Map(sourced.map((source) => [source.entry.slug, source]));
    const stale = correctedSlugs().flatMap((slug) => {
      const source = bySlug.get(slug);
      if (!source) return [`${slug}: no entry with a Cert Atlas source`];
      if (source.entry.data.lastVerified) return [`${slug}: checked in full now, so its corrections go`];
      // A correction either changed the record's value or left it out.
      const differing = new Set(
        keyFactDifferences(source.entry.data, source.record!).map((difference) => difference.fact),
      );
      return correctionsOf(slug).flatMap((correction) =>
        correction.facts
          .filter((fact) => !differing.has(fact))
          .map((fact) => `${slug}: ${fact} agrees with the record`),
      );
    });
    expect(stale).toEqual([]);
  });

  it('state every one of those facts their record has, unless an editor wrote the entry', () => {
    const importerWritten = sourced.filter(
      ({ entry, record }) =>
        entry.data.lastVerified === undefined && entry.data.overview === composeOverview(record!, compositionOf(entry)),
    );
    expect(importerWritten.length).toBeGreaterThan(400);
    const missing = importerWritten.flatMap(({ entry, record }) =>
      keyFactDifferences(entry.data, record!)
        .filter((difference) => !correctionsOf(entry.slug).some((c) => c.facts.includes(difference.fact)))
        .map((difference) => `${entry.file}: ${describeDifference(difference)}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('importing the committed snapshot again', () => {
  it('changes nothing: every level, category and fact already follows the rules and the editors', () => {
    const files = listCertificationFiles(path.join(PROJECT_ROOT, 'src/content/certifications')).map((file) => ({
      file: path.relative(PROJECT_ROOT, file),
      text: readFileSync(file, 'utf8'),
    }));
    const records = snapshotRecords();
    const outcomes = planImport({
      records,
      files,
      mapping: committedMapping().mapping,
      folder: 'src/content/certifications',
      previous: new Map(records.map(({ record }) => [record.exam_id, record])),
    });
    const changed = outcomes.filter((outcome) => outcome.kind !== 'unchanged' && outcome.kind !== 'skipped');
    expect(changed.map((outcome) => `${outcome.kind} ${outcome.examId}`)).toEqual([]);
    const skipped = outcomes.filter((outcome) => outcome.kind === 'skipped');
    expect(skipped.map((outcome) => outcome.examId).sort()).toEqual(
      Object.entries(committedMapping().json.records)
        .filter(([, override]) => override.leaveOut)
        .map(([examId]) => examId)
        .sort(),
    );
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
      'CRM',
      'ERP',
      'Testing',
      'Marketing',
      'Accounting',
      'Finance',
    ]) {
      expect(categories.has(termSlug(field)), field).toBe(true);
    }
  });
});
