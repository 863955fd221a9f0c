/**
 * The promises the catalogue makes about what is current, over every file (read here directly, apart
 * from the catalogue check that enforces them): successors end at a current entry, no current entry
 * sends a student to a retired one, every paper belongs to one qualification and is never called a
 * certification, and no certification is in the catalogue twice.
 */
import { describe, expect, it } from 'vitest';
import { titleKeys } from '../../src/lib/text/title-key';
import { checkedCatalogue } from '../support/catalogue-files';
import { TEST_TODAY } from '../support/sites';

const entries = checkedCatalogue();
const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
const current = entries.filter((entry) => entry.data.status !== 'retired');

describe('what is current', () => {
  it('marks retired certifications, with a date, and names successors that exist', () => {
    const retired = entries.filter((entry) => entry.data.status === 'retired');
    expect(retired.length).toBeGreaterThanOrEqual(10);
    for (const entry of retired) expect(entry.data.retirementDate, entry.file).toBeDefined();
    const successors = entries.filter((entry) => entry.data.replacedBy);
    expect(successors.length).toBeGreaterThanOrEqual(5);
  });

  it('ends every chain of successors at a current entry, without a loop', () => {
    const broken = entries.flatMap((entry) => {
      const seen = new Set([entry.slug]);
      let next = entry.data.replacedBy;
      while (next) {
        const successor = bySlug.get(next);
        if (!successor) return [`${entry.file}: its successor ${next} does not exist`];
        if (seen.has(next)) return [`${entry.file}: its successors go round in a loop at ${next}`];
        if (successor.data.status !== 'retired') return [];
        seen.add(next);
        next = successor.data.replacedBy;
      }
      return entry.data.status === 'retired' || !entry.data.replacedBy
        ? []
        : [`${entry.file}: ends at a retired entry`];
    });
    expect(broken).toEqual([]);
  });

  it('never has a current entry build on or lead to a retired one', () => {
    const toRetired = current.flatMap((entry) =>
      [...entry.data.buildsOn, ...entry.data.leadsTo]
        .filter((slug) => bySlug.get(slug)?.data.status === 'retired')
        .map((slug) => `${entry.file} → ${slug} (retired)`),
    );
    expect(toRetired).toEqual([]);
  });

  it('marks the original entry’s exam (MLS-C01) retired, and names its successor', () => {
    const original = bySlug.get('aws-certified-machine-learning-specialty')!;
    expect(original.data).toMatchObject({ status: 'retired', retirementDate: '2026-03-31' });
    expect(bySlug.get(original.data.replacedBy!)?.data.status).toBe('active');
  });
});

describe('checks against official pages', () => {
  it('are dated on or before the day the test builds take as today', () => {
    const later = entries.filter((entry) => (entry.data.lastVerified ?? '') > TEST_TODAY).map((entry) => entry.file);
    expect(later, `move TEST_TODAY in tests/support/sites.ts to the latest check`).toEqual([]);
  });
});

describe('qualifications and papers', () => {
  const papers = entries.filter((entry) => entry.data.kind === 'paper');

  it('list every paper under exactly one qualification', () => {
    const owners = (slug: string) => entries.filter((entry) => entry.data.papers.includes(slug)).map((e) => e.slug);
    const wrong = papers.flatMap((paper) => {
      const of = owners(paper.slug);
      return of.length === 1 ? [] : [`${paper.file}: listed by ${of.length} qualifications (${of.join(', ')})`];
    });
    expect(papers.length).toBeGreaterThanOrEqual(50);
    expect(wrong).toEqual([]);
  });

  it('never call a paper a certification', () => {
    const CLAIM = /\b(?:is an? (?:\w+[- ])?certification|certification from)\b/i;
    const claims = papers.flatMap(({ file, data }) =>
      [data.overview, data.shortDescription].filter((text) => CLAIM.test(text)).map((text) => `${file}: ${text}`),
    );
    expect(claims).toEqual([]);
  });
});

describe('duplicates', () => {
  it('has no two current entries of one provider with the same exam code or the same title', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { file, data } of current) {
      const keys = [
        ...(data.examCode ? [`${data.provider}|code|${data.examCode.toLowerCase()}`] : []),
        ...titleKeys(data.title, data.provider).map((key) => `${data.provider}|title|${key}`),
      ];
      for (const key of new Set(keys)) {
        const other = seen.get(key);
        if (other) twice.push(`${file} and ${other}: ${key}`);
        else seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });
});
