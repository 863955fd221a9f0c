/**
 * data/cert-atlas/mapping.json: each vendor's provider, corrections and records left out, vendors left
 * out with their reasons; and the mapping places a record with the rules every entry follows.
 */
import { describe, expect, it } from 'vitest';
import { placeCategories } from '../../src/lib/catalogue/category-rules';
import { placeLevel } from '../../src/lib/catalogue/ladders';
import { titleOf } from '../../src/lib/editor/cert-atlas';
import { categoriesOf, levelOf, providerOf, readMapping } from '../../src/lib/editor/cert-atlas-mapping';
import { committedMapping, snapshotRecords } from '../support/cert-atlas-snapshot';

const { json, mapping } = committedMapping();

/** The snapshot's record with this exam name. */
function named(examName: string) {
  const found = snapshotRecords().filter((entry) => entry.record.exam_name === examName);
  expect(found, `a record named "${examName}"`).toHaveLength(1);
  return found[0]!;
}

describe('the mapping file', () => {
  it('names a provider for every vendor it maps', () => {
    expect(Object.keys(json.vendors).length).toBeGreaterThanOrEqual(60);
    for (const [vendor, { provider }] of Object.entries(json.vendors)) expect(provider.trim(), vendor).not.toBe('');
  });

  it('gives a reason for every vendor it leaves out', () => {
    expect(Object.keys(json.excluded).length).toBeGreaterThan(50);
    for (const [vendor, reason] of Object.entries(json.excluded)) expect(reason.length, vendor).toBeGreaterThan(10);
  });

  it('corrects or leaves out only records of the snapshot, each with its reason', () => {
    const ids = new Set(snapshotRecords().map(({ record }) => record.exam_id));
    for (const [examId, override] of Object.entries(json.records)) {
      expect(ids.has(examId), examId).toBe(true);
      expect(override.reason.length).toBeGreaterThan(10);
    }
    const { vendor, record } = named('ASQ Certified Six Sigma Black Belt (CSSBB)');
    expect(vendor).toBe('iassc');
    expect(providerOf(vendor, record, mapping)).toBe('ASQ');
    expect(mapping.records['comptia-ai-plus-aio-001']?.leaveOut).toBe(true);
  });

  it('refuses a vendor both mapped and left out, and a correction without a reason', () => {
    const both = structuredClone(json);
    both.excluded.aws = 'not a certification';
    expect(() => readMapping(both)).toThrow('aws is both mapped and excluded');
    const silent = structuredClone(json);
    silent.records['asq-cssbb']!.reason = ' ';
    expect(() => readMapping(silent)).toThrow('records.asq-cssbb gives no reason');
  });
});

describe('placing a record', () => {
  it('uses the rules every entry follows: the provider’s ladder and the category rules', () => {
    const { record } = named('AWS Certified Machine Learning – Specialty');
    const entry = { slug: 'x', title: titleOf(record), provider: 'Amazon Web Services (AWS)', examCode: 'MLS-C01' };
    const domains = record.domains!.map((domain) => ({ name: domain.name!, weight: domain.weight_percent! }));
    expect(levelOf('x', entry.provider, record)).toBe(placeLevel(entry).level);
    expect(categoriesOf('x', entry.provider, record)).toEqual(placeCategories({ ...entry, domains }));
    expect(categoriesOf('x', entry.provider, record)).toEqual(['Cloud', 'Machine Learning', 'Data']);
  });
});
