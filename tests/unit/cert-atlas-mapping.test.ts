/**
 * The rules of data/cert-atlas/mapping.json, each against the real exam names it lists as examples
 * (names of records in data/cert-atlas/records), and the rules the issue names, with real names.
 */
import { describe, expect, it } from 'vitest';
import type { CertAtlasRecord } from '../../src/lib/editor/cert-atlas';
import { categoriesOf, levelOf, providerOf, readMapping } from '../../src/lib/editor/cert-atlas-mapping';
import { committedMapping, snapshotRecords } from '../support/cert-atlas-snapshot';

const { json, mapping } = committedMapping();

/** The snapshot's record with this exam name (of this vendor, when given). */
function named(examName: string, vendor?: string) {
  const found = snapshotRecords().filter(
    (entry) => entry.record.exam_name === examName && (vendor === undefined || entry.vendor === vendor),
  );
  expect(found, `a record named "${examName}"${vendor ? ` from ${vendor}` : ''}`).toHaveLength(1);
  return found[0]!;
}

const names = (record: CertAtlasRecord) => [record.exam_name, record.certification_name].filter(Boolean).join(' | ');

describe('level rules', () => {
  const vendorRules = Object.entries(json.levels.byVendor).flatMap(([vendor, rules]) =>
    rules.map((rule, index) => ({ where: `${vendor}[${index}]`, vendor, rule, index })),
  );

  it.each(vendorRules)('levels.byVendor.$where places the real exams it lists', ({ vendor, rule, index, where }) => {
    expect(rule.examples.length, `${where} lists no example`).toBeGreaterThan(0);
    const rules = json.levels.byVendor[vendor]!;
    for (const example of rule.examples) {
      const { record } = named(example, vendor);
      const first = rules.findIndex((candidate) => new RegExp(candidate.pattern, 'i').test(names(record)));
      expect(first, `"${example}" is placed by an earlier rule`).toBe(index);
      expect(levelOf(vendor, record, mapping)).toBe(rule.level);
    }
  });

  it.each(json.levels.general.map((rule, index) => ({ rule, index })))(
    'levels.general[$index] ($rule.level) places the real exams it lists',
    ({ rule, index }) => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const example of rule.examples) {
        const { vendor, record } = named(example);
        expect(json.levels.byVendor[vendor]?.some((own) => new RegExp(own.pattern, 'i').test(names(record)))).not.toBe(
          true,
        );
        const first = json.levels.general.findIndex((candidate) =>
          new RegExp(candidate.pattern, 'i').test(names(record)),
        );
        expect(first, `"${example}" is placed by an earlier rule`).toBe(index);
        expect(levelOf(vendor, record, mapping)).toBe(rule.level);
      }
    },
  );

  // The keywords the issue names, with real records of the snapshot.
  it.each([
    ['Microsoft Azure Fundamentals', 'Beginner'],
    ['GFACT (GIAC Foundational Cybersecurity Technologies)', 'Beginner'],
    ['AWS Certified Cloud Practitioner', 'Beginner'],
    ['Cisco DevNet Associate', 'Intermediate'],
    ['AWS Certified Solutions Architect – Professional', 'Advanced'],
    ['AWS Certified Security – Specialty', 'Advanced'],
    ['ACE Cloud Computing Expert', 'Expert'],
    ['NSE 8 Network Security Expert', 'Expert'],
  ])('"%s" is %s', (examName, level) => {
    const { vendor, record } = named(examName);
    expect(levelOf(vendor, record, mapping)).toBe(level);
  });

  it('places no exam it has no rule for: the importer reports it instead', () => {
    const { vendor, record } = named('AWS Certified Cloud Practitioner');
    expect(
      levelOf(vendor, { ...record, exam_name: 'Okta Certified Workflows', certification_name: null }, mapping),
    ).toBe(undefined);
  });
});

describe('category rules', () => {
  it.each(json.categories.map((rule) => ({ rule, category: rule.category })))(
    '$category: its pattern names the real exams it lists, and they get the category',
    ({ rule }) => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const example of rule.examples) {
        const { vendor, record } = named(example);
        expect(names(record)).toMatch(new RegExp(rule.pattern, 'i'));
        const categories = categoriesOf(vendor, record, mapping);
        // Three categories at most: the vendor's own and earlier rules may have filled them.
        if (categories.length < 3) expect(categories).toContain(rule.category);
      }
    },
  );

  it('gives the vendor’s categories first, then the name’s, then the domains’, each once, three at most', () => {
    // AWS → Cloud; "Machine Learning" in the name; Data Engineering and Exploratory Data Analysis weigh 44%.
    const { vendor, record } = named('AWS Certified Machine Learning – Specialty');
    expect(categoriesOf(vendor, record, mapping)).toEqual(['Cloud', 'Machine Learning', 'Data']);
    const many = { ...record, exam_name: 'AWS Certified Machine Learning Security Data DevOps Specialty' };
    expect(categoriesOf(vendor, many, mapping)).toHaveLength(3);
  });

  it('counts a domain category only when its domains make up a quarter of the exam', () => {
    const { vendor, record } = named('ACA Cloud Computing Associate');
    const plain = { ...record, domains: [] };
    const base = categoriesOf(vendor, plain, mapping);
    expect(base).not.toContain('Security');
    const domains = (security: number) => [
      { name: 'Cloud security and compliance', weight_percent: security },
      { name: 'Elastic compute', weight_percent: 100 - security },
    ];
    expect(categoriesOf(vendor, { ...plain, domains: domains(10) }, mapping)).not.toContain('Security');
    expect(categoriesOf(vendor, { ...plain, domains: domains(30) }, mapping)).toContain('Security');
    // Without weights, by their number: one domain in eight is not enough, two in four is.
    const unweighted = (matching: number, total: number) =>
      Array.from({ length: total }, (_, index) => ({ name: index < matching ? 'Network security' : `Topic ${index}` }));
    expect(categoriesOf(vendor, { ...plain, domains: unweighted(1, 8) }, mapping)).not.toContain('Security');
    expect(categoriesOf(vendor, { ...plain, domains: unweighted(2, 4) }, mapping)).toContain('Security');
  });
});

describe('the mapping file', () => {
  it('names a provider for every vendor it maps', () => {
    expect(Object.keys(json.vendors).length).toBeGreaterThanOrEqual(60);
    for (const [vendor, { provider }] of Object.entries(json.vendors)) expect(provider.trim(), vendor).not.toBe('');
  });

  it('gives a reason for every vendor it leaves out', () => {
    expect(Object.keys(json.excluded).length).toBeGreaterThan(50);
    for (const [vendor, reason] of Object.entries(json.excluded)) expect(reason.length, vendor).toBeGreaterThan(10);
  });

  it('corrects only records of the snapshot, each with its reason', () => {
    const ids = new Set(snapshotRecords().map(({ record }) => record.exam_id));
    for (const [examId, override] of Object.entries(json.records)) {
      expect(ids.has(examId), examId).toBe(true);
      expect(override.reason.length).toBeGreaterThan(10);
    }
    const { vendor, record } = named('ASQ Certified Six Sigma Black Belt (CSSBB)');
    expect(vendor).toBe('iassc');
    expect(providerOf(vendor, record, mapping)).toBe('ASQ');
  });

  it('refuses a rule with a level the site does not have, or a vendor both mapped and left out', () => {
    const broken = structuredClone(json);
    broken.levels.general[0]!.level = 'Wizard';
    expect(() => readMapping(broken)).toThrow('levels.general[0]: "Wizard" is not a level');
    const both = structuredClone(json);
    both.excluded.aws = 'not a certification';
    expect(() => readMapping(both)).toThrow('aws is both mapped and excluded');
  });
});
